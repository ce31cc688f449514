import { ols } from '../../../src/core/stats';
import type { OlsFit, OlsResult } from '../../../src/core/stats';

function fitted(result: OlsResult): OlsFit {
  if (!result.ok) throw new Error(`expected a fit, got ${result.reason}`);
  return result;
}

describe('ols', () => {
  it('simple regression worked by hand', () => {
    // x = 1..4, y = 1,3,2,4: x̄ = ȳ = 2.5, Sxy = 2.25 − 0.25 − 0.25 + 2.25 = 4, Sxx = 5
    // slope 4/5 = 0.8, intercept 2.5 − 0.8·2.5 = 0.5; fitted 1.3, 2.1, 2.9, 3.7
    // residuals −0.3, 0.9, −0.9, 0.3 → SSE 1.8; SST 5 → R² = 1 − 1.8/5 = 0.64
    const fit = fitted(ols([1, 3, 2, 4], [[1], [2], [3], [4]]));
    expect(fit.intercept).toBeCloseTo(0.5, 12);
    expect(fit.coefficients[0]).toBeCloseTo(0.8, 12);
    expect(fit.r2).toBeCloseTo(0.64, 12);
    expect(fit.n).toBe(4);
    expect(fit.predict([10])).toBeCloseTo(8.5, 12);
  });

  it("Anscombe's quartet set 1: intercept 3.0001, slope 0.5001, R² 0.6665", () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const fit = fitted(ols(y, x.map((v) => [v])));
    expect(fit.intercept).toBeCloseTo(3.0001, 4);
    expect(fit.coefficients[0]).toBeCloseTo(0.5001, 4);
    expect(fit.r2).toBeCloseTo(0.6665, 4);
  });

  it('exact linear relation in two variables of very different scale: R² = 1', () => {
    // y = 2 + 3·x1 − 0.000005·x2 where x2 is a population in the hundreds of thousands
    const rows = [
      [1, 420000],
      [2, 52000],
      [0.5, 61000],
      [3, 300000],
      [4, 45000],
      [2.5, 180000],
    ];
    const y = rows.map(([a, b]) => 2 + 3 * a - 0.000005 * b);
    const fit = fitted(ols(y, rows));
    expect(fit.intercept).toBeCloseTo(2, 9);
    expect(fit.coefficients[0]).toBeCloseTo(3, 9);
    expect(fit.coefficients[1] / -0.000005).toBeCloseTo(1, 9);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('reports a constant variable by index', () => {
    const result = ols([1, 2, 3, 4], [[1, 5], [2, 5], [3, 5], [4, 5]]);
    expect(result).toEqual({ ok: false, reason: 'constant-variable', variableIndex: 1 });
  });

  it('reports a collinear variable by index', () => {
    // third column = 2·first − second + 7: a combination of the others plus the intercept
    const rows = [
      [1, 4],
      [2, 1],
      [3, 3],
      [5, 2],
      [4, 8],
    ].map(([a, b]) => [a, b, 2 * a - b + 7]);
    const result = ols([3, 1, 4, 1, 5], rows);
    expect(result).toEqual({ ok: false, reason: 'collinear-variable', variableIndex: 2 });
  });

  it('needs at least p + 2 observations', () => {
    expect(ols([1, 2], [[1], [2]])).toEqual({ ok: false, reason: 'too-few-observations', n: 2, needed: 3 });
  });

  it('constant y fits exactly with zero slope', () => {
    const fit = fitted(ols([4, 4, 4], [[1], [2], [3]]));
    expect(fit.coefficients[0]).toBeCloseTo(0, 12);
    expect(fit.intercept).toBeCloseTo(4, 12);
    expect(fit.r2).toBe(1);
  });

  it('rejects mismatched or non-finite input', () => {
    expect(() => ols([1, 2, 3], [[1], [2]])).toThrow(RangeError);
    expect(() => ols([1, 2, NaN], [[1], [2], [3]])).toThrow(RangeError);
  });
});
