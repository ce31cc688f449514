// One unit through the LP technologies (crs, vrs, drs, irs): the radial phase, then optionally
// the slack phase, with λ taken from the last phase solved.
import type { UnitSolution } from './fdh';
import { efficiencySpec, slackCosts, type ModelShape } from './model';
import type { DeaSimplex, LpStatus } from './simplex';
import type { DeaReasonCode } from './types';

/** Units that have carried λ > 0 so far: the columns every LP starts with. */
export class CandidatePool {
  readonly members: number[] = [];
  private readonly flags: Uint8Array;
  constructor(n: number) {
    this.flags = new Uint8Array(n);
  }
  add(j: number): void {
    if (this.flags[j]) return;
    this.flags[j] = 1;
    this.members.push(j);
  }
}

export interface EnvelopmentContext {
  shape: ModelShape;
  simplex: DeaSimplex;
  pool: CandidatePool;
  superEfficiency: boolean;
  slack: boolean;
  full: boolean;
  /** Peers of the unit solved last; neighbours in the solving order tend to share peers. */
  lastPeers: number[];
}

/** θ or φ this close to 1 is reported as exactly 1. */
const ONE_TOL = 1e-9;
/** A slack sum (scaled units) up to this counts as no slack. */
const SLACK_TOL = 1e-9;

export function solveEnvelopmentUnit(ctx: EnvelopmentContext, o: number): UnitSolution {
  const { simplex } = ctx;
  const pivotsBefore = simplex.pivots;
  const radial = simplex.solve(efficiencySpec(ctx.shape, o), {
    unit: o,
    superEfficiency: ctx.superEfficiency,
    seed: ctx.lastPeers,
    pool: ctx.pool.members,
    full: ctx.full,
  });
  let lpSolves = 1;
  const failure = failureReason(radial.status, ctx.superEfficiency);
  if (failure) {
    return {
      status: 'infeasible', reason: failure, efficiency: NaN, lambdas: new Map(),
      lpSolves, pivots: simplex.pivots - pivotsBefore,
    };
  }

  let efficiency = radial.value;
  if (Math.abs(efficiency - 1) <= ONE_TOL) efficiency = 1;
  let lambdas = radial.lambdas;
  let slackSum = 0;
  if (ctx.slack) {
    const second = simplex.maximiseSlacks(slackCosts(ctx.shape));
    lpSolves++;
    // Should the slack phase fail numerically, the radial λ still give a valid (if not
    // slack-maximal) projection, so keep them rather than losing the unit.
    if (second.status === 'optimal') {
      lambdas = second.lambdas;
      slackSum = second.slackSum;
    }
  }

  // A unit scoring 1 with no slack is on the frontier: being its own (and only) peer is then an
  // optimal solution, and it is what a user expects to read.
  if (!ctx.superEfficiency && efficiency === 1 && slackSum <= SLACK_TOL) lambdas = new Map([[o, 1]]);

  for (const j of lambdas.keys()) ctx.pool.add(j);
  ctx.lastPeers = [...lambdas.keys()];
  return { status: 'ok', efficiency, lambdas, lpSolves, pivots: simplex.pivots - pivotsBefore };
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
