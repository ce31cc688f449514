// Frontier first: the frame of the technology, i.e. a small set of units that generates the same
// technology as all units together. Every LP can then price only the frame to prove optimality,
// instead of every unit, and θ stays exactly the full LP's (see docs/decisions.md, "DEA frontier
// first"). The idea is Dulá's BuildHull and Khezrimotlagh et al. (2019): find the extreme
// efficient units first, then score every unit against them.
//
// Why it is exact: the technology of a set S (CRS, VRS, DRS or IRS, with free disposal) contains
// every point of S; if every unit lies in the technology of F ⊆ S, the technologies of F and S
// are the same set, so every envelopment LP (any orientation, fixed variables, slack phase) has the
// same optimum over F as over S.
//
// How it is found, in two passes over the units:
//  1. Sift. Units are taken best-looking first. A unit whose input-oriented score against the frame
//     so far (plus itself) falls below 1 lies strictly inside the frame's technology: as soon as
//     any feasible basis shows θ < 1, the LP stops (no optimality proof needed). Every other unit
//     joins the frame. The frame only grows, so a unit shown inside stays inside.
//  2. Prune. A frame unit that the rest of the frame reaches (super-efficiency θ ≤ 1) is not
//     needed and is removed; what it reached, the rest reaches too. What remains is the set of
//     extreme efficient units (up to ties), a few percent of all units on realistic data.
import type { DeaData } from './data';
import { efficiencySpec, newSpec, type ModelShape } from './model';
import type { DeaSimplex } from './simplex';
import type { LpRts } from './model';
import { Neighbours } from './neighbours';
import type { UnitSet } from './unitSet';

/** θ below 1 − this shows a unit strictly inside; units nearer 1 simply join the frame (safe). */
const SIFT_TOL = 1e-9;
/**
 * A frame unit is dropped when the others reach it with θ ≤ 1 + this. Dropping a unit the others
 * miss by η moves no score by more than about η, far inside the 1e-9 the engine promises.
 */
const PRUNE_TOL = 1e-12;

export interface Frame {
  units: UnitSet;
  /**
   * For each unit, up to `hintWidth` frame units that reached it in the sift (−1 = none): good
   * first columns for its own LP later.
   */
  hints: Int32Array;
  hintWidth: number;
  /** Units seen as peers together so far, for partial pricing. */
  neighbours: Neighbours;
  /**
   * Where each unit's sift stopped (a feasible basis with θ < 1, `k` variable ids per unit; first
   * id −1 when there is none): the scoring LP of an input-oriented model without fixed inputs is
   * the same LP, so it starts there instead of from scratch.
   */
  bases: Int32Array;
}

export function buildFrame(data: DeaData, rts: LpRts, simplex: DeaSimplex, order: readonly number[]): Frame {
  const shape: ModelShape = { data, rts, orientation: 'in', fixedIn: new Uint8Array(data.m), fixedOut: new Uint8Array(data.s) };
  const units = simplex.newUnitSet();
  const spec = newSpec(shape);
  const hintWidth = simplex.k;
  const hints = new Int32Array(data.n * hintWidth).fill(-1);
  const neighbours = new Neighbours(data.n);
  const k = simplex.k;
  const bases = new Int32Array(data.n * k).fill(-1);
  let seed: number[] = [];
  for (const o of order) {
    const outcome = simplex.solve(efficiencySpec(shape, o, undefined, spec), {
      unit: o, superEfficiency: false, seed, pool: [], full: false, universe: units, stopBelow: 1 - SIFT_TOL, neighbours,
    });
    const inside = outcome.status === 'stopped' || (outcome.status === 'optimal' && outcome.value < 1 - SIFT_TOL);
    if (!inside) {
      units.add(o);
      continue;
    }
    simplex.copyBasis(bases.subarray(o * k, o * k + k));
    seed = [];
    for (const j of outcome.lambdas.keys()) {
      if (j === o || seed.length === hintWidth) continue;
      hints[o * hintWidth + seed.length] = j;
      seed.push(j);
    }
    neighbours.link(seed);
  }
  // Prune the units that joined last first: they are the likeliest to be reached by the others.
  for (const f of units.members().reverse()) {
    const outcome = simplex.solve(efficiencySpec(shape, f, undefined, spec), {
      unit: f, superEfficiency: true, seed: [], pool: [], full: false, universe: units, stopBelow: 1 + PRUNE_TOL,
    });
    if (outcome.status === 'stopped' || (outcome.status === 'optimal' && outcome.value <= 1 + PRUNE_TOL)) units.remove(f);
  }
  return { units, hints, hintWidth, neighbours, bases };
}

/** The sift's hints for unit o that are still in the frame. */
export function hintsFor(frame: Frame, o: number): number[] {
  const out: number[] = [];
  for (let h = 0; h < frame.hintWidth; h++) {
    const j = frame.hints[o * frame.hintWidth + h];
    if (j >= 0 && frame.units.has(j)) out.push(j);
  }
  return out;
}

/**
 * The order to score units in: frame units first, then the others grouped by the frame units that
 * reached them in the sift. Neighbours in this order tend to project onto the same facet, so each
 * LP can start from the last one's optimal basis. Only speed depends on the order.
 */
export function scoringOrder(frame: Frame, order: readonly number[]): number[] {
  const { hints, hintWidth: w } = frame;
  const key = (o: number, h: number): number => hints[o * w + h];
  return [...order].sort((a, b) => {
    for (let h = 0; h < w; h++) {
      const d = key(a, h) - key(b, h);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/** The basis where unit o's sift stopped, or undefined. */
export function siftBasis(frame: Frame, o: number, k: number): Int32Array | undefined {
  return frame.bases[o * k] < 0 ? undefined : frame.bases.subarray(o * k, o * k + k);
}
