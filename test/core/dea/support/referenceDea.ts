// An independent reference for the engine: the textbook envelopment LP with every unit as a
// column, written out here from scratch and solved by a separate, generic two-phase simplex
// (denseLp.ts). It shares no code with src/core/dea, so agreement is evidence for both.
import { solveDenseLp, type RowSense } from './denseLp';
import type { Orientation, Rts } from '../../../../src/core/dea';

export interface ReferenceOptions {
  rts: Exclude<Rts, 'fdh'>;
  orientation: Orientation;
  superEfficiency?: boolean;
  fixedInputs?: number[];
  fixedOutputs?: number[];
}

/** θ (input) or φ (output) of unit o, or null when the LP is infeasible. Raw, unscaled data. */
export function referenceEfficiency(X: number[][], Y: number[][], o: number, opt: ReferenceOptions): number | null {
  const n = X.length;
  const m = X[0].length;
  const s = Y[0].length;
  const conv = opt.rts !== 'crs';
  const rows = m + s + (conv ? 1 : 0);
  const peers = [...Array(n).keys()].filter((j) => !(opt.superEfficiency && j === o));
  const cols = 1 + peers.length;
  const a = new Float64Array(rows * cols);
  const cost = new Float64Array(cols);
  const rhs = new Float64Array(rows);
  const sense: RowSense[] = [];
  const fixedIn = new Set(opt.fixedInputs ?? []);
  const fixedOut = new Set(opt.fixedOutputs ?? []);
  cost[0] = opt.orientation === 'in' ? 1 : -1;
  for (let i = 0; i < m; i++) {
    sense.push('le');
    if (opt.orientation === 'in' && !fixedIn.has(i)) a[i] = -X[o][i];
    else rhs[i] = X[o][i];
  }
  for (let r = 0; r < s; r++) {
    sense.push('ge');
    if (opt.orientation === 'out' && !fixedOut.has(r)) a[m + r] = -Y[o][r];
    else rhs[m + r] = Y[o][r];
  }
  if (conv) {
    sense.push(opt.rts === 'vrs' ? 'eq' : opt.rts === 'drs' ? 'le' : 'ge');
    rhs[m + s] = 1;
  }
  peers.forEach((j, c) => {
    const base = (c + 1) * rows;
    for (let i = 0; i < m; i++) a[base + i] = X[j][i];
    for (let r = 0; r < s; r++) a[base + m + r] = Y[j][r];
    if (conv) a[base + m + s] = 1;
  });
  const result = solveDenseLp({ rows, cols, a, cost, sense, rhs });
  if (result.status === 'infeasible') return null;
  if (result.status !== 'optimal') throw new Error(`reference LP ${result.status}`);
  return result.x[0];
}

/**
 * Largest sum of slacks in the data's own units (as R Benchmarking's slack() and Cooper, Seiford &
 * Tone maximise it), with θ (input) or φ (output) held at `efficiency`. The LP works on data
 * divided by column means, so each scaled slack is weighted by its mean. Fixed variables' slacks
 * are not counted.
 */
export function referenceMaxSlackSum(
  X: number[][],
  Y: number[][],
  o: number,
  efficiency: number,
  opt: ReferenceOptions,
): number {
  const n = X.length;
  const m = X[0].length;
  const s = Y[0].length;
  const mean = (rows: number[][], c: number) => rows.reduce((t, r) => t + r[c], 0) / n;
  const xMean = [...Array(m).keys()].map((i) => mean(X, i));
  const yMean = [...Array(s).keys()].map((r) => mean(Y, r));
  const conv = opt.rts !== 'crs';
  const rows = m + s + (conv ? 1 : 0);
  const cols = m + s + n;
  const a = new Float64Array(rows * cols);
  const cost = new Float64Array(cols);
  const rhs = new Float64Array(rows);
  const sense: RowSense[] = [];
  const fixedIn = new Set(opt.fixedInputs ?? []);
  const fixedOut = new Set(opt.fixedOutputs ?? []);
  for (let i = 0; i < m; i++) {
    sense.push('eq');
    rhs[i] = (opt.orientation === 'in' && !fixedIn.has(i) ? efficiency : 1) * X[o][i] / xMean[i];
    a[i * rows + i] = 1;
    cost[i] = fixedIn.has(i) ? 0 : -xMean[i];
  }
  for (let r = 0; r < s; r++) {
    sense.push('eq');
    rhs[m + r] = (opt.orientation === 'out' && !fixedOut.has(r) ? efficiency : 1) * Y[o][r] / yMean[r];
    a[(m + r) * rows + m + r] = -1;
    cost[m + r] = fixedOut.has(r) ? 0 : -yMean[r];
  }
  if (conv) {
    sense.push(opt.rts === 'vrs' ? 'eq' : opt.rts === 'drs' ? 'le' : 'ge');
    rhs[m + s] = 1;
  }
  for (let j = 0; j < n; j++) {
    const base = (m + s + j) * rows;
    for (let i = 0; i < m; i++) a[base + i] = X[j][i] / xMean[i];
    for (let r = 0; r < s; r++) a[base + m + r] = Y[j][r] / yMean[r];
    if (conv) a[base + m + s] = 1;
    if (opt.superEfficiency && j === o) for (let i = 0; i < rows; i++) a[base + i] = 0;
  }
  const result = solveDenseLp({ rows, cols, a, cost, sense, rhs });
  if (result.status !== 'optimal') throw new Error(`reference slack LP ${result.status}`);
  return -result.objective;
}
