// Properties of one run on random tables (fast-check): parse → engine → report never throws, every
// potential lies between 0 and the unit's own cost, and the key figures do not depend on the order
// of the rows.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/types';
import { benchmarkGrid, type BenchmarkOptions } from '../../src/pipeline/benchmarkGrid';
import { reportFor } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';

const reference = loadSnapshot();
const CODES = reference.municipalities.map((m) => m.code);
const STANDARDS = ['median', 'quartile', 'best', 'average', 'expected'] as const;
const RUNS = Number(process.env.FC_RUNS ?? 60);

/** A cell as a user might leave it in a numeric column: mostly numbers, sometimes text or junk. */
const looseNumber = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 1, max: 5e8, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(0, -1, null, '', 'x', '1.234,5', { error: '#N/A' }, true) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1e6 }).map((n) => n.toLocaleString('da-DK')) },
);

const institutionRow = fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), looseNumber, looseNumber, fc.option(looseNumber, { nil: null }));
const institutions = fc.array(institutionRow, { minLength: 0, maxLength: 40 });
const municipalityRow = fc.tuple(fc.constantFrom(...CODES), fc.constantFrom('Folkeskole', 'Dagtilbud', 'Ældrepleje', '3.22.01'), looseNumber);
const municipalities = fc.uniqueArray(municipalityRow, { minLength: 0, maxLength: 30, selector: ([code, area]) => `${code}:${area}` });

function institutionGrid(rows: (readonly CellValue[])[]) {
  return { sheet: 'Skoler', topLeft: 'A1', values: [['Skole', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit'], ...rows.map((r) => [...r])] };
}

function municipalityGrid(rows: (readonly CellValue[])[]) {
  return { sheet: 'Budget', topLeft: 'A1', values: [['Kommunekode', 'Serviceområde', 'Nettoudgift (kr.)'], ...rows.map((r) => [...r])] };
}

function checkRun(grid: ReturnType<typeof institutionGrid>, options: BenchmarkOptions): void {
  const outcome = benchmarkGrid(grid, options);
  if (outcome.canRun) reportFor(outcome, grid, { ...options, source: { kind: 'range', sheet: grid.sheet }, now: new Date(0) });
  for (const result of outcome.results) {
    for (const unit of result.units) {
      // A tiny tolerance: potential = (key figure − standard) × activity, and key figure = cost / activity.
      expect(unit.potential).toBeGreaterThanOrEqual(0);
      expect(unit.potential).toBeLessThanOrEqual(unit.cost * (1 + 1e-9) + 1e-6);
      for (const standard of unit.standards) {
        if (standard.potential === null) continue;
        expect(standard.potential).toBeGreaterThanOrEqual(0);
        expect(standard.potential).toBeLessThanOrEqual(unit.cost * (1 + 1e-9) + 1e-6);
      }
    }
  }
}

describe('a run on random tables', () => {
  it('institutions: no throw; every potential in [0, cost], for every standard', () => {
    fc.assert(
      fc.property(institutions, fc.constantFrom(...STANDARDS), fc.constantFrom(undefined, 'folkeskole'), (rows, standard, area) => {
        checkRun(institutionGrid(rows), { reference, group: { kind: 'all' }, standard, area });
      }),
      { numRuns: RUNS },
    );
  });

  it('municipalities: no throw; every potential in [0, cost], for every group and standard', () => {
    const groups = fc.constantFrom({ kind: 'all' as const }, { kind: 'kommunegruppe' as const }, { kind: 'region' as const }, { kind: 'similar' as const, k: 5 });
    fc.assert(
      fc.property(municipalities, fc.constantFrom(...STANDARDS), groups, (rows, standard, group) => {
        checkRun(municipalityGrid(rows), { reference, group, standard });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the order of the rows', () => {
  const keyed = (grid: ReturnType<typeof institutionGrid>, options: BenchmarkOptions) => {
    const outcome = benchmarkGrid(grid, options);
    return Object.fromEntries(
      outcome.results.flatMap((result) =>
        result.units.map((u) => [`${result.area.id}:${u.unitId}`, { keyFigure: u.keyFigure, potential: u.potential, distribution: u.distribution, rank: u.position.rank, percentRank: u.position.percentRank }]),
      ),
    );
  };

  it('does not change any unit’s key figure, group statistics, rank or potential', () => {
    // Distinct names, so every row is its own unit whatever the order (duplicates keep the first).
    const rows = fc.uniqueArray(institutionRow, { minLength: 3, maxLength: 30, selector: ([name]) => name.trim().toLowerCase() });
    fc.assert(
      fc.property(rows, fc.constantFrom(...STANDARDS), fc.func(fc.integer()), (list, standard, order) => {
        const options: BenchmarkOptions = { reference, group: { kind: 'all' }, standard, area: 'folkeskole' };
        const shuffled = list.map((row, i) => ({ row, key: order(i) })).sort((a, b) => a.key - b.key).map((x) => x.row);
        const a = keyed(institutionGrid(list), options);
        const b = keyed(institutionGrid(shuffled), options);
        expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
        for (const id of Object.keys(a)) {
          expect(b[id].keyFigure).toBeCloseTo(a[id].keyFigure, 9);
          expect(b[id].rank).toBe(a[id].rank);
          expect(b[id].percentRank).toBe(a[id].percentRank);
          expect(b[id].potential).toBeCloseTo(a[id].potential, 6);
          for (const stat of ['min', 'q1', 'median', 'q3', 'max', 'mean'] as const) {
            expect(b[id].distribution[stat]).toBeCloseTo(a[id].distribution[stat] as number, 6);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('municipality rows in any order give the same key figures and potentials', () => {
    fc.assert(
      fc.property(municipalities, fc.func(fc.integer()), (list, order) => {
        const options: BenchmarkOptions = { reference, group: { kind: 'kommunegruppe' }, standard: 'median' };
        const shuffled = list.map((row, i) => ({ row, key: order(i) })).sort((a, b) => a.key - b.key).map((x) => x.row);
        const a = keyed(municipalityGrid(list), options);
        const b = keyed(municipalityGrid(shuffled), options);
        expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
        for (const id of Object.keys(a)) {
          expect(b[id].keyFigure).toBeCloseTo(a[id].keyFigure, 9);
          expect(b[id].potential).toBeCloseTo(a[id].potential, 6);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
