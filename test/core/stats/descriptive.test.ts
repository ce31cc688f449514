import { max, mean, min, stdevPopulation, stdevSample, weightedRatio } from '../../../src/core/stats';

describe('descriptive statistics', () => {
  it('mean, min, max', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(min([3, -1, 2])).toBe(-1);
    expect(max([3, -1, 2])).toBe(3);
    expect(() => mean([])).toThrow(RangeError);
  });

  it('weightedRatio is Σ/Σ, not the mean of ratios', () => {
    // costs 100 and 900 over 10 and 30 units: (100 + 900)/(10 + 30) = 25,
    // whereas the mean of the ratios 10 and 30 is 20.
    expect(weightedRatio([100, 900], [10, 30])).toBe(25);
    expect(mean([100 / 10, 900 / 30])).toBe(20);
    expect(() => weightedRatio([1, 2], [1])).toThrow(RangeError);
    expect(() => weightedRatio([1], [0])).toThrow(RangeError);
  });

  it('population and sample standard deviation (Excel STDEV.P / STDEV.S)', () => {
    // [2,4,4,4,5,5,7,9]: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32;
    // STDEV.P = √(32/8) = 2; STDEV.S = √(32/7) = 2.13808993…
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(stdevPopulation(values)).toBeCloseTo(2, 12);
    expect(stdevSample(values)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(stdevPopulation([5])).toBe(0);
    expect(() => stdevSample([5])).toThrow(RangeError);
  });
});
