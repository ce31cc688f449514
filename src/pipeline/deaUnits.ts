// Each institution's DEA outcome as the report and the CLI read it: score and rank, light,
// learning partners with their shares, targets, potentials, and the bootstrap interval with
// whether the gap to the main learning partner is sure.
import type { DeaPotentials, DeaResult, DeaUnitResult } from '../core/dea';
import type { DeaBootstrapResult } from '../core/dea/bootstrap';
import type { InputUnit, ParseResult } from '../core/parse/types';
import { EFFICIENT_SCORE, scoreInterval, type DeaPeer, type DeaUnitOutcome } from '../report/deaTypes';

export interface UnitOutcomeInput {
  parse: ParseResult;
  primary: DeaResult;
  /** Super-efficiency of the same units (the primary run itself when that is super-efficiency). */
  ranking: DeaResult;
  outputRun?: DeaResult;
  potentials?: DeaPotentials;
  bootstrap?: DeaBootstrapResult;
  medianScore: number | null;
}

export function unitOutcomes(input: UnitOutcomeInput): DeaUnitOutcome[] {
  const { parse, primary, ranking, outputRun, potentials, bootstrap, medianScore } = input;
  const units = parse.units;
  const gaps = outputRun ? outputRunGaps(outputRun) : undefined;
  const ranks = ranksOf(primary, ranking);
  const outcomes = primary.units.map((u, j): DeaUnitOutcome => {
    const unit = units[j];
    // Under super-efficiency as the model, a unit no other unit reaches is measured all the same:
    // it is the best there is, only its score is not defined.
    const unreachable = primary.superEfficiency && u.reason?.code === 'superInfeasible';
    const ok = (u.status === 'ok' && u.score !== null) || unreachable;
    const potential = potentials?.units[j];
    const superUnit = ranking.units[j];
    const interval = bootstrap?.units[j];
    return {
      id: unit.id,
      name: unit.name,
      address: unit.source.address,
      status: ok ? 'ok' : 'excluded',
      ...(u.reason && !unreachable ? { reason: u.reason.code } : {}),
      efficiency: ok ? u.efficiency : null,
      score: ok ? u.score : null,
      frontier: ok ? u.frontier : null,
      superScore: ok && superUnit.status === 'ok' ? superUnit.score : null,
      superStatus: !ok ? null : superUnit.status === 'ok' ? 'ok' : superUnit.reason?.code === 'superInfeasible' ? 'undefined' : null,
      rank: ok ? ranks[j] : null,
      light: ok ? lightFor(u.score ?? Number.POSITIVE_INFINITY, medianScore) : null,
      inputs: u.inputs,
      outputs: u.outputs,
      targetInputs: u.targetInputs,
      targetOutputs: u.targetOutputs,
      inputSlacks: u.inputSlacks,
      outputSlacks: u.outputSlacks,
      peers: ok ? peersOf(u, units) : [],
      cost: Number.isFinite(unit.cost) ? unit.cost : null,
      activity: unit.activity ?? null,
      quality: { ...unit.quality },
      radialSaving: potential?.radialSaving ?? null,
      slackAdjustedSaving: potential?.slackAdjustedSaving ?? null,
      targetCost: potential?.targetCost ?? null,
      outputGaps: gaps?.[j] ?? null,
      interval:
        ok && interval && interval.biasCorrected !== null && interval.ciLow !== null && interval.ciHigh !== null && interval.bias !== null
          ? { biasCorrected: interval.biasCorrected, bias: interval.bias, low: interval.ciLow, high: interval.ciHigh }
          : null,
      surePartner: null,
    };
  });
  markSureDifferences(outcomes, primary.orientation);
  return outcomes;
}

function outputRunGaps(run: DeaResult): (number[] | null)[] {
  return run.units.map((u) => (u.status === 'ok' && u.targetOutputs ? u.targetOutputs.map((t, r) => Math.max(0, t - u.outputs[r])) : null));
}

function lightFor(score: number, medianScore: number | null): 'green' | 'yellow' | 'red' {
  if (score >= EFFICIENT_SCORE) return 'green';
  return medianScore !== null && score >= medianScore ? 'yellow' : 'red';
}

/**
 * 1 = best; ties share a rank. Efficient units all score 1, so super-efficiency tells them apart;
 * a unit no other combination can reach ranks first. Sorted once, so 100,000 units rank quickly.
 */
function ranksOf(primary: DeaResult, ranking: DeaResult): (number | null)[] {
  const keys = primary.units.map((u, j) => rankKey(u, ranking.units[j]));
  const order = keys.flatMap((k, j) => (k === null ? [] : [j])).sort((a, b) => (keys[b] as number) - (keys[a] as number));
  const ranks: (number | null)[] = keys.map(() => null);
  let better = 0;
  order.forEach((j, position) => {
    // Ties (within 1e-12) share the rank of the first of them.
    if (position > 0 && (keys[order[position - 1]] as number) > (keys[j] as number) + 1e-12) better = position;
    ranks[j] = 1 + better;
  });
  return ranks;
}

function rankKey(unit: DeaUnitResult, superUnit: DeaUnitResult): number | null {
  if (superUnit === unit && unit.reason?.code === 'superInfeasible') return Number.POSITIVE_INFINITY;
  if (unit.status !== 'ok' || unit.score === null) return null;
  if (superUnit.status === 'ok' && superUnit.score !== null) return superUnit.score;
  return unit.score >= EFFICIENT_SCORE ? Number.POSITIVE_INFINITY : unit.score;
}

function peersOf(unit: DeaUnitResult, units: InputUnit[]): DeaPeer[] {
  const total = unit.lambdaSum > 0 ? unit.lambdaSum : 1;
  return unit.peers
    .map((j, q) => ({ id: units[j].id, name: units[j].name, lambda: unit.lambdas[q], share: unit.lambdas[q] / total }))
    .sort((a, b) => b.lambda - a.lambda);
}

/**
 * With a bootstrap, the gap between a unit below the frontier and its main learning partner (the
 * largest share) is sure when the unit's 95 % interval lies wholly below the partner's.
 */
function markSureDifferences(outcomes: DeaUnitOutcome[], orientation: DeaResult['orientation']): void {
  const byId = new Map(outcomes.map((u) => [u.id, u]));
  for (const unit of outcomes) {
    const partner = unit.peers[0] ? byId.get(unit.peers[0].id) : undefined;
    if (!unit.interval || !partner?.interval || unit.frontier !== 'below' || partner.id === unit.id) continue;
    unit.surePartner = scoreInterval(unit.interval, orientation).high < scoreInterval(partner.interval, orientation).low;
  }
}
