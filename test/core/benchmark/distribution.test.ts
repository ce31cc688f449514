import { computeDistribution, computePosition, lightFor, quartileOf } from '../../../src/core/benchmark';
import type { Distribution } from '../../../src/core/benchmark';

describe('distribution', () => {
  it('Σ/Σ weighted mean differs from the unweighted mean', () => {
    // key figures 10 (100/10) and 30 (900/30): mean 20, Σ/Σ = 1000/40 = 25
    const d = computeDistribution([
      { keyFigure: 10, numerator: 100, weight: 10 },
      { keyFigure: 30, numerator: 900, weight: 30 },
    ]);
    expect(d.mean).toBe(20);
    expect(d.weightedMean).toBe(25);
    // n = 2: Q1 at 0.25 → 15, median 20, Q3 at 0.75 → 25
    expect([d.min, d.q1, d.median, d.q3, d.max]).toEqual([10, 15, 20, 25, 30]);
  });

  it('weighted mean is null when any weight is missing', () => {
    const d = computeDistribution([
      { keyFigure: 10, numerator: 100, weight: 10 },
      { keyFigure: 30, numerator: null, weight: null },
    ]);
    expect(d.weightedMean).toBeNull();
  });
});

describe('quartile and light', () => {
  const d: Distribution = { n: 7, min: 80, q1: 95, median: 110, q3: 127.5, max: 150, mean: 0, weightedMean: null };

  it("lower is better: cut points belong to the better quarter", () => {
    expect(quartileOf(80, d, 'lower')).toBe(1);
    expect(quartileOf(95, d, 'lower')).toBe(1);
    expect(quartileOf(95.01, d, 'lower')).toBe(2);
    expect(quartileOf(110, d, 'lower')).toBe(2);
    expect(quartileOf(127.5, d, 'lower')).toBe(3);
    expect(quartileOf(127.6, d, 'lower')).toBe(4);
  });

  it('higher is better mirrors it', () => {
    expect(quartileOf(150, d, 'higher')).toBe(1);
    expect(quartileOf(127.5, d, 'higher')).toBe(1);
    expect(quartileOf(110, d, 'higher')).toBe(2);
    expect(quartileOf(95, d, 'higher')).toBe(3);
    expect(quartileOf(94, d, 'higher')).toBe(4);
  });

  it('lights', () => {
    expect([1, 2, 3, 4].map((q) => lightFor(q as 1 | 2 | 3 | 4))).toEqual(['green', 'yellow', 'yellow', 'red']);
  });

  it('position: rank respects direction, percent rank does not', () => {
    // values sorted 80 90 100 110 125 130 150; own 125: 4 below → rank 5 ascending, PR 4/6 → 0.666;
    // 2 above → rank 3 descending.
    const values = [100, 125, 90, 150, 110, 130, 80];
    const dist = computeDistribution(values.map((v) => ({ keyFigure: v, numerator: null, weight: null })));
    expect(computePosition(125, values, dist, 'lower')).toEqual({ rank: 5, n: 7, percentRank: 0.666, quartile: 3, light: 'yellow' });
    expect(computePosition(125, values, dist, 'higher')).toEqual({ rank: 3, n: 7, percentRank: 0.666, quartile: 2, light: 'yellow' });
  });
});
