// Ordinary least squares with an intercept. The design is centred and scaled to unit column
// length before a Householder QR, so a structural variable in the millions (population) and one
// around 1 (a share) do not swamp each other, and a variable that is constant or a combination of
// earlier ones shows up as a (near-)zero diagonal in R, which we report by index rather than
// returning enormous, meaningless coefficients.
import { assertFiniteValues } from './descriptive';
import { studentQuantileTwoTailed } from './studentT';

export interface OlsFit {
  ok: true;
  intercept: number;
  /** One coefficient per column of X, in column order. */
  coefficients: number[];
  /** 1 − SSE/SST; 1 when y is constant and fitted exactly. */
  r2: number;
  n: number;
  /** Residual degrees of freedom, n − p − 1. */
  df: number;
  /** √(SSE / df): the typical distance of an observation from the fitted line. */
  residualStandardError: number;
  predict(x: readonly number[]): number;
  /**
   * Where a new observation with regressors x is expected to fall: the prediction ± the two-tailed
   * t quantile × s × √(1 + 1/n + leverage). `level` 0.95 gives the 95 % prediction interval.
   */
  predictionInterval(x: readonly number[], level?: number): PredictionInterval;
}

export interface PredictionInterval {
  value: number;
  lower: number;
  upper: number;
  /** The t quantile used (Excel T.INV.2T(1 − level, df)). */
  t: number;
  /** s × √(1 + 1/n + leverage): the interval is value ± t × this. */
  standardError: number;
  level: number;
}

export type OlsFailure =
  | { ok: false; reason: 'too-few-observations'; n: number; needed: number }
  | { ok: false; reason: 'constant-variable'; variableIndex: number }
  | { ok: false; reason: 'collinear-variable'; variableIndex: number };

export type OlsResult = OlsFit | OlsFailure;

/** A column whose residual after projection on earlier columns is below this (unit-length scale) is collinear. */
const COLLINEAR_TOLERANCE = 1e-9;
/** A column whose spread is below this fraction of its size is constant. */
const CONSTANT_TOLERANCE = 1e-12;

/**
 * Fit y = b0 + Σ b_j x_j. `X[i]` is observation i's row of regressors. Needs n ≥ p + 2 so at least
 * one residual degree of freedom remains (with n = p + 1 every design fits perfectly and R² says
 * nothing).
 */
export function ols(y: readonly number[], X: readonly (readonly number[])[]): OlsResult {
  const n = y.length;
  if (X.length !== n) throw new RangeError(`ols: ${n} responses but ${X.length} rows of regressors`);
  const p = n > 0 ? X[0].length : 0;
  for (const row of X) {
    if (row.length !== p) throw new RangeError('ols: every row of X needs the same number of columns');
    assertFiniteValues(row, 'regressors');
  }
  assertFiniteValues(y, 'responses');
  if (n < p + 2) return { ok: false, reason: 'too-few-observations', n, needed: p + 2 };

  const yMean = y.reduce((a, b) => a + b, 0) / n;
  const yCentred = y.map((v) => v - yMean);
  const means: number[] = [];
  const scales: number[] = [];
  // Column-major centred and scaled design, the working matrix of the QR.
  const columns: number[][] = [];
  for (let j = 0; j < p; j++) {
    const raw = X.map((row) => row[j]);
    const m = raw.reduce((a, b) => a + b, 0) / n;
    const centred = raw.map((v) => v - m);
    const spread = Math.hypot(...centred);
    const size = Math.hypot(...raw);
    if (spread === 0 || spread <= CONSTANT_TOLERANCE * size) {
      return { ok: false, reason: 'constant-variable', variableIndex: j };
    }
    means.push(m);
    scales.push(spread);
    columns.push(centred.map((v) => v / spread));
  }

  const rhs = [...yCentred];
  const R: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const col = columns[k];
    const norm = Math.hypot(...col.slice(k));
    if (norm <= COLLINEAR_TOLERANCE) return { ok: false, reason: 'collinear-variable', variableIndex: k };
    // Householder vector v = x + sign(x_k)·‖x‖·e_k on rows k..n-1, reflecting col onto e_k.
    const alpha = col[k] >= 0 ? -norm : norm;
    const v = col.slice(k);
    v[0] -= alpha;
    const vNorm2 = v.reduce((a, b) => a + b * b, 0);
    const reflect = (target: number[]): void => {
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i] * target[k + i];
      const factor = (2 * dot) / vNorm2;
      for (let i = 0; i < v.length; i++) target[k + i] -= factor * v[i];
    };
    for (let j = k; j < p; j++) reflect(columns[j]);
    reflect(rhs);
    for (let j = k; j < p; j++) R[k][j] = columns[j][k];
  }

  // Back-substitution R b = (Qᵀy)[0..p-1] in the scaled space.
  const scaled = new Array<number>(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let acc = rhs[k];
    for (let j = k + 1; j < p; j++) acc -= R[k][j] * scaled[j];
    scaled[k] = acc / R[k][k];
  }
  const coefficients = scaled.map((b, j) => b / scales[j]);
  const intercept = yMean - coefficients.reduce((acc, b, j) => acc + b * means[j], 0);
  const predict = (x: readonly number[]): number => {
    if (x.length !== p) throw new RangeError(`predict: expected ${p} values, got ${x.length}`);
    return intercept + coefficients.reduce((acc, b, j) => acc + b * x[j], 0);
  };

  let sse = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    const residual = y[i] - predict(X[i]);
    sse += residual * residual;
    sst += yCentred[i] * yCentred[i];
  }
  const r2 = sst === 0 ? 1 : 1 - sse / sst;
  const df = n - p - 1;
  const residualStandardError = Math.sqrt(sse / df);
  // Leverage of a new point in the centred, scaled space: |R⁻ᵀ z|², by forward substitution.
  const leverage = (x: readonly number[]): number => {
    const w = new Array<number>(p).fill(0);
    for (let k = 0; k < p; k++) {
      let acc = (x[k] - means[k]) / scales[k];
      for (let j = 0; j < k; j++) acc -= R[j][k] * w[j];
      w[k] = acc / R[k][k];
    }
    return w.reduce((a, b) => a + b * b, 0);
  };
  const predictionInterval = (x: readonly number[], level = 0.95): PredictionInterval => {
    if (!(level > 0 && level < 1)) throw new RangeError(`predictionInterval: level must lie between 0 and 1, got ${level}`);
    const value = predict(x);
    const t = studentQuantileTwoTailed(1 - level, df);
    const standardError = residualStandardError * Math.sqrt(1 + 1 / n + leverage(x));
    return { value, lower: value - t * standardError, upper: value + t * standardError, t, standardError, level };
  };
  return { ok: true, intercept, coefficients, r2, n, df, residualStandardError, predict, predictionInterval };
}
