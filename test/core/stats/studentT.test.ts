import { ols } from '../../../src/core/stats';
import { incompleteBeta, lnGamma, studentQuantileTwoTailed, studentTwoTailed } from '../../../src/core/stats/studentT';

describe('Student t (Excel T.INV.2T / T.DIST.2T)', () => {
  it.each([
    [0.05, 1, 12.7062047361747],
    [0.05, 10, 2.22813885198627],
    [0.05, 30, 2.04227245630124],
    [0.05, 95, 1.985251003505498],
    [0.01, 5, 4.03214298355523],
    [0.2, 3, 1.63774435369621],
  ])('T.INV.2T(%s, %s) = %s', (alpha, df, expected) => {
    expect(studentQuantileTwoTailed(alpha, df)).toBeCloseTo(expected, 9);
    expect(studentTwoTailed(expected, df)).toBeCloseTo(alpha, 10);
  });

  it('has the gamma and incomplete beta values known in closed form', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14); // uniform
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14); // symmetric
    expect(incompleteBeta(0.25, 2, 1)).toBeCloseTo(0.0625, 14); // x²
  });
});

describe('prediction interval', () => {
  it('is ŷ ± t × s × √(1 + 1/n + (x − x̄)² / Sxx) for one regressor', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2];
    const fit = ols(y, x.map((v) => [v]));
    if (!fit.ok) throw new Error('fit failed');
    const n = 6;
    const mean = 3.5;
    const sxx = x.reduce((s, v) => s + (v - mean) ** 2, 0);
    const sse = y.reduce((s, v, i) => s + (v - fit.predict([x[i]])) ** 2, 0);
    const s = Math.sqrt(sse / (n - 2));
    expect(fit.df).toBe(4);
    expect(fit.residualStandardError).toBeCloseTo(s, 12);
    const at = 8;
    const pi = fit.predictionInterval([at]);
    const half = studentQuantileTwoTailed(0.05, 4) * s * Math.sqrt(1 + 1 / n + (at - mean) ** 2 / sxx);
    expect(pi.value).toBeCloseTo(fit.predict([at]), 12);
    expect(pi.upper - pi.value).toBeCloseTo(half, 10);
    expect(pi.value - pi.lower).toBeCloseTo(half, 10);
    expect(pi.t).toBeCloseTo(2.77644510519779, 9);
  });
});
