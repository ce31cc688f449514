// Which engine runs a DEA of the user's institutions needs, before any of them is solved: the
// chosen model, super-efficiency to rank the efficient units (or as the model itself), an
// output-oriented run for how much more the same money could buy, and the bootstrap. Pure and
// quick, so the task pane can plan here and solve in its worker.
import type { AreaSpec } from '../core/benchmark/types';
import type { DeaInput, DeaResult, Orientation } from '../core/dea';
import type { DeaBootstrapJob, DeaBootstrapResult } from '../core/dea/bootstrap';
import type { ParseResult } from '../core/parse/types';
import type { Lang, Problem } from '../core/types';
import type { DeaRts } from '../report/deaTypes';
import { chooseVariables, valueOf, type ResolvedVariable } from './deaVariables';
import { uninformativeColumns } from './deaColumns';
import { pipelineProblem, tableAddress } from './problems';

/** Units up to which the default bootstrap runs unasked (n = 1,000 with B = 2,000 takes about a minute). */
export const DEFAULT_BOOTSTRAP_UNITS = 2000;

export interface DeaRunOptions {
  /** Column keys, roles or headers; default the cost column. */
  inputs?: string[];
  /** Column keys, roles or headers; default activity plus every quality column. */
  outputs?: string[];
  rts?: DeaRts;
  orientation?: Orientation;
  /** Columns among the inputs/outputs that the institution cannot change (non-discretionary). */
  fixed?: string[];
  /** The slack phase (default on): targets and potentials include what is left after the radial move. */
  slack?: boolean;
  /** Super-efficiency as the model itself (scores above 100 % possible); otherwise only for ranking. */
  superEfficiency?: boolean;
  /** Simar–Wilson bootstrap replicates B; 0 or absent = no bootstrap. */
  bootstrap?: number;
  /**
   * The replicates are the default, not asked for: above DEFAULT_BOOTSTRAP_UNITS units the
   * bootstrap is then left out (with a note), since B × n LPs would take hours.
   */
  bootstrapIsDefault?: boolean;
  seed?: number;
  /** Labels for the sheet; an institution run's own area spec. */
  area?: AreaSpec;
  lang?: Lang;
  /**
   * The engine's answers to `planDea`'s jobs, solved elsewhere (the task pane solves them in a Web
   * Worker). Without them the engine runs here, synchronously.
   */
  solved?: DeaSolutions;
}

export type { DeaBootstrapJob };

export interface DeaJobs {
  primary: DeaInput;
  /** Super-efficiency for ranking; absent when the primary run is super-efficiency already. */
  ranking?: DeaInput;
  output?: DeaInput;
  bootstrap?: DeaBootstrapJob;
}

export interface DeaSolutions {
  primary: DeaResult;
  ranking?: DeaResult;
  output?: DeaResult;
  bootstrap?: DeaBootstrapResult;
}

export type DeaPlan =
  | { ok: true; jobs: DeaJobs; inputs: ResolvedVariable[]; outputs: ResolvedVariable[]; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** The engine inputs for a DEA of these institutions, or the problems that stop it. */
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
  // Constant and all-zero columns are said at their header cell; the engine's own warnings for them are dropped.
  problems.push(...uninformativeColumns(parse, [...inputs, ...outputs], (v) => units.map((u) => valueOf(u, v)), lang));
  const base = { X, Y, rts, fixedInputs, fixedOutputs, ids: units.map((u) => u.id) };
  const superModel = options.superEfficiency ?? false;
  const canExpandOutputs = fixedOutputs.length < outputs.length;
  const tooManyForDefault = (options.bootstrapIsDefault ?? false) && (options.bootstrap ?? 0) > 0 && parse.units.length > DEFAULT_BOOTSTRAP_UNITS;
  if (tooManyForDefault) {
    problems.push(pipelineProblem('pipeline.dea.bootstrapSkipped', 'info', { count: parse.units.length, limit: DEFAULT_BOOTSTRAP_UNITS }, lang, at));
  }
  const replicates = tooManyForDefault ? 0 : (options.bootstrap ?? 0);
  const bootstrapUnavailable = replicates > 0 && (rts === 'fdh' || superModel);
  if (bootstrapUnavailable) problems.push(pipelineProblem('pipeline.dea.bootstrapUnavailable', 'warning', {}, lang, at));
  const jobs: DeaJobs = {
    primary: { ...base, orientation, slack: options.slack ?? true, superEfficiency: superModel },
    ...(superModel ? {} : { ranking: { ...base, orientation, superEfficiency: true } }),
    ...(orientation === 'in' && canExpandOutputs && !superModel ? { output: { ...base, orientation: 'out' as const, slack: true } } : {}),
    ...(replicates > 0 && !bootstrapUnavailable
      ? { bootstrap: { X, Y, rts: rts as Exclude<DeaRts, 'fdh'>, orientation, fixedInputs, fixedOutputs, replicates, ...(options.seed !== undefined ? { seed: options.seed } : {}) } }
      : {}),
  };
  return { ok: true, jobs, inputs, outputs, problems };
}

/** Solved answers must belong to these jobs: same units, same model. */
export function checkSolved(jobs: DeaJobs, solved: DeaSolutions): void {
  const fits = (job: { X: unknown[]; rts: string; orientation: string } | undefined, result: { units: unknown[]; rts: string; orientation: string } | undefined) =>
    job === undefined ? result === undefined : result !== undefined && result.units.length === job.X.length && result.rts === job.rts && result.orientation === job.orientation;
  if (!fits(jobs.primary, solved.primary) || !fits(jobs.ranking, solved.ranking) || !fits(jobs.output, solved.output) || !fits(jobs.bootstrap, solved.bootstrap)) {
    throw new Error('DEA: the solved results do not match the planned runs');
  }
}

function indicesOf<T>(items: T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (test(item) ? [i] : []));
}
