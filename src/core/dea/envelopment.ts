// One unit through the LP technologies (crs, vrs, drs, irs): the radial phase, then the slack
// phase, with λ taken from the last phase solved. The LPs price the frame of the frontier
// (frame.ts) to prove optimality, or every unit where the frame does not apply.
import type { UnitSolution } from './fdh';
import { hintsFor, siftBasis, type Frame } from './frame';
import { efficiencySpec, type ModelShape } from './model';
import type { DeaSimplex, LpSpec, LpStatus } from './simplex';
import type { Neighbours } from './neighbours';
import type { DeaReasonCode } from './types';
import type { UnitSet } from './unitSet';

export interface EnvelopmentContext {
  shape: ModelShape;
  simplex: DeaSimplex;
  superEfficiency: boolean;
  /** Report slacks; without it the slack phase still runs for units scoring 1, to tell strong from weak. */
  slack: boolean;
  /** Every unit active in every LP (the plain full LP, for verification); no frame. */
  full: boolean;
  frame?: Frame;
  /** Peers of the unit solved last; neighbours in the solving order tend to share peers. */
  lastPeers: number[];
  /** Reused for every unit's LP (see newSpec), and the slack phase's costs, fixed per run. */
  spec: LpSpec;
  slackCosts: Float64Array;
}

/** θ or φ this close to 1 is reported as exactly 1. */
const ONE_TOL = 1e-9;
/** A slack sum (scaled units, each variable O(1)) up to this counts as no slack. */
const SLACK_TOL = 1e-9;

/**
 * Which units an LP for o must price to prove optimality. Without super-efficiency the frame
 * generates the technology. Under super-efficiency o is left out of its own reference set: if o is
 * not in the frame the frame still generates what is left; if it is, units the frame made
 * redundant may be needed again, so every unit is priced (the frame first).
 */
function universeFor(ctx: EnvelopmentContext, o: number): { universe?: UnitSet; pool: readonly number[]; neighbours?: Neighbours } {
  const frame = ctx.frame;
  if (!frame) return { pool: [] };
  if (ctx.superEfficiency && frame.units.has(o)) return { pool: frame.units.members(), neighbours: frame.neighbours };
  return { universe: frame.units, pool: [], neighbours: frame.neighbours };
}

/** The sift solves the input-oriented LP with every input discretionary: is that this model's LP? */
function sameAsSift(ctx: EnvelopmentContext): boolean {
  return !ctx.superEfficiency && ctx.shape.orientation === 'in' && !ctx.shape.fixedIn.some((f) => f === 1);
}

export function solveEnvelopmentUnit(ctx: EnvelopmentContext, o: number): UnitSolution {
  const { simplex } = ctx;
  const pivotsBefore = simplex.pivots;
  const seed = ctx.frame ? [...hintsFor(ctx.frame, o), ...ctx.lastPeers] : ctx.lastPeers;
  const radial = simplex.solve(efficiencySpec(ctx.shape, o, undefined, ctx.spec), {
    unit: o,
    superEfficiency: ctx.superEfficiency,
    seed,
    full: ctx.full,
    warm: !ctx.full,
    ...(ctx.frame && sameAsSift(ctx) ? { warmFrom: siftBasis(ctx.frame, o, simplex.k) } : {}),
    ...universeFor(ctx, o),
  });
  let lpSolves = 1;
  const failure = failureReason(radial.status, ctx.superEfficiency);
  if (failure) {
    return {
      status: 'infeasible', reason: failure, efficiency: NaN, lambdas: new Map(), frontier: null,
      lpSolves, pivots: simplex.pivots - pivotsBefore,
    };
  }

  let efficiency = radial.value;
  if (Math.abs(efficiency - 1) <= ONE_TOL) efficiency = 1;
  const onFrontier = !ctx.superEfficiency && efficiency === 1;
  let lambdas = radial.lambdas;
  let slackLambdas: Map<number, number> | undefined;
  let slackSum = 0;
  if (ctx.slack || onFrontier) {
    const second = simplex.maximiseSlacks(ctx.slackCosts);
    lpSolves++;
    // Should the slack phase fail numerically, the radial λ still give a valid (if not
    // slack-maximal) projection, so keep them rather than losing the unit.
    if (second.status === 'optimal') {
      slackLambdas = second.lambdas;
      slackSum = second.slackSum;
    }
  }
  if (ctx.slack && slackLambdas) lambdas = slackLambdas;

  let frontier: UnitSolution['frontier'] = ctx.superEfficiency ? null : 'below';
  if (onFrontier) {
    frontier = !slackLambdas ? 'undetermined' : slackSum <= SLACK_TOL ? 'strong' : 'weak';
    // A unit scoring 1 with no slack is on the frontier: being its own (and only) peer is then an
    // optimal solution, and it is what a user expects to read. A weakly efficient unit gets the
    // peers of the slack phase, which show where it could still do better.
    if (frontier === 'strong') lambdas = new Map([[o, 1]]);
    else if (frontier === 'weak' && slackLambdas) lambdas = slackLambdas;
  }

  ctx.lastPeers = [...lambdas.keys()].filter((j) => j !== o);
  ctx.frame?.neighbours.link(ctx.lastPeers);
  return { status: 'ok', efficiency, lambdas, frontier, lpSolves, pivots: simplex.pivots - pivotsBefore };
}

function failureReason(status: LpStatus, superEfficiency: boolean): DeaReasonCode | undefined {
  switch (status) {
    case 'optimal':
      return undefined;
    case 'infeasible':
      return superEfficiency ? 'superInfeasible' : 'numerical';
    case 'unbounded':
      return 'unbounded';
    default:
      return 'numerical';
  }
}
