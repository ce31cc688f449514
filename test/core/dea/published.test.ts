// DEA on small examples whose answers are published or can be worked out by hand.
// Sources:
//  [CST] W. W. Cooper, L. M. Seiford, K. Tone, "Data Envelopment Analysis", 2nd ed. (Springer
//        2007): Table 1.5, the 12-hospital case (inputs doctors, nurses; outputs outpatients,
//        inpatients) and its CCR (CRS, input-oriented) scores, printed to three decimals:
//        A 1, B 1, C .883, D 1, E .763, F .835, G .902, H .796, I .960, J .871, K .955, L .958.
//  [DEAP] T. Coelli, "A Guide to DEAP Version 2.1" (CEPA Working Paper 96/08), example EG1:
//        five firms, one input x = [2, 2, 6, 3, 6], one output y = [1, 2, 3, 1, 2]. Every
//        expected value below is derived by hand from that data (arithmetic in comments).
//  [2x1] The two-input, one-output "stores" illustration used throughout the DEA literature
//        (e.g. [CST] ch. 1): A(4,3) B(7,3) C(8,1) D(4,2) E(2,4) F(10,1), output 1 each. The
//        efficiencies are derived graphically from the isoquant C–D–E (comments).
import { dea, type DeaResult, type DeaUnitResult } from '../../../src/core/dea';

const effs = (r: DeaResult) => r.units.map((u) => u.efficiency);
/** λ of peer j in a unit's solution (0 when j is not a peer). */
const lambdaOf = (u: DeaUnitResult, j: number) => u.lambdas[u.peers.indexOf(j)] ?? 0;

function expectClose(actual: (number | null)[], expected: (number | null)[], tol = 1e-9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    if (expected[i] === null) expect(a).toBeNull();
    else expect(Math.abs((a as number) - (expected[i] as number))).toBeLessThanOrEqual(tol);
  });
}

describe('[CST] hospital case, CCR input-oriented', () => {
  const data = [
    [20, 151, 100, 90], [19, 131, 150, 50], [25, 160, 160, 55], [27, 168, 180, 72],
    [22, 158, 94, 66], [55, 255, 230, 90], [33, 235, 220, 88], [31, 206, 152, 80],
    [30, 244, 190, 100], [50, 268, 250, 100], [53, 306, 260, 147], [38, 284, 250, 120],
  ];
  const X = data.map((r) => r.slice(0, 2));
  const Y = data.map((r) => r.slice(2));
  const ids = 'ABCDEFGHIJKL'.split('');

  it('reproduces the published scores to the three decimals printed', () => {
    const result = dea({ X, Y, rts: 'crs', orientation: 'in', ids });
    const published = [1, 1, 0.883, 1, 0.763, 0.835, 0.902, 0.796, 0.96, 0.871, 0.955, 0.958];
    expectClose(effs(result), published, 5e-4);
  });

  it('finds only A, B and D efficient, each its own peer', () => {
    const result = dea({ X, Y, rts: 'crs', orientation: 'in', ids, slack: true });
    const efficient = result.units.filter((u) => u.efficiency === 1).map((u) => u.id);
    expect(efficient).toEqual(['A', 'B', 'D']);
    for (const u of result.units.filter((v) => v.efficiency === 1)) expect(u.peerIds).toEqual([u.id]);
    for (const u of result.units) for (const p of u.peerIds) expect(['A', 'B', 'D']).toContain(p);
  });
});

describe('[DEAP] EG1, one input and one output', () => {
  const X = [[2], [2], [6], [3], [6]];
  const Y = [[1], [2], [3], [1], [2]];

  it('CRS input: y/x divided by the best ratio (firm 2, 2/2 = 1)', () => {
    // y/x = 0.5, 1, 0.5, 1/3, 1/3
    expectClose(effs(dea({ X, Y, rts: 'crs', orientation: 'in' })), [0.5, 1, 0.5, 1 / 3, 1 / 3]);
  });

  it('VRS input: least input that reaches the output on the convex hull', () => {
    // Firm 1 (2,1): no unit uses less than 2, so θ = 1 (with output slack 1, see below).
    // Firm 3 (6,3): only unit producing 3, θ = 1. Firm 4 (3,1): firm 2 makes 2 ≥ 1 with 2 → 2/3.
    // Firm 5 (6,2): firm 2 makes 2 with 2 → 2/6 = 1/3.
    expectClose(effs(dea({ X, Y, rts: 'vrs', orientation: 'in' })), [1, 1, 1, 2 / 3, 1 / 3]);
  });

  it('CRS output: φ = 1/θ and the score is the Shephard distance 1/φ', () => {
    const r = dea({ X, Y, rts: 'crs', orientation: 'out' });
    expectClose(effs(r), [2, 1, 2, 3, 3]);
    expectClose(r.units.map((u) => u.score), [0.5, 1, 0.5, 1 / 3, 1 / 3]);
  });

  it('VRS output: most output reachable with no more input', () => {
    // Firm 1 (x=2): firm 2 makes 2 with 2 → φ = 2. Firm 4 (x=3): on the segment from (2,2) to
    // (6,3), y = 2 + (3−2)/4 = 2.25 → φ = 2.25, λ = 3/4 on firm 2 and 1/4 on firm 3.
    // Firm 5 (x=6): firm 3 makes 3 → φ = 3/2.
    const r = dea({ X, Y, rts: 'vrs', orientation: 'out' });
    expectClose(effs(r), [2, 1, 1, 2.25, 1.5]);
    expect(lambdaOf(r.units[3], 1)).toBeCloseTo(0.75, 12);
    expect(lambdaOf(r.units[3], 2)).toBeCloseTo(0.25, 12);
  });

  it('DRS equals CRS below optimal scale and VRS above it; IRS the other way round', () => {
    // Firms 1, 4 operate below the CRS-optimal scale (CRS peer λ_2 = 0.5 < 1), firms 3, 5 above.
    expectClose(effs(dea({ X, Y, rts: 'drs', orientation: 'in' })), [0.5, 1, 1, 1 / 3, 1 / 3]);
    // IRS at firm 3 may scale firm 2 up: λ_2 = 1.5 gives (3,3) → θ = 3/6.
    expectClose(effs(dea({ X, Y, rts: 'irs', orientation: 'in' })), [1, 1, 0.5, 2 / 3, 1 / 3]);
  });

  it('VRS slacks: firm 1 and firm 4 are projected onto firm 2 with an output slack of 1', () => {
    const r = dea({ X, Y, rts: 'vrs', orientation: 'in', slack: true });
    expect(r.units[0].efficiency).toBe(1);
    expect(r.units[0].peers).toEqual([1]);
    expect(r.units[0].outputSlacks?.[0]).toBeCloseTo(1, 12);
    expect(r.units[3].outputSlacks?.[0]).toBeCloseTo(1, 12);
    expect(r.units[3].targetInputs?.[0]).toBeCloseTo(2, 12);
    expect(r.units[3].targetOutputs?.[0]).toBeCloseTo(2, 12);
    expect(r.units[2].inputSlacks).toEqual([0]);
  });

  it('FDH input equals VRS here; FDH output at firm 4 copies firm 2 (input slack 1)', () => {
    expectClose(effs(dea({ X, Y, rts: 'fdh', orientation: 'in' })), [1, 1, 1, 2 / 3, 1 / 3]);
    // Firm 4 (x=3): units with x ≤ 3 are firms 1, 2, 4; best output 2 → φ = 2 (no mixing in FDH).
    const r = dea({ X, Y, rts: 'fdh', orientation: 'out', slack: true });
    expectClose(effs(r), [2, 1, 1, 2, 1.5]);
    expect(r.units[3].peers).toEqual([1]);
    expect(r.units[3].inputSlacks?.[0]).toBeCloseTo(1, 12);
  });

  it('super-efficiency: CRS firm 2 against the next best ratio 0.5 gives 2', () => {
    const r = dea({ X, Y, rts: 'crs', orientation: 'in', superEfficiency: true });
    expectClose(effs(r), [0.5, 2, 0.5, 1 / 3, 1 / 3]);
  });

  it('super-efficiency under VRS: firm 3 cannot be reached, firm 2 scores 2', () => {
    // Without firm 2, output 2 needs half of (2,1) and half of (6,3): input 4 → 4/2 = 2.
    // Firm 1 (2,1) is matched by firm 2 (2,2) → 1. No other unit produces 3 → infeasible.
    const r = dea({ X, Y, rts: 'vrs', orientation: 'in', superEfficiency: true });
    expectClose(effs(r), [1, 2, null, 2 / 3, 1 / 3]);
    expect(r.units[2].status).toBe('infeasible');
    expect(r.units[2].reason?.code).toBe('superInfeasible');
  });
});

describe('[2x1] two inputs, one output, CRS input-oriented', () => {
  const X = [[4, 3], [7, 3], [8, 1], [4, 2], [2, 4], [10, 1]];
  const Y = [[1], [1], [1], [1], [1], [1]];
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];

  it('radial scores and peers from the isoquant C–D–E', () => {
    // A: ray (4s,3s) meets D–E, (4−2t, 2+2t): 3s = 2 + (4 − 4s) → s = 6/7, t = 2/7, so
    //    λ_D = 5/7, λ_E = 2/7. B: ray (7s,3s) meets C–D, (8−4t, 1+t): 7s = 8 − 4(3s − 1)
    //    → s = 12/19, λ_C = 2/19, λ_D = 17/19. F (10,1) reaches the horizontal part x2 = 1
    //    beyond C only at s = 1.
    const r = dea({ X, Y, rts: 'crs', orientation: 'in', ids, slack: true });
    expectClose(effs(r), [6 / 7, 12 / 19, 1, 1, 1, 1]);
    expect(lambdaOf(r.units[0], 3)).toBeCloseTo(5 / 7, 12);
    expect(lambdaOf(r.units[0], 4)).toBeCloseTo(2 / 7, 12);
    expect(lambdaOf(r.units[1], 2)).toBeCloseTo(2 / 19, 12);
    expect(lambdaOf(r.units[1], 3)).toBeCloseTo(17 / 19, 12);
  });

  it('F is weakly efficient: θ = 1 with an input slack of 10 − 8 = 2 towards C', () => {
    const r = dea({ X, Y, rts: 'crs', orientation: 'in', ids, slack: true });
    const f = r.units[5];
    expect(f.efficiency).toBe(1);
    expect(f.peerIds).toEqual(['C']);
    expect(f.inputSlacks?.[0]).toBeCloseTo(2, 12);
    expect(f.inputSlacks?.[1]).toBe(0);
    expect(f.targetInputs).toEqual([expect.closeTo(8, 12), expect.closeTo(1, 12)]);
  });

  it('super-efficiency of the frontier units', () => {
    // D without itself: C–E segment (8−6t, 1+3t) = (4s, 2s) → 4s = 8 − 2(2s − 1) → s = 5/4.
    // C without itself: D–F segment (4+6t, 2−t) = (8s, s) → 8(2 − t) = 4 + 6t → t = 6/7, s = 8/7.
    // E without itself: the ray (2s,4s) meets the vertical through D at x1 = 4 → s = 2.
    const r = dea({ X, Y, rts: 'crs', orientation: 'in', ids, superEfficiency: true });
    expectClose(effs(r), [6 / 7, 12 / 19, 8 / 7, 5 / 4, 2, 1]);
  });

  it('a non-discretionary input is not scaled (Banker–Morey)', () => {
    // Units A(2,2) B(4,1) C(4,2.5), output 1. Radially C meets A–B at (2+2t, 2−t) = (4s, 2.5s):
    // 9s = 6 → θ = 2/3. With x2 fixed only x1 shrinks: A uses x1 = 2 and x2 = 2 ≤ 2.5 → θ = 1/2,
    // leaving 0.5 of x2 unused (reported as slack, not maximised).
    const X2 = [[2, 2], [4, 1], [4, 2.5]];
    const Y2 = [[1], [1], [1]];
    expect(dea({ X: X2, Y: Y2, rts: 'crs', orientation: 'in' }).units[2].efficiency).toBeCloseTo(2 / 3, 12);
    const fixed = dea({ X: X2, Y: Y2, rts: 'crs', orientation: 'in', fixedInputs: [1], slack: true }).units[2];
    expect(fixed.efficiency).toBeCloseTo(0.5, 12);
    expect(fixed.peers).toEqual([0]);
    expect(fixed.inputSlacks).toEqual([0, expect.closeTo(0.5, 12)]);
  });
});
