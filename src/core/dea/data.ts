// Checks every unit's values and scales each column by its mean over the usable units.
// Scaling makes tolerances meaningful (every number is O(1)) and makes every result independent
// of the units a column is measured in (kroner or thousand kroner, pupils or classes).
import type { DeaReason } from './types';

export interface DeaData {
  n: number;
  m: number;
  s: number;
  /** Scaled inputs, unit-major: x[j * m + i]. Zero for excluded units. */
  x: Float64Array;
  /** Scaled outputs, unit-major: y[j * s + r]. */
  y: Float64Array;
  xScale: Float64Array;
  yScale: Float64Array;
  /** 1 when the unit's values are all usable. */
  valid: Uint8Array;
  reasons: (DeaReason | undefined)[];
}

/** Malformed shapes are a caller's bug and throw; bad values in a unit exclude only that unit. */
export function prepareData(X: readonly (readonly number[])[], Y: readonly (readonly number[])[]): DeaData {
  const n = X.length;
  if (n === 0) throw new Error('DEA needs at least one unit');
  if (Y.length !== n) throw new Error(`DEA: X has ${n} rows but Y has ${Y.length}`);
  const m = X[0]?.length ?? 0;
  const s = Y[0]?.length ?? 0;
  if (m === 0 || s === 0) throw new Error('DEA needs at least one input and one output');
  for (let j = 0; j < n; j++) {
    if (!Array.isArray(X[j]) || X[j].length !== m) throw new Error(`DEA: row ${j} of X does not have ${m} columns`);
    if (!Array.isArray(Y[j]) || Y[j].length !== s) throw new Error(`DEA: row ${j} of Y does not have ${s} columns`);
  }

  const valid = new Uint8Array(n);
  const reasons: (DeaReason | undefined)[] = new Array<DeaReason | undefined>(n).fill(undefined);
  for (let j = 0; j < n; j++) {
    const reason = unitProblem(X[j], Y[j]);
    if (reason) reasons[j] = reason;
    else valid[j] = 1;
  }

  const xScale = columnMeans(X, valid, m);
  const yScale = columnMeans(Y, valid, s);
  const x = new Float64Array(n * m);
  const y = new Float64Array(n * s);
  for (let j = 0; j < n; j++) {
    if (!valid[j]) continue;
    for (let i = 0; i < m; i++) x[j * m + i] = X[j][i] / xScale[i];
    for (let r = 0; r < s; r++) y[j * s + r] = Y[j][r] / yScale[r];
  }
  return { n, m, s, x, y, xScale, yScale, valid, reasons };
}

function unitProblem(xs: readonly number[], ys: readonly number[]): DeaReason | undefined {
  for (let i = 0; i < xs.length; i++) {
    const bad = valueProblem(xs[i]);
    if (bad) return { code: bad, kind: 'input', column: i };
    if (xs[i] === 0) return { code: 'zeroInput', kind: 'input', column: i };
  }
  let anyPositive = false;
  for (let r = 0; r < ys.length; r++) {
    const bad = valueProblem(ys[r]);
    if (bad) return { code: bad, kind: 'output', column: r };
    if (ys[r] > 0) anyPositive = true;
  }
  return anyPositive ? undefined : { code: 'zeroOutputs', kind: 'output' };
}

function valueProblem(v: unknown): DeaReason['code'] | undefined {
  if (typeof v !== 'number' || Number.isNaN(v)) return 'missing';
  if (!Number.isFinite(v)) return 'nonFinite';
  if (v < 0) return 'negative';
  return undefined;
}

function columnMeans(rows: readonly (readonly number[])[], valid: Uint8Array, width: number): Float64Array {
  const sums = new Float64Array(width);
  let count = 0;
  for (let j = 0; j < rows.length; j++) {
    if (!valid[j]) continue;
    count++;
    for (let i = 0; i < width; i++) sums[i] += rows[j][i];
  }
  // An all-zero column (possible for an output) keeps scale 1 rather than dividing by zero.
  for (let i = 0; i < width; i++) sums[i] = count > 0 && sums[i] > 0 ? sums[i] / count : 1;
  return sums;
}
