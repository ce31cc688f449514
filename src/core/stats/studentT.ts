// Student's t distribution, enough of it for a 95 % prediction interval: the two-tailed quantile
// Excel calls T.INV.2T(α, df). The sheets write that very formula, so a reader can check the number.
//
// P(|T| > t) = I_x(df/2, 1/2) with x = df / (df + t²), where I is the regularised incomplete beta
// function; the quantile is found by bisection on t, which is slow but cannot fail to converge.

/** ln Γ(z) for z > 0 by the Lanczos approximation (g = 7, nine terms), accurate to about 1e-15. */
export function lnGamma(z: number): number {
  if (!(z > 0)) throw new RangeError(`lnGamma needs z > 0, got ${z}`);
  if (z < 0.5) {
    // Reflection keeps the series in the range where it is accurate.
    return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  }
  const g = 7;
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const x = z - 1;
  let series = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) series += coefficients[i] / (x + i);
  const t = x + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Continued fraction for the incomplete beta function (modified Lentz), valid for x < (a + 1) / (a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    // Even step.
    let step = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + step * d;
    c = 1 + step / c;
    if (Math.abs(d) < tiny) d = tiny;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    result *= d * c;
    // Odd step.
    step = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + step * d;
    c = 1 + step / c;
    if (Math.abs(d) < tiny) d = tiny;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return result;
}

/** The regularised incomplete beta function I_x(a, b) for 0 ≤ x ≤ 1, a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incompleteBeta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0 || x === 1) return x;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(|T| > t) for Student's t with `df` degrees of freedom (Excel T.DIST.2T). */
export function studentTwoTailed(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  const size = Math.abs(t);
  return incompleteBeta(df / (df + size * size), df / 2, 0.5);
}

/** The t with P(|T| > t) = alpha (Excel T.INV.2T(alpha, df)); 0 < alpha < 1. */
export function studentQuantileTwoTailed(alpha: number, df: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie between 0 and 1, got ${alpha}`);
  let low = 0;
  let high = 1;
  while (studentTwoTailed(high, df) > alpha) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i++) {
    const middle = (low + high) / 2;
    if (studentTwoTailed(middle, df) > alpha) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
