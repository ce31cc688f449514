// A dense revised simplex for the small LPs of DEA: a handful of rows (inputs + outputs +
// convexity) and up to a few hundred columns. The basis inverse is kept explicitly (k × k), which
// is cheap at this size and hands us the row duals for free; the duals are what lets the caller
// price columns that are not in the LP (column generation, see columnGeneration.ts).
//
// Two phases with one artificial per ≥/= row. Pricing is Dantzig's rule; after a run of
// degenerate pivots (DEA LPs are very degenerate) it switches to Bland's rule, which cannot cycle.

export type RowSense = 'le' | 'ge' | 'eq';

export interface DenseLp {
  rows: number;
  cols: number;
  /** Column-major constraint matrix: entry (row i, column j) is a[j * rows + i]. */
  a: Float64Array;
  /** Objective coefficients; the LP is always a minimisation. */
  cost: Float64Array;
  sense: readonly RowSense[];
  rhs: Float64Array;
}

export type LpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'iterationLimit';

export interface LpResult {
  status: LpStatus;
  /** Values of the structural columns. */
  x: Float64Array;
  objective: number;
  /**
   * Row multipliers for the rows as given, so that c_j − duals·a_j is the reduced cost of any
   * column j, also one that is not in the LP. When the LP is infeasible these are the phase-1
   * multipliers (cost 0 for every real column): a column with −duals·a_j < 0 could reduce the
   * infeasibility.
   */
  duals: Float64Array;
  pivots: number;
}

/** Reduced costs below −OPT_TOL make a column attractive; data are scaled to O(1) by the caller. */
export const OPT_TOL = 1e-9;
const PIVOT_TOL = 1e-9;
const FEAS_TOL = 1e-9;
const REFACTOR_EVERY = 50;
const DEGENERATE_RUN_BEFORE_BLAND = 30;

/** Column kinds in the internal numbering: structural, then one logical and one artificial per row. */
interface Work {
  lp: DenseLp;
  k: number;
  /** +1 or −1 per row: rows with a negative right-hand side are negated so that b ≥ 0. */
  rowSign: Float64Array;
  sense: RowSense[];
  b: Float64Array;
  basis: Int32Array;
  isBasic: Uint8Array;
  binv: Float64Array;
  xB: Float64Array;
  pivots: number;
  sincerefactor: number;
}

export function solveDenseLp(lp: DenseLp): LpResult {
  const k = lp.rows;
  const w = initialise(lp);
  const limit = 50 * (k + lp.cols) + 1000;

  const phase1 = iterate(w, 1, limit);
  const infeasibility = sumOfArtificials(w);
  if (phase1 === 'iterationLimit') return finish(w, 'iterationLimit', 1);
  if (infeasibility > FEAS_TOL * (1 + maxAbs(w.b))) return finish(w, 'infeasible', 1);
  driveOutArtificials(w);
  const phase2 = iterate(w, 2, limit);
  return finish(w, phase2 === 'done' ? 'optimal' : phase2, 2);

  function finish(work: Work, status: LpStatus, phase: 1 | 2): LpResult {
    refactor(work);
    const x = new Float64Array(lp.cols);
    for (let r = 0; r < k; r++) {
      const j = work.basis[r];
      if (j < lp.cols) x[j] = Math.max(0, work.xB[r]);
    }
    let objective = 0;
    for (let j = 0; j < lp.cols; j++) objective += lp.cost[j] * x[j];
    const pi = multipliers(work, phase);
    const duals = new Float64Array(k);
    for (let i = 0; i < k; i++) duals[i] = pi[i] * work.rowSign[i];
    return { status, x, objective, duals, pivots: work.pivots };
  }
}

function initialise(lp: DenseLp): Work {
  const k = lp.rows;
  const rowSign = new Float64Array(k);
  const sense: RowSense[] = [];
  const b = new Float64Array(k);
  const basis = new Int32Array(k);
  const isBasic = new Uint8Array(lp.cols + 2 * k);
  const binv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    const flip = lp.rhs[i] < 0;
    rowSign[i] = flip ? -1 : 1;
    b[i] = flip ? -lp.rhs[i] : lp.rhs[i];
    const s = lp.sense[i];
    sense.push(flip && s !== 'eq' ? (s === 'le' ? 'ge' : 'le') : s);
    // A ≤ row starts with its slack in the basis, the others with their artificial.
    basis[i] = sense[i] === 'le' ? lp.cols + i : lp.cols + k + i;
    isBasic[basis[i]] = 1;
    binv[i * k + i] = 1;
  }
  return { lp, k, rowSign, sense, b, basis, isBasic, binv, xB: Float64Array.from(b), pivots: 0, sincerefactor: 0 };
}

/** Writes column j of the (row-normalised) internal matrix into out. */
function column(w: Work, j: number, out: Float64Array): void {
  const { k, lp } = w;
  if (j < lp.cols) {
    const base = j * k;
    for (let i = 0; i < k; i++) out[i] = w.rowSign[i] * lp.a[base + i];
    return;
  }
  out.fill(0);
  if (j < lp.cols + k) {
    const i = j - lp.cols;
    out[i] = w.sense[i] === 'le' ? 1 : -1;
  } else {
    out[j - lp.cols - k] = 1;
  }
}

function costOf(w: Work, j: number, phase: 1 | 2): number {
  const { lp, k } = w;
  if (phase === 1) return j >= lp.cols + k ? 1 : 0;
  return j < lp.cols ? lp.cost[j] : 0;
}

/** Whether column j may enter the basis: artificials never re-enter, = rows have no logical. */
function eligible(w: Work, j: number): boolean {
  const { lp, k } = w;
  if (j < lp.cols) return true;
  if (j < lp.cols + k) return w.sense[j - lp.cols] !== 'eq';
  return false;
}

function multipliers(w: Work, phase: 1 | 2): Float64Array {
  const { k } = w;
  const pi = new Float64Array(k);
  for (let r = 0; r < k; r++) {
    const c = costOf(w, w.basis[r], phase);
    if (c === 0) continue;
    const row = r * k;
    for (let i = 0; i < k; i++) pi[i] += c * w.binv[row + i];
  }
  return pi;
}

function iterate(w: Work, phase: 1 | 2, limit: number): 'done' | 'unbounded' | 'iterationLimit' {
  const { k, lp } = w;
  const total = lp.cols + 2 * k;
  const col = new Float64Array(k);
  const u = new Float64Array(k);
  let bland = false;
  let degenerateRun = 0;
  while (w.pivots < limit) {
    if (w.sincerefactor >= REFACTOR_EVERY) refactor(w);
    const pi = multipliers(w, phase);
    let entering = -1;
    let best = -OPT_TOL;
    for (let j = 0; j < total; j++) {
      if (w.isBasic[j] || !eligible(w, j)) continue;
      column(w, j, col);
      let d = costOf(w, j, phase);
      for (let i = 0; i < k; i++) d -= pi[i] * col[i];
      if (d < best) {
        entering = j;
        best = d;
        if (bland) break;
      }
    }
    if (entering < 0) return 'done';

    column(w, entering, col);
    for (let r = 0; r < k; r++) {
      let s = 0;
      const row = r * k;
      for (let i = 0; i < k; i++) s += w.binv[row + i] * col[i];
      u[r] = s;
    }
    const leave = ratioTest(w, u, bland);
    if (leave < 0) return 'unbounded';
    const step = w.xB[leave] / u[leave];
    pivot(w, leave, entering, u);
    degenerateRun = step <= FEAS_TOL ? degenerateRun + 1 : 0;
    if (degenerateRun > DEGENERATE_RUN_BEFORE_BLAND) bland = true;
  }
  return 'iterationLimit';
}

/** Minimum-ratio row; ties go to the larger pivot (stability) or, under Bland, the lower index. */
function ratioTest(w: Work, u: Float64Array, bland: boolean): number {
  let leave = -1;
  let bestRatio = Infinity;
  for (let r = 0; r < w.k; r++) {
    if (u[r] <= PIVOT_TOL) continue;
    const ratio = Math.max(0, w.xB[r]) / u[r];
    if (leave < 0 || ratio < bestRatio - 1e-12) {
      leave = r;
      bestRatio = ratio;
    } else if (ratio <= bestRatio + 1e-12) {
      const better = bland ? w.basis[r] < w.basis[leave] : u[r] > u[leave];
      if (better) {
        leave = r;
        bestRatio = Math.min(bestRatio, ratio);
      }
    }
  }
  return leave;
}

function pivot(w: Work, leave: number, entering: number, u: Float64Array): void {
  const { k, binv, xB } = w;
  const step = Math.max(0, xB[leave]) / u[leave];
  for (let r = 0; r < k; r++) {
    if (r === leave) continue;
    xB[r] -= step * u[r];
    if (xB[r] < 0 && xB[r] > -FEAS_TOL) xB[r] = 0;
  }
  xB[leave] = step;
  const prow = leave * k;
  const inv = 1 / u[leave];
  for (let i = 0; i < k; i++) binv[prow + i] *= inv;
  for (let r = 0; r < k; r++) {
    const f = u[r];
    if (r === leave || f === 0) continue;
    const row = r * k;
    for (let i = 0; i < k; i++) binv[row + i] -= f * binv[prow + i];
  }
  w.isBasic[w.basis[leave]] = 0;
  w.basis[leave] = entering;
  w.isBasic[entering] = 1;
  w.pivots++;
  w.sincerefactor++;
}

/** Recomputes B⁻¹ from the basis columns (Gauss–Jordan, partial pivoting) and x_B = B⁻¹ b. */
function refactor(w: Work): void {
  const { k } = w;
  const m = new Float64Array(k * k);
  const col = new Float64Array(k);
  for (let r = 0; r < k; r++) {
    column(w, w.basis[r], col);
    for (let i = 0; i < k; i++) m[i * k + r] = col[i];
  }
  const inv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) inv[i * k + i] = 1;
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r * k + c]) > Math.abs(m[p * k + c])) p = r;
    const pv = m[p * k + c];
    // A singular basis cannot arise from ratio-tested pivots; keep the updated inverse if it does.
    if (Math.abs(pv) < 1e-14) return;
    if (p !== c) swapRows(m, inv, k, p, c);
    const f = 1 / pv;
    for (let i = 0; i < k; i++) {
      m[c * k + i] *= f;
      inv[c * k + i] *= f;
    }
    for (let r = 0; r < k; r++) {
      const g = m[r * k + c];
      if (r === c || g === 0) continue;
      for (let i = 0; i < k; i++) {
        m[r * k + i] -= g * m[c * k + i];
        inv[r * k + i] -= g * inv[c * k + i];
      }
    }
  }
  w.binv.set(inv);
  for (let r = 0; r < k; r++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += inv[r * k + i] * w.b[i];
    w.xB[r] = Math.abs(s) < 1e-13 ? 0 : s;
  }
  w.sincerefactor = 0;
}

function swapRows(m: Float64Array, inv: Float64Array, k: number, a: number, b: number): void {
  for (let i = 0; i < k; i++) {
    let t = m[a * k + i];
    m[a * k + i] = m[b * k + i];
    m[b * k + i] = t;
    t = inv[a * k + i];
    inv[a * k + i] = inv[b * k + i];
    inv[b * k + i] = t;
  }
}

function sumOfArtificials(w: Work): number {
  let s = 0;
  for (let r = 0; r < w.k; r++) if (w.basis[r] >= w.lp.cols + w.k) s += Math.max(0, w.xB[r]);
  return s;
}

/**
 * After phase 1, an artificial still basic (at zero) is swapped for any real column with a
 * non-zero entry in its row. If there is none the row is redundant and the artificial stays,
 * pinned at zero because no entering column can move it.
 */
function driveOutArtificials(w: Work): void {
  const { k, lp } = w;
  const col = new Float64Array(k);
  const u = new Float64Array(k);
  for (let r = 0; r < k; r++) {
    if (w.basis[r] < lp.cols + k) continue;
    w.xB[r] = 0;
    for (let j = 0; j < lp.cols + k; j++) {
      if (w.isBasic[j] || !eligible(w, j)) continue;
      column(w, j, col);
      let ur = 0;
      for (let i = 0; i < k; i++) ur += w.binv[r * k + i] * col[i];
      if (Math.abs(ur) <= 1e-7) continue;
      for (let q = 0; q < k; q++) {
        let s = 0;
        for (let i = 0; i < k; i++) s += w.binv[q * k + i] * col[i];
        u[q] = s;
      }
      pivot(w, r, j, u);
      break;
    }
  }
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
