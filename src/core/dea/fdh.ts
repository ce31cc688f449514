// Free disposal hull: the reference set is the units themselves (λ binary, Σλ = 1), so a unit's
// efficiency is the best it could do by copying one other unit. No LP is needed: enumerate the
// units that produce at least as much (input orientation) or use at most as much (output
// orientation) and take the best radial ratio.
import type { DeaData } from './data';
import type { Orientation, DeaReasonCode } from './types';

/** What one unit's solve yields, before it is turned into a result in the caller's units. */
export interface UnitSolution {
  status: 'ok' | 'infeasible';
  reason?: DeaReasonCode;
  efficiency: number;
  /** Peer index → λ, only λ > 0. */
  lambdas: Map<number, number>;
  /**
   * Units scoring 1: 'strong' with no slack left (its own peer), 'weak' when a peer still uses
   * less or makes more of something, 'undetermined' if that check failed. 'below' under 1; null
   * under super-efficiency or when not ok.
   */
  frontier: 'strong' | 'weak' | 'undetermined' | 'below' | null;
  lpSolves: number;
  pivots: number;
}

interface FdhShape {
  data: DeaData;
  orientation: Orientation;
  fixedIn: Uint8Array;
  fixedOut: Uint8Array;
  superEfficiency: boolean;
}

const TIE = 1e-12;

export function solveFdhUnit(shape: FdhShape, o: number): UnitSolution {
  const { data, orientation } = shape;
  const { n } = data;
  if (orientation === 'out' && !hasScalableOutput(shape, o)) {
    return { status: 'infeasible', reason: 'unbounded', efficiency: NaN, lambdas: new Map(), frontier: null, lpSolves: 0, pivots: 0 };
  }
  let bestJ = -1;
  let bestEff = NaN;
  let bestSlack = -Infinity;
  for (let j = 0; j < n; j++) {
    if (!data.valid[j] || (shape.superEfficiency && j === o)) continue;
    const eff = orientation === 'in' ? inputRatio(shape, o, j) : outputRatio(shape, o, j);
    if (Number.isNaN(eff)) continue;
    const improves = bestJ < 0 || (orientation === 'in' ? eff < bestEff - TIE : eff > bestEff + TIE);
    const ties = !improves && Math.abs(eff - bestEff) <= TIE;
    if (!improves && !ties) continue;
    const slackSum = slackSumFor(shape, o, j, eff);
    // Among equally good peers: most slack (so a unit scoring 1 that another unit dominates gets
    // that unit, not itself), then the unit itself, then the lowest index.
    if (improves || slackSum > bestSlack + TIE || (Math.abs(slackSum - bestSlack) <= TIE && j === o)) {
      bestJ = j;
      bestEff = eff;
      bestSlack = slackSum;
    }
  }
  if (bestJ < 0) {
    return { status: 'infeasible', reason: 'superInfeasible', efficiency: NaN, lambdas: new Map(), frontier: null, lpSolves: 0, pivots: 0 };
  }
  let frontier: UnitSolution['frontier'] = shape.superEfficiency ? null : 'below';
  if (!shape.superEfficiency && Math.abs(bestEff - 1) <= TIE) frontier = bestSlack > slackTolerance(shape) ? 'weak' : 'strong';
  return { status: 'ok', efficiency: bestEff, lambdas: new Map([[bestJ, 1]]), frontier, lpSolves: 0, pivots: 0 };
}

/** Smallest θ with x_j ≤ θ x_o, or NaN when j does not produce enough or uses more fixed input. */
function inputRatio(shape: FdhShape, o: number, j: number): number {
  const { m, s, x, y } = shape.data;
  for (let r = 0; r < s; r++) if (y[j * s + r] < y[o * s + r]) return NaN;
  let theta = 0;
  for (let i = 0; i < m; i++) {
    const xj = x[j * m + i];
    const xo = x[o * m + i];
    if (shape.fixedIn[i]) {
      if (xj > xo) return NaN;
    } else theta = Math.max(theta, xj / xo);
  }
  return theta;
}

/** Largest φ with y_j ≥ φ y_o, or NaN when j uses more input or produces less fixed output. */
function outputRatio(shape: FdhShape, o: number, j: number): number {
  const { m, s, x, y } = shape.data;
  for (let i = 0; i < m; i++) if (x[j * m + i] > x[o * m + i]) return NaN;
  let phi = Infinity;
  for (let r = 0; r < s; r++) {
    const yj = y[j * s + r];
    const yo = y[o * s + r];
    if (shape.fixedOut[r]) {
      if (yj < yo) return NaN;
    } else if (yo > 0) phi = Math.min(phi, yj / yo);
  }
  return phi;
}

function hasScalableOutput(shape: FdhShape, o: number): boolean {
  const { s, y } = shape.data;
  for (let r = 0; r < s; r++) if (!shape.fixedOut[r] && y[o * s + r] > 0) return true;
  return false;
}

/** Unweighted sum of discretionary slacks (the caller's units) when o is projected onto peer j. */
function slackSumFor(shape: FdhShape, o: number, j: number, eff: number): number {
  const { m, s, x, y, xScale, yScale } = shape.data;
  const inputOriented = shape.orientation === 'in';
  let sum = 0;
  for (let i = 0; i < m; i++) {
    if (shape.fixedIn[i]) continue;
    const limit = inputOriented ? eff * x[o * m + i] : x[o * m + i];
    sum += (limit - x[j * m + i]) * xScale[i];
  }
  for (let r = 0; r < s; r++) {
    if (shape.fixedOut[r]) continue;
    const level = inputOriented ? y[o * s + r] : eff * y[o * s + r];
    sum += (y[j * s + r] - level) * yScale[r];
  }
  return sum;
}

/** Slack sums are in the caller's units: "no slack" is relative to the size of the variables. */
function slackTolerance(shape: FdhShape): number {
  const { m, s, xScale, yScale } = shape.data;
  let total = 0;
  for (let i = 0; i < m; i++) if (!shape.fixedIn[i]) total += xScale[i];
  for (let r = 0; r < s; r++) if (!shape.fixedOut[r]) total += yScale[r];
  return 1e-9 * total;
}
