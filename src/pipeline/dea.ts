// DEA on the user's institutions: plan the engine runs (deaPlan.ts), solve them here unless the
// task pane's worker already did, and shape the answer per unit for the report and the CLI.
import { median } from '../core/stats';
import type { AreaSpec } from '../core/benchmark/types';
import { dea, deaPotentials, deaReasonKey, type DeaResult, type DeaWarning } from '../core/dea';
import { deaBootstrap } from '../core/dea/bootstrap';
import type { ParseResult } from '../core/parse/types';
import type { Lang, Problem } from '../core/types';
import { t } from '../i18n';
import { EFFICIENT_SCORE, type DeaRunResult } from '../report/deaTypes';
import { checkSolved, planDea, type DeaRunOptions } from './deaPlan';
import { unitOutcomes } from './deaUnits';
import { cellOf, type ResolvedVariable } from './deaVariables';
import { pipelineProblem, tableAddress } from './problems';

export { planDea, type DeaBootstrapJob, type DeaJobs, type DeaPlan, type DeaRunOptions, type DeaSolutions } from './deaPlan';
export { enoughUnits } from '../core/dea/checks';

export type DeaRun = { ok: true; result: DeaRunResult } | { ok: false; problems: Problem[] };

export function runDea(parse: ParseResult, options: DeaRunOptions): DeaRun {
  const lang = options.lang ?? 'da';
  const at = tableAddress(parse);
  const plan = planDea(parse, options);
  if (!plan.ok) return plan;
  const { jobs, inputs, outputs } = plan;
  const problems = [...plan.problems];
  const orientation = jobs.primary.orientation;
  if (options.solved) checkSolved(jobs, options.solved);
  const primary = options.solved?.primary ?? dea(jobs.primary);
  // Under super-efficiency as the model a unit nobody else reaches is measured too (score "not defined").
  const unreachable = (u: (typeof primary.units)[number]) => primary.superEfficiency && u.reason?.code === 'superInfeasible';
  const measured = primary.units.filter((u) => u.status === 'ok' || unreachable(u));
  if (measured.length < 2) {
    return { ok: false, problems: [...problems, ...exclusionProblems(parse, primary, inputs, outputs, lang), pipelineProblem('pipeline.dea.tooFewUnits', 'error', { count: measured.length }, lang, at)] };
  }
  const ranking = jobs.ranking ? (options.solved?.ranking ?? dea(jobs.ranking)) : primary;
  const outputRun = orientation === 'out' ? primary : jobs.output ? (options.solved?.output ?? dea(jobs.output)) : undefined;
  const bootstrap = jobs.bootstrap ? (options.solved?.bootstrap ?? deaBootstrap({ ...jobs.bootstrap, baseline: primary })) : undefined;

  problems.push(...exclusionProblems(parse, primary, inputs, outputs, lang));
  problems.push(...warningProblems(primary.warnings, inputs, outputs, lang, at));
  if (bootstrap && bootstrap.bandwidth === null) problems.push(pipelineProblem('pipeline.dea.bootstrapDegenerate', 'warning', {}, lang, at));

  const costIndex = inputs.findIndex((v) => v.role === 'cost');
  const potentials = costIndex >= 0 && orientation === 'in' ? deaPotentials(primary, costIndex) : undefined;
  // The yellow/red boundary is the median of the units below the frontier: with few units many sit
  // on the frontier, and a median over all of them would be 100 % and paint every other unit red.
  const belowFrontier = measured.flatMap((u) => (u.score !== null && u.score < EFFICIENT_SCORE ? [u.score] : []));
  const medianScore = belowFrontier.length > 0 ? median(belowFrontier) : null;
  const units = unitOutcomes({ parse, primary, ranking, outputRun, potentials, bootstrap, medianScore });

  return {
    ok: true,
    result: {
      area: areaLabels(options.area, parse, lang),
      settings: {
        rts: jobs.primary.rts,
        orientation,
        slack: jobs.primary.slack ?? true,
        superEfficiency: jobs.primary.superEfficiency ? 'model' : 'ranking',
        bootstrap: bootstrap ? { replicates: bootstrap.replicates, seed: bootstrap.seed, alpha: bootstrap.alpha, bandwidth: bootstrap.bandwidth } : null,
      },
      inputs: inputs.map(stripColumn),
      outputs: outputs.map(stripColumn),
      costInputIndex: costIndex >= 0 ? costIndex : null,
      qualityColumns: parse.columns.filter((c) => c.role === 'quality' && c.key).map((c) => ({ key: c.key as string, header: c.header })),
      activityHeader: parse.columns.find((c) => c.role === 'activity')?.header ?? null,
      units,
      medianScore,
      efficientCount: measured.filter((u) => u.score === null || u.score >= EFFICIENT_SCORE).length,
      measuredCount: measured.length,
      totalRadialSaving: potentials?.totalRadialSaving ?? null,
      totalSlackAdjustedSaving: potentials?.totalSlackAdjustedSaving ?? null,
      problems,
    },
  };
}

function stripColumn({ key, header, role, fixed }: ResolvedVariable) {
  return { key, header, role, fixed };
}

function exclusionProblems(parse: ParseResult, result: DeaResult, inputs: ResolvedVariable[], outputs: ResolvedVariable[], lang: Lang): Problem[] {
  return result.units.flatMap((u) => {
    if (u.status === 'ok' || !u.reason || (result.superEfficiency && u.reason.code === 'superInfeasible')) return [];
    const unit = parse.units[u.index];
    const variable = u.reason.column === undefined ? undefined : (u.reason.kind === 'output' ? outputs : inputs)[u.reason.column];
    const address = variable ? cellOf(parse, unit, variable) : unit.source.address;
    const params = { id: unit.name, variable: variable?.header ?? '', address };
    return [pipelineProblem(deaReasonKey(u.reason.code), 'warning', params, lang, address)];
  });
}

/** The engine's doubts about the data, in words and with the column named. */
function warningProblems(warnings: DeaWarning[], inputs: ResolvedVariable[], outputs: ResolvedVariable[], lang: Lang, at: string): Problem[] {
  // Constant and all-zero columns are reported by the plan, at the column's header cell.
  return warnings.filter((warning) => warning.code !== 'constantVariable' && warning.code !== 'zeroVariable').map((warning) => {
    if (warning.code === 'fewUnits') {
      const params = { count: warning.units, variables: inputs.length + outputs.length, needed: warning.needed };
      return pipelineProblem('pipeline.dea.fewUnits', 'warning', params, lang, at);
    }
    const variable = (warning.kind === 'input' ? inputs : outputs)[warning.column];
    return pipelineProblem(`pipeline.dea.${warning.code}`, 'warning', { header: variable?.header ?? '' }, lang, at);
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
