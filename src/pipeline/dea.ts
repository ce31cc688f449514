// DEA on the user's institutions: choose the columns, run the engine (the chosen model with slacks,
// super-efficiency for ranking the efficient units, and an output-oriented run for how much more
// quality the same money could buy), and shape the answer per unit for the report.
import { median } from '../core/stats';
import type { AreaSpec } from '../core/benchmark/types';
import { dea, deaPotentials, deaReasonKey, type DeaInput, type DeaResult, type DeaUnitResult, type Orientation } from '../core/dea';
import type { InputUnit, ParseResult } from '../core/parse/types';
import type { Lang, Problem } from '../core/types';
import { t } from '../i18n';
import { EFFICIENT_SCORE, type DeaPeer, type DeaRts, type DeaRunResult, type DeaUnitOutcome } from '../report/deaTypes';
import { cellOf, chooseVariables, valueOf, type ResolvedVariable } from './deaVariables';
import { uninformativeColumns } from './deaColumns';
import { pipelineProblem, tableAddress } from './problems';

export interface DeaRunOptions {
  /** Column keys, roles or headers; default the cost column. */
  inputs?: string[];
  /** Column keys, roles or headers; default activity plus every quality column. */
  outputs?: string[];
  rts?: DeaRts;
  orientation?: Orientation;
  /** Columns among the inputs/outputs that the institution cannot change (non-discretionary). */
  fixed?: string[];
  /** Labels for the sheet; an institution run's own area spec. */
  area?: AreaSpec;
  lang?: Lang;
  /**
   * The engine's answers to `planDea`'s jobs, solved elsewhere (the task pane solves them in a Web
   * Worker). Without them the engine runs here, synchronously.
   */
  solved?: DeaSolutions;
}

export type DeaRun = { ok: true; result: DeaRunResult } | { ok: false; problems: Problem[] };

/** The engine runs one DEA needs: the chosen model, super-efficiency for ranking, and (input
 * orientation with an output that may grow) an output-oriented run for the quality gaps. */
export interface DeaJobs {
  primary: DeaInput;
  ranking: DeaInput;
  output?: DeaInput;
}

export interface DeaSolutions {
  primary: DeaResult;
  ranking: DeaResult;
  output?: DeaResult;
}

export type DeaPlan =
  | { ok: true; jobs: DeaJobs; inputs: ResolvedVariable[]; outputs: ResolvedVariable[]; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** The engine inputs for a DEA of these institutions, or the problems that stop it. Pure and quick. */
export function planDea(parse: ParseResult, options: DeaRunOptions): DeaPlan {
  const lang = options.lang ?? 'da';
  const at = tableAddress(parse);
  if (parse.shape !== 'institution') {
    return { ok: false, problems: [pipelineProblem('pipeline.dea.needsInstitutions', 'error', {}, lang, at)] };
  }
  const rts = options.rts ?? 'vrs';
  const orientation = options.orientation ?? 'in';
  const choice = chooseVariables(parse, options, lang);
  const problems = [...choice.problems];
  const { inputs, outputs } = choice;
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const fixedInputs = indicesOf(inputs, (v) => v.fixed);
  const fixedOutputs = indicesOf(outputs, (v) => v.fixed);
  if ((orientation === 'in' && fixedInputs.length === inputs.length) || (orientation === 'out' && fixedOutputs.length === outputs.length)) {
    return { ok: false, problems: [...problems, pipelineProblem(`pipeline.dea.allFixed.${orientation}`, 'error', {}, lang, at)] };
  }
  const units = parse.units;
  const X = units.map((u) => inputs.map((v) => valueOf(u, v)));
  const Y = units.map((u) => outputs.map((v) => valueOf(u, v)));
  problems.push(...uninformativeColumns(parse, [...inputs, ...outputs], (v) => units.map((u) => valueOf(u, v)), lang));
  const base = { X, Y, rts, fixedInputs, fixedOutputs, ids: units.map((u) => u.id) };
  const canExpandOutputs = fixedOutputs.length < outputs.length;
  const jobs: DeaJobs = {
    primary: { ...base, orientation, slack: true },
    ranking: { ...base, orientation, superEfficiency: true },
    ...(orientation === 'in' && canExpandOutputs ? { output: { ...base, orientation: 'out' as const, slack: true } } : {}),
  };
  return { ok: true, jobs, inputs, outputs, problems };
}

/** Solved answers must belong to these jobs: same units, same model. */
function checkSolved(jobs: DeaJobs, solved: DeaSolutions): void {
  const fits = (job: DeaInput, result: DeaResult | undefined) =>
    result !== undefined && result.units.length === job.X.length && result.rts === job.rts && result.orientation === job.orientation;
  if (!fits(jobs.primary, solved.primary) || !fits(jobs.ranking, solved.ranking) || (jobs.output && !fits(jobs.output, solved.output))) {
    throw new Error('DEA: the solved results do not match the planned runs');
  }
}

/** Rule of thumb (Cooper, Seiford & Tone): with fewer units than this most units look efficient. */
export function enoughUnits(inputs: number, outputs: number): number {
  return Math.max(inputs * outputs, 3 * (inputs + outputs));
}

export function runDea(parse: ParseResult, options: DeaRunOptions): DeaRun {
  const lang = options.lang ?? 'da';
  const at = tableAddress(parse);
  const plan = planDea(parse, options);
  if (!plan.ok) return plan;
  const { jobs, inputs, outputs } = plan;
  const problems = [...plan.problems];
  const rts = options.rts ?? 'vrs';
  const orientation = options.orientation ?? 'in';
  if (options.solved) checkSolved(jobs, options.solved);
  const primary = options.solved?.primary ?? dea(jobs.primary);
  const units = parse.units;
  const measured = primary.units.filter((u) => u.status === 'ok');
  if (measured.length < 2) {
    return { ok: false, problems: [...problems, ...exclusionProblems(parse, primary, inputs, outputs, lang), pipelineProblem('pipeline.dea.tooFewUnits', 'error', { count: measured.length }, lang, at)] };
  }
  const ranking = options.solved?.ranking ?? dea(jobs.ranking);
  const outputRun = orientation === 'out' ? primary : jobs.output ? (options.solved?.output ?? dea(jobs.output)) : undefined;

  problems.push(...exclusionProblems(parse, primary, inputs, outputs, lang));
  const needed = enoughUnits(inputs.length, outputs.length);
  if (measured.length < needed) {
    problems.push(pipelineProblem('pipeline.dea.fewUnits', 'warning', { count: measured.length, variables: inputs.length + outputs.length, needed }, lang, at));
  }

  const costIndex = inputs.findIndex((v) => v.role === 'cost');
  const potentials = costIndex >= 0 && orientation === 'in' ? deaPotentials(primary, costIndex) : undefined;
  const gaps = outputRun ? deaPotentials(outputRun, 0).units : undefined;
  // The yellow/red boundary is the median of the units below the frontier: with few units many sit
  // on the frontier, and a median over all of them would be 100 % and paint every other unit red.
  const belowFrontier = measured.map((u) => u.score as number).filter((score) => score < EFFICIENT_SCORE);
  const medianScore = belowFrontier.length > 0 ? median(belowFrontier) : null;
  const rankKeys = primary.units.map((u, j) => rankKey(u, ranking.units[j]));

  const outcomes = primary.units.map((u, j): DeaUnitOutcome => {
    const unit = units[j];
    const ok = u.status === 'ok' && u.score !== null;
    const potential = potentials?.units[j];
    const superScore = ranking.units[j].status === 'ok' ? ranking.units[j].score : null;
    return {
      id: unit.id,
      name: unit.name,
      address: unit.source.address,
      status: ok ? 'ok' : 'excluded',
      ...(u.reason ? { reason: u.reason.code } : {}),
      score: ok ? u.score : null,
      superScore: ok ? superScore : null,
      rank: ok ? 1 + rankKeys.filter((k, i) => i !== j && k !== null && k > (rankKeys[j] as number) + 1e-12).length : null,
      light: ok ? lightFor(u.score as number, medianScore) : null,
      inputs: u.inputs,
      outputs: u.outputs,
      targetInputs: u.targetInputs,
      targetOutputs: u.targetOutputs,
      peers: ok ? peersOf(u, units) : [],
      cost: unit.cost,
      activity: unit.activity ?? null,
      quality: { ...unit.quality },
      radialSaving: potential?.radialSaving ?? null,
      slackAdjustedSaving: potential?.slackAdjustedSaving ?? null,
      targetCost: potential?.targetCost ?? null,
      outputGaps: gaps?.[j].outputGaps ?? null,
    };
  });

  return {
    ok: true,
    result: {
      area: areaLabels(options.area, parse, lang),
      settings: { rts, orientation, slack: true, superEfficiency: 'ranking' },
      inputs: inputs.map(stripColumn),
      outputs: outputs.map(stripColumn),
      costInputIndex: costIndex >= 0 ? costIndex : null,
      qualityColumns: parse.columns.filter((c) => c.role === 'quality' && c.key).map((c) => ({ key: c.key as string, header: c.header })),
      activityHeader: parse.columns.find((c) => c.role === 'activity')?.header ?? null,
      units: outcomes,
      medianScore,
      efficientCount: measured.filter((u) => (u.score as number) >= EFFICIENT_SCORE).length,
      measuredCount: measured.length,
      totalRadialSaving: potentials?.totalRadialSaving ?? null,
      totalSlackAdjustedSaving: potentials?.totalSlackAdjustedSaving ?? null,
      problems,
    },
  };
}

function indicesOf<T>(items: T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (test(item) ? [i] : []));
}

function stripColumn({ key, header, role, fixed }: ResolvedVariable) {
  return { key, header, role, fixed };
}

function lightFor(score: number, medianScore: number | null): 'green' | 'yellow' | 'red' {
  if (score >= EFFICIENT_SCORE) return 'green';
  return medianScore !== null && score >= medianScore ? 'yellow' : 'red';
}

/**
 * Efficient units all score 1; super-efficiency tells them apart. A unit no other combination can
 * reach ranks first (its super-efficiency is unbounded).
 */
function rankKey(unit: DeaUnitResult, superUnit: DeaUnitResult): number | null {
  if (unit.status !== 'ok' || unit.score === null) return null;
  if (superUnit.status === 'ok' && superUnit.score !== null) return superUnit.score;
  return unit.score >= EFFICIENT_SCORE ? Number.POSITIVE_INFINITY : unit.score;
}

function peersOf(unit: DeaUnitResult, units: InputUnit[]): DeaPeer[] {
  const total = unit.lambdaSum > 0 ? unit.lambdaSum : 1;
  return unit.peers
    .map((j) => ({ id: units[j].id, name: units[j].name, lambda: unit.lambdas[j], share: unit.lambdas[j] / total }))
    .sort((a, b) => b.lambda - a.lambda);
}

function exclusionProblems(parse: ParseResult, result: DeaResult, inputs: ResolvedVariable[], outputs: ResolvedVariable[], lang: Lang): Problem[] {
  return result.units.flatMap((u) => {
    if (u.status === 'ok' || !u.reason) return [];
    const unit = parse.units[u.index];
    const variable = u.reason.column === undefined ? undefined : (u.reason.kind === 'output' ? outputs : inputs)[u.reason.column];
    const address = variable ? cellOf(parse, unit, variable) : unit.source.address;
    const params = { id: unit.name, variable: variable?.header ?? '', address };
    return [pipelineProblem(deaReasonKey(u.reason.code), 'warning', params, lang, address)];
  });
}

function areaLabels(area: AreaSpec | undefined, parse: ParseResult, lang: Lang): DeaRunResult['area'] {
  const activity = parse.columns.find((c) => c.role === 'activity')?.header.toLocaleLowerCase('da-DK') ?? '';
  if (area) {
    const shortName = area.shortName?.[lang];
    return { id: area.id, name: area.name[lang], ...(shortName ? { shortName } : {}), unitLabel: area.unitLabel[lang], activityLabel: area.activityLabel[lang] };
  }
  return {
    id: 'institutioner',
    name: t('pipeline.institutionArea', lang),
    unitLabel: t('pipeline.perActivity', lang, { activity: activity || t('report.dea.unitWord', lang) }),
    activityLabel: activity || t('report.dea.unitWord', lang),
  };
}
