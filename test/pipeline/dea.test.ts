// DEA on the user's institutions: the schools example through the real reader and parser, plus small
// grids whose scores can be worked out by hand.
import { join } from 'node:path';
import { parseGrid } from '../../src/core/parse';
import type { ParseResult } from '../../src/core/parse/types';
import type { CellGrid, CellValue } from '../../src/core/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { planDea, runDea, type DeaRun } from '../../src/pipeline/dea';
import { loadSnapshot } from '../../src/reference';
import { EFFICIENT_SCORE, type DeaRunResult } from '../../src/report/deaTypes';

const SCHOOLS = join(__dirname, '..', '..', 'examples', 'skoler.xlsx');

function grid(rows: CellValue[][], sheet = 'Ark1'): CellGrid {
  return { sheet, topLeft: 'A1', values: rows };
}

function parsed(rows: CellValue[][]): ParseResult {
  return parseGrid(grid(rows), { shape: 'institution' });
}

function ok(run: DeaRun): DeaRunResult {
  if (!run.ok) throw new Error(`DEA did not run: ${run.problems.map((p) => p.message).join(' | ')}`);
  return run.result;
}

async function schools(): Promise<ParseResult> {
  const workbook = await XlsxWorkbook.open(SCHOOLS);
  return parseGrid(await workbook.read({ kind: 'table', name: 'Skoler' }), {});
}

describe('runDea on the schools example (cost in; pupils, grades and well-being out)', () => {
  let result: DeaRunResult;
  beforeAll(async () => {
    result = ok(runDea(await schools(), {}));
  });

  it('uses cost as the input and activity plus every quality column as outputs, VRS input-oriented', () => {
    expect(result.inputs.map((v) => v.header)).toEqual(['Nettoudgift (kr.)']);
    expect(result.outputs.map((v) => v.header)).toEqual(['Elever', 'Karaktergennemsnit', 'Trivsel']);
    expect(result.settings).toEqual({ rts: 'vrs', orientation: 'in', slack: true, superEfficiency: 'ranking', bootstrap: null });
    expect(result.measuredCount).toBe(24);
  });

  it('gives scores in (0, 1] with at least one efficient unit, and efficient units as the only peers', () => {
    const measured = result.units.filter((u) => u.status === 'ok');
    for (const unit of measured) {
      expect(unit.score).toBeGreaterThan(0);
      expect(unit.score).toBeLessThanOrEqual(1 + 1e-12);
    }
    expect(result.efficientCount).toBeGreaterThanOrEqual(1);
    expect(result.efficientCount).toBeLessThan(24);
    const byId = new Map(result.units.map((u) => [u.id, u]));
    for (const unit of measured) {
      expect(unit.peers.length).toBeGreaterThan(0);
      for (const peer of unit.peers) expect(byId.get(peer.id)?.score).toBeGreaterThanOrEqual(EFFICIENT_SCORE);
      // Under VRS the intensities add up to 1, and the shares always do.
      expect(unit.peers.reduce((s, p) => s + p.lambda, 0)).toBeCloseTo(1, 9);
      expect(unit.peers.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
    }
  });

  it('projects each unit onto a mix of its peers that delivers at least as much for at most θ × cost', () => {
    const byId = new Map(result.units.map((u) => [u.id, u]));
    for (const unit of result.units.filter((u) => u.status === 'ok')) {
      const mixCost = unit.peers.reduce((s, p) => s + p.lambda * (byId.get(p.id)?.cost ?? NaN), 0);
      expect(unit.targetInputs?.[0]).toBeCloseTo(mixCost, 3);
      expect(mixCost).toBeLessThanOrEqual((unit.score as number) * (unit.cost as number) * (1 + 1e-9) + 1e-6);
      unit.outputs.forEach((actual, r) => {
        const mix = unit.peers.reduce((s, p) => s + p.lambda * (byId.get(p.id)?.outputs[r] ?? NaN), 0);
        expect(mix).toBeGreaterThanOrEqual(actual - 1e-9 * Math.max(1, actual));
      });
    }
  });

  it('prices the potential as (1 − θ) × cost and the slack-adjusted potential as cost − target cost', () => {
    let total = 0;
    for (const unit of result.units.filter((u) => u.status === 'ok')) {
      const theta = unit.score as number;
      expect(unit.radialSaving).toBeCloseTo(Math.max(0, (1 - theta) * (unit.cost as number)), 6);
      expect(unit.slackAdjustedSaving).toBeCloseTo(Math.max(unit.radialSaving as number, (unit.cost as number) - (unit.targetCost as number)), 6);
      expect(unit.slackAdjustedSaving as number).toBeGreaterThanOrEqual(unit.radialSaving as number);
      total += unit.radialSaving as number;
    }
    expect(result.totalRadialSaving).toBeCloseTo(total, 4);
    expect(total).toBeGreaterThan(0);
  });

  it('ranks efficient units first (by super-efficiency) and colours by frontier and median', () => {
    const measured = result.units.filter((u) => u.status === 'ok');
    const ranked = [...measured].sort((a, b) => (a.rank as number) - (b.rank as number));
    expect(ranked[0].rank).toBe(1);
    for (let i = 0; i < result.efficientCount; i++) expect(ranked[i].light).toBe('green');
    for (let i = 1; i < ranked.length; i++) {
      const better = ranked[i - 1];
      const worse = ranked[i];
      if ((worse.score as number) < EFFICIENT_SCORE) expect(better.score as number).toBeGreaterThanOrEqual(worse.score as number);
    }
    // The boundary is the median of the units below the frontier (a median over all would be 100 %
    // here, with most schools on the frontier, and paint every other school red).
    const sorted = measured.map((u) => u.score as number).filter((s) => s < EFFICIENT_SCORE).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    expect(median).toBeLessThan(1);
    expect(result.medianScore).toBeCloseTo(median, 12);
    for (const unit of measured.filter((u) => (u.score as number) < EFFICIENT_SCORE)) {
      expect(unit.light).toBe((unit.score as number) >= median ? 'yellow' : 'red');
    }
  });

  it('reports how much more of each output the same cost could buy (output-oriented gaps)', () => {
    const inefficient = result.units.filter((u) => u.light === 'red');
    expect(inefficient.length).toBeGreaterThan(0);
    for (const unit of inefficient) {
      expect(unit.outputGaps).toHaveLength(3);
      expect(Math.max(...(unit.outputGaps as number[]))).toBeGreaterThan(0);
    }
  });
});

describe('runDea on grids worked by hand', () => {
  // Cost per pupil: A 10, B 20, C 15. CRS: B reaches A's 0.1 pupils per krone at half the cost
  // (θ = 0.5), C at 2/3. VRS: C has the most pupils, so nobody can be scaled up to it: θ_C = 1.
  const rows: CellValue[][] = [
    ['Skole', 'Nettoudgift', 'Elever'],
    ['A', 100, 10],
    ['B', 200, 10],
    ['C', 300, 20],
  ];

  it('CRS: θ_B = 0.5 with A as its only peer (λ = 1), θ_C = 2/3 with λ_A = 2', () => {
    const result = ok(runDea(parsed(rows), { rts: 'crs' }));
    const [a, b, c] = result.units;
    expect(a.score).toBeCloseTo(1, 12);
    expect(b.score).toBeCloseTo(0.5, 12);
    expect(c.score).toBeCloseTo(2 / 3, 12);
    expect(b.peers).toEqual([{ id: 'A', name: 'A', lambda: expect.closeTo(1, 9), share: 1 }]);
    expect(c.peers[0].lambda).toBeCloseTo(2, 9);
    expect(b.radialSaving).toBeCloseTo(100, 9);
    expect(c.radialSaving).toBeCloseTo(100, 9);
    expect(result.totalRadialSaving).toBeCloseTo(200, 9);
    expect([a.rank, b.rank, c.rank]).toEqual([1, 3, 2]);
  });

  it('VRS: C is efficient, B still 0.5 against A', () => {
    const result = ok(runDea(parsed(rows), {}));
    expect(result.units.map((u) => u.score)).toEqual([expect.closeTo(1, 12), expect.closeTo(0.5, 12), expect.closeTo(1, 12)]);
    // B is the only unit below the frontier, so it sits at that group's median: yellow, not red.
    expect(result.units.map((u) => u.light)).toEqual(['green', 'yellow', 'green']);
  });

  it('leaves out a unit with a missing quality value and says which cell', () => {
    const withQuality: CellValue[][] = [
      ['Skole', 'Nettoudgift', 'Elever', 'Trivsel'],
      ['A', 100, 10, 4],
      ['B', 200, 10, null],
      ['C', 300, 20, 3.5],
      ['D', 150, 12, 3.8],
    ];
    const result = ok(runDea(parsed(withQuality), {}));
    const b = result.units.find((u) => u.id === 'B');
    expect(b?.status).toBe('excluded');
    expect(b?.reason).toBe('missing');
    const problem = result.problems.find((p) => p.code === 'dea.reason.missing');
    expect(problem?.address).toBe('Ark1!D3');
    expect(problem?.message).toContain('Trivsel');
    expect(result.measuredCount).toBe(3);
  });

  it('takes inputs and outputs by key, role or header and rejects unknown columns', () => {
    const withQuality: CellValue[][] = [
      ['Skole', 'Nettoudgift', 'Elever', 'Trivsel'],
      ['A', 100, 10, 4],
      ['B', 200, 10, 3],
      ['C', 300, 20, 3.5],
    ];
    const byHeader = ok(runDea(parsed(withQuality), { inputs: ['Nettoudgift'], outputs: ['trivsel'] }));
    expect(byHeader.outputs.map((v) => v.header)).toEqual(['Trivsel']);
    const unknown = runDea(parsed(withQuality), { outputs: ['karakterer'] });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems[0].code).toBe('pipeline.dea.unknownVariable');
    const both = runDea(parsed(withQuality), { inputs: ['cost'], outputs: ['cost'] });
    expect(both.ok).toBe(false);
  });
});

describe('benchmarkGrid with a method', () => {
  it("adds the DEA run for institutions with 'both' and only then", async () => {
    const workbook = await XlsxWorkbook.open(SCHOOLS);
    const cells = await workbook.read({ kind: 'table', name: 'Skoler' });
    const base = { reference: loadSnapshot(), group: { kind: 'all' as const }, standard: 'median' as const, area: 'folkeskole' };
    expect(benchmarkGrid(cells, base).dea).toBeUndefined();
    const outcome = benchmarkGrid(cells, { ...base, method: 'both' });
    expect(outcome.dea?.measuredCount).toBe(24);
    expect(outcome.dea?.area.name).toBe('Folkeskole');
  });

  it('says clearly that DEA needs institutions when the input is per municipality', () => {
    const cells = grid([
      ['Kommunekode', 'Kommune', 'Område', 'Nettoudgift', 'Indbyggere'],
      ['101', 'København', 'folkeskole', 5_000_000_000, 650_000],
      ['147', 'Frederiksberg', 'folkeskole', 800_000_000, 104_000],
    ]);
    const outcome = benchmarkGrid(cells, { reference: loadSnapshot(), group: { kind: 'all' }, standard: 'median', method: 'dea' });
    expect(outcome.dea).toBeUndefined();
    expect(outcome.problems.some((p) => p.code === 'pipeline.dea.needsInstitutions' && p.severity === 'error')).toBe(true);
  });
});

describe('the default bootstrap and large tables', () => {
  const rows: CellValue[][] = [['Skole', 'Nettoudgift', 'Elever']];
  for (let i = 0; i < 2001; i++) rows.push([`Skole ${i + 1}`, 1_000_000 + ((i * 7919) % 1000) * 1000, 50 + ((i * 104729) % 400)]);
  const parse = parsed(rows);

  it('above 2,000 units the default replicates are left out, with a note; asked for, they run', () => {
    const byDefault = planDea(parse, { bootstrap: 2000, bootstrapIsDefault: true });
    if (!byDefault.ok) throw new Error('no plan');
    expect(byDefault.jobs.bootstrap).toBeUndefined();
    expect(byDefault.problems.map((p) => p.code)).toContain('pipeline.dea.bootstrapSkipped');
    const asked = planDea(parse, { bootstrap: 500 });
    if (!asked.ok) throw new Error('no plan');
    expect(asked.jobs.bootstrap?.replicates).toBe(500);
  });

  it('up to 2,000 units the default runs', () => {
    const smaller = parsed(rows.slice(0, 1001));
    const plan = planDea(smaller, { bootstrap: 2000, bootstrapIsDefault: true });
    if (!plan.ok) throw new Error('no plan');
    expect(plan.jobs.bootstrap?.replicates).toBe(2000);
  });
});
