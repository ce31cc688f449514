// Potentials from DEA results, on the hand-worked examples of published.test.ts (sources there):
// the two-input stores example ([2x1]) and DEAP EG1 ([DEAP]).
import { dea, deaPotentials, deaReasonKey, type DeaReasonCode } from '../../../src/core/dea';
import { deaStrings } from '../../../src/i18n/tables/dea';

describe('deaPotentials', () => {
  const X = [[4, 3], [7, 3], [8, 1], [4, 2], [2, 4], [10, 1]];
  const Y = [[1], [1], [1], [1], [1], [1]];

  it('input orientation: radial saving (1 − θ) × cost and the slack-adjusted cost − target', () => {
    const result = dea({ X, Y, rts: 'crs', orientation: 'in', slack: true });
    const p = deaPotentials(result, 0);
    // A: θ = 6/7, cost 4 → radial 4/7; target x1 = 24/7, so cost − target is also 4/7.
    expect(p.units[0].radialSaving).toBeCloseTo(4 / 7, 12);
    expect(p.units[0].slackAdjustedSaving).toBeCloseTo(4 / 7, 12);
    // B: θ = 12/19, cost 7 → 7 × 7/19 = 49/19.
    expect(p.units[1].radialSaving).toBeCloseTo(49 / 19, 12);
    // F: θ = 1 but it can copy C's x1 = 8: radial 0, slack-adjusted 10 − 8 = 2.
    expect(p.units[5].radialSaving).toBe(0);
    expect(p.units[5].slackAdjustedSaving).toBeCloseTo(2, 12);
    expect(p.units[5].targetCost).toBeCloseTo(8, 12);
    expect(p.totalRadialSaving).toBeCloseTo(4 / 7 + 49 / 19, 12);
    expect(p.totalSlackAdjustedSaving).toBeCloseTo(4 / 7 + 49 / 19 + 2, 12);
  });

  it('output orientation: quality gap at unchanged cost', () => {
    // DEAP EG1, VRS output: firm 1 φ = 2 (y 1 → 2), firm 4 φ = 2.25 (y 1 → 2.25).
    const r = dea({ X: [[2], [2], [6], [3], [6]], Y: [[1], [2], [3], [1], [2]], rts: 'vrs', orientation: 'out', slack: true });
    const p = deaPotentials(r, 0);
    expect(p.units.map((u) => u.outputGaps?.[0])).toEqual([
      expect.closeTo(1, 12), 0, 0, expect.closeTo(1.25, 12), expect.closeTo(1, 12),
    ]);
    expect(p.units[0].radialSaving).toBeNull();
    expect(p.totalRadialSaving).toBeNull();
  });

  it('super-efficient units have no saving; excluded units have no figures', () => {
    const r = dea({ X: [...X, [0, 1]], Y: [...Y, [1]], rts: 'crs', orientation: 'in', superEfficiency: true });
    const p = deaPotentials(r, 0);
    expect(p.units[3].radialSaving).toBe(0); // D: θ = 5/4
    expect(p.units[6].radialSaving).toBeNull();
    expect(p.units[6].cost).toBe(0);
    expect(() => deaPotentials(r, 2)).toThrow();
  });
});

describe('reason strings', () => {
  const codes: DeaReasonCode[] = ['missing', 'nonFinite', 'negative', 'zeroInput', 'zeroOutputs', 'superInfeasible', 'unbounded', 'numerical'];
  it.each(codes)('%s has Danish and English text with the {id} placeholder', (code) => {
    const entry = deaStrings[deaReasonKey(code)];
    expect(entry).toBeDefined();
    expect(entry.da).toContain('{id}');
    expect(entry.en).toContain('{id}');
    expect(entry.da).not.toEqual(entry.en);
  });
  it('has no entries beyond the reason codes', () => {
    expect(Object.keys(deaStrings).sort()).toEqual(codes.map(deaReasonKey).sort());
  });
});
