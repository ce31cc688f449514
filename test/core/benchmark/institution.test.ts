// Five institutions:
//   id  cost  activity  key figure  sei
//   i1  1000     10        100        1
//   i2  3000     20        150        3
//   i3  1200     10        120        2
//   i4  2000     25         80        0
//   i5  4400     40        110        2
// sorted 80 100 110 120 150: Q1 at 4·¼ = 1 → 100, median 110, Q3 at 3 → 120; mean 560/5 = 112;
// Σ cost / Σ activity = 11 600 / 105.
import { benchmarkInstitutions } from '../../../src/core/benchmark';
import type { InstitutionBenchmarkInput, StandardValue } from '../../../src/core/benchmark';
import type { OwnInstitution } from '../../../src/core/benchmark';
import { area } from './fixtures';

const ROWS: [string, number, number, number][] = [
  ['i1', 1000, 10, 1],
  ['i2', 3000, 20, 3],
  ['i3', 1200, 10, 2],
  ['i4', 2000, 25, 0],
  ['i5', 4400, 40, 2],
];

function institutions(): OwnInstitution[] {
  return ROWS.map(([id, cost, activity, sei], i) => ({
    id,
    name: `Skole ${id}`,
    cost,
    activity,
    quality: { trivsel: 3 + i / 10 },
    structural: { sei },
    address: `Ark1!A${i + 2}`,
  }));
}

function input(overrides: Partial<InstitutionBenchmarkInput> = {}): InstitutionBenchmarkInput {
  return { area: area('lower'), institutions: institutions(), standard: 'median', ...overrides };
}

const byKind = (standards: StandardValue[]) => Object.fromEntries(standards.map((s) => [s.kind, s]));

describe('benchmarkInstitutions', () => {
  it('distribution over all institutions with Σcost/Σactivity', () => {
    const r = benchmarkInstitutions(input());
    expect(r.level).toBe('institution');
    expect(r.units).toHaveLength(5);
    const d = r.units[0].distribution;
    expect([d.n, d.min, d.q1, d.median, d.q3, d.max, d.mean]).toEqual([5, 80, 100, 110, 120, 150, 112]);
    expect(d.weightedMean).toBeCloseTo(11600 / 105, 12);
    expect(r.units[0].group.label).toBe('Alle 5 institutioner');
    // One shared member list (no per-unit copies); each unit finds itself in it by id.
    expect(r.units[1].group.members).toBe(r.units[0].group.members);
    expect(r.units[1].group.members.filter((m) => m.id === r.units[1].unitId).map((m) => m.id)).toEqual(['i2']);
    expect(r.units[2].quality).toEqual({ trivsel: 3.2 });
    expect(r.units[2].address).toBe('Ark1!A4');
  });

  it('positions, lower is better; a value on Q1 is in the best quarter', () => {
    const pos = Object.fromEntries(benchmarkInstitutions(input()).units.map((u) => [u.unitId, u.position]));
    expect(pos.i4).toEqual({ rank: 1, n: 5, percentRank: 0, quartile: 1, light: 'green' });
    expect(pos.i1).toEqual({ rank: 2, n: 5, percentRank: 0.25, quartile: 1, light: 'green' });
    expect(pos.i5).toEqual({ rank: 3, n: 5, percentRank: 0.5, quartile: 2, light: 'yellow' });
    expect(pos.i3).toEqual({ rank: 4, n: 5, percentRank: 0.75, quartile: 3, light: 'yellow' });
    expect(pos.i2).toEqual({ rank: 5, n: 5, percentRank: 1, quartile: 4, light: 'red' });
  });

  it('standards and potentials, lower is better', () => {
    // i2 (150, 20): (150−110)·20 = 800; (150−100)·20 = 1000; (150−80)·20 = 1400;
    // (150 − 11600/105)·20 = (15 750 − 11 600)/105·20 = 83 000/105
    const u = benchmarkInstitutions(input({ standard: 'best' })).units[1];
    const s = byKind(u.standards);
    expect([s.median.potential, s.quartile.potential, s.best.potential]).toEqual([800, 1000, 1400]);
    expect(s.average.potential).toBeCloseTo(83000 / 105, 9);
    expect(u.potential).toBe(1400);
    const best = benchmarkInstitutions(input()).units[3]; // i4 at 80
    expect(best.standards.map((x) => x.potential)).toEqual([0, 0, 0, 0, null]);
  });

  it('higher is better mirrors positions and potentials', () => {
    // i4 (80, 25): median (110−80)·25 = 750; Q3 (120−80)·25 = 1000; max (150−80)·25 = 1750;
    // average (11600/105 − 80)·25 = 3200/105·25 = 80 000/105
    const r = benchmarkInstitutions(input({ area: area('higher') }));
    const pos = Object.fromEntries(r.units.map((u) => [u.unitId, u.position]));
    expect(pos.i2).toMatchObject({ rank: 1, quartile: 1, light: 'green' });
    expect(pos.i3).toMatchObject({ rank: 2, quartile: 1, light: 'green' });
    expect(pos.i5).toMatchObject({ rank: 3, quartile: 2, light: 'yellow' });
    expect(pos.i4).toMatchObject({ rank: 5, percentRank: 0, quartile: 4, light: 'red' });
    const s = byKind(r.units[3].standards);
    expect([s.median.potential, s.quartile.value, s.quartile.potential, s.best.value, s.best.potential]).toEqual([
      750, 120, 1000, 150, 1750,
    ]);
    expect(s.average.potential).toBeCloseTo(80000 / 105, 9);
  });

  it('expected level by OLS across the institutions', () => {
    // x = 1 3 2 0 2 (x̄ 1.6), y = 100 150 120 80 110 (ȳ 112)
    // Sxx = .36 + 1.96 + .16 + 2.56 + .16 = 5.2
    // Sxy = (−.6)(−12) + (1.4)(38) + (.4)(8) + (−1.6)(−32) + (.4)(−2) = 114
    // slope 114/5.2 = 285/13, intercept 112 − 285/13·1.6 = 1000/13
    // Syy = 144 + 1444 + 64 + 1024 + 4 = 2680 → R² = 114²/(5.2·2680) = 12 996/13 936
    // i2 (x = 3): 1000/13 + 855/13 = 1855/13; potential (150 − 1855/13)·20 = 1900/13
    const r = benchmarkInstitutions(input({ expectedVariables: ['sei'], standard: 'expected' }));
    expect(r.regression?.variables).toEqual(['sei']);
    expect(r.regression?.coefficients[0]).toBeCloseTo(285 / 13, 12);
    expect(r.regression?.intercept).toBeCloseTo(1000 / 13, 12);
    expect(r.regression?.r2).toBeCloseTo(12996 / 13936, 12);
    const i2 = r.units[1];
    expect(i2.expected?.value).toBeCloseTo(1855 / 13, 12);
    expect(i2.potential).toBeCloseTo(1900 / 13, 9);
  });

  it('regression needs more than variables + 2 institutions', () => {
    const r = benchmarkInstitutions(
      input({ institutions: institutions().slice(0, 3), expectedVariables: ['sei'], standard: 'expected' }),
    );
    expect(r.regression).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['bench.expected.tooFew', 'bench.chosenUnavailable']),
    );
    expect(r.problems.find((p) => p.code === 'bench.expected.tooFew')?.params).toEqual({ n: 3, p: 1, needed: 4 });
    expect(r.units.every((u) => u.potential === 0)).toBe(true);
  });

  it('invalid institutions are excluded with an error at their address; reference line echoed', () => {
    const list = institutions();
    list[0].activity = 0;
    const r = benchmarkInstitutions(input({ institutions: list, referenceLine: { value: 105, label: 'Hele landet 2024' } }));
    expect(r.units.map((u) => u.unitId)).toEqual(['i2', 'i3', 'i4', 'i5']);
    expect(r.problems[0]).toMatchObject({ code: 'bench.own.invalidActivity', severity: 'error', address: 'Ark1!A2' });
    expect(r.referenceLine).toEqual({ value: 105, label: 'Hele landet 2024' });
    expect(r.problems.map((p) => p.code)).toContain('bench.group.small');
  });

  it('no valid institutions gives an empty result with an error', () => {
    const r = benchmarkInstitutions(input({ institutions: [] }));
    expect(r.units).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['bench.institutions.none']);
  });
});
