// The envelopment LPs of DEA for one unit o, on scaled data. Rows are always: m input rows,
// s output rows, then the convexity row (absent under CRS). λ columns are added by the column
// simplex; here are only the rows and the non-λ columns.
//
// Input orientation (Farrell θ):       Output orientation (Farrell φ):
//   min θ                                max φ
//   Σλ x_ij ≤ θ x_io  (discretionary)    Σλ x_ij ≤ x_io
//   Σλ x_ij ≤ x_io    (fixed)            Σλ y_rj ≥ φ y_ro  (discretionary)
//   Σλ y_rj ≥ y_ro                       Σλ y_rj ≥ y_ro    (fixed)
//   Σλ = 1 (vrs), ≤ 1 (drs), ≥ 1 (irs), none (crs); λ ≥ 0
//
// Slack phase: the same LP with θ (or φ) frozen at its optimum, maximising the sum of the
// slacks of discretionary variables in the caller's own units, as R Benchmarking's slack() and
// Cooper, Seiford & Tone do. The LP works on mean-scaled data, so each scaled slack is weighted by
// its column's mean; the weights are divided by the largest, which leaves the optimum unchanged.
import type { DeaData } from './data';
import type { LpSpec, RowSense } from './simplex';
import type { Orientation, Rts } from './types';

/** The technologies solved by LP (FDH is solved by enumeration). */
export type LpRts = Exclude<Rts, 'fdh'>;

export interface ModelShape {
  data: DeaData;
  rts: LpRts;
  orientation: Orientation;
  fixedIn: Uint8Array;
  fixedOut: Uint8Array;
}

export function hasConvexityRow(rts: Rts): boolean {
  return rts !== 'crs';
}

function rowCount(shape: ModelShape): number {
  return shape.data.m + shape.data.s + (hasConvexityRow(shape.rts) ? 1 : 0);
}

function convexity(shape: ModelShape, sense: RowSense[], rhs: Float64Array): void {
  if (!hasConvexityRow(shape.rts)) return;
  const row = shape.data.m + shape.data.s;
  sense[row] = shape.rts === 'vrs' ? 'eq' : shape.rts === 'drs' ? 'le' : 'ge';
  rhs[row] = 1;
}

/** Room for one unit's LP; efficiencySpec fills it in place (one per run, not one per unit). */
export function newSpec(shape: ModelShape): LpSpec {
  const k = rowCount(shape);
  return { sense: new Array<RowSense>(k).fill('le'), rhs: new Float64Array(k), extra: 1, extraA: new Float64Array(k), extraCost: new Float64Array(1) };
}

/**
 * The LP for unit o, written into `into` (or a new spec). The unit's own data come from `point`
 * when given (a unit evaluated against another reference set, as in the bootstrap); otherwise
 * from the reference data themselves.
 */
export function efficiencySpec(shape: ModelShape, o: number, point?: Pick<DeaData, 'x' | 'y'>, into: LpSpec = newSpec(shape)): LpSpec {
  const { data, orientation, fixedIn, fixedOut } = shape;
  const { m, s } = data;
  const { x, y } = point ?? data;
  const { sense, rhs, extraA } = into;
  rhs.fill(0);
  extraA.fill(0);
  for (let i = 0; i < m; i++) {
    sense[i] = 'le';
    const xo = x[o * m + i];
    if (orientation === 'in' && !fixedIn[i]) extraA[i] = -xo;
    else rhs[i] = xo;
  }
  for (let r = 0; r < s; r++) {
    sense[m + r] = 'ge';
    const yo = y[o * s + r];
    if (orientation === 'out' && !fixedOut[r]) extraA[m + r] = -yo;
    else rhs[m + r] = yo;
  }
  convexity(shape, sense, rhs);
  // θ is minimised; φ is maximised, i.e. −φ minimised.
  into.extraCost[0] = orientation === 'in' ? 1 : -1;
  return into;
}

/**
 * Cost of each row's slack in the slack phase: −mean/largest mean for discretionary inputs and
 * outputs (so the LP maximises the unweighted sum of slacks), 0 for fixed variables and the
 * convexity row.
 */
export function slackCosts(shape: ModelShape): Float64Array {
  const { data, fixedIn, fixedOut } = shape;
  const costs = new Float64Array(rowCount(shape));
  let largest = 0;
  for (let i = 0; i < data.m; i++) if (!fixedIn[i]) largest = Math.max(largest, data.xScale[i]);
  for (let r = 0; r < data.s; r++) if (!fixedOut[r]) largest = Math.max(largest, data.yScale[r]);
  if (largest === 0) return costs;
  for (let i = 0; i < data.m; i++) costs[i] = fixedIn[i] ? 0 : -data.xScale[i] / largest;
  for (let r = 0; r < data.s; r++) costs[data.m + r] = fixedOut[r] ? 0 : -data.yScale[r] / largest;
  return costs;
}
