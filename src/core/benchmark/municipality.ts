// Shape (a): the user's own municipality figures against Statistics Denmark's figures for all
// municipalities. The own municipality's published value is replaced by the user's own figure,
// so the group shows the user where their current numbers would place them.
import type { Lang, Municipality, Problem } from '../types';
import { anomalyOf, detectAnomalies, flagsById, type AnomalyCheck, type AnomalyRule } from './anomalies';
import { computeDistribution } from './distribution';
import { fitExpectedModel } from './expected';
import type { ExpectedModel } from './expected';
import { categoriesOf } from './framework';
import { selectGroup } from './groups';
import { benchProblem, listForMessage } from './problems';
import { leftOutProblem } from './leftOut';
import { computeTrend } from './trend';
import type { AreaSpec, BenchmarkResult, Distribution, GroupSpec, OwnFigure, ReferencePoint, ReferenceSeries, StandardKind, UnitBenchmark } from './types';
import { describeGroup, scoreUnit } from './unit';
import type { ScoredMember } from './unit';

export interface MunicipalityBenchmarkInput {
  area: AreaSpec;
  own: OwnFigure[];
  series: ReferenceSeries;
  municipalities: Municipality[];
  group: GroupSpec;
  standard: StandardKind;
  /** Framework variable ids for the expected level (numeric or kommunegruppe/region); none → no expected standard. */
  expectedVariables?: string[];
  /** Keep figures flagged as booking practice in the best, best-quartile and expected standards. */
  includeAnomalies?: boolean;
  anomalyRule?: AnomalyRule;
  lang?: Lang;
}

interface Context {
  input: MunicipalityBenchmarkInput;
  lang: Lang;
  points: Map<string, ReferencePoint>;
  byCode: Map<string, Municipality>;
  expectedModel: ExpectedModel | null;
  anomalies: AnomalyCheck;
}

function resolveActivity(
  own: OwnFigure,
  ctx: Context,
  problems: Problem[],
): Pick<UnitBenchmark, 'activity' | 'activitySource' | 'activityPeriod'> | null {
  const { lang, input } = ctx;
  const address = own.address ?? '';
  const name = own.name || own.code;
  if (own.activity !== undefined) {
    if (!Number.isFinite(own.activity) || own.activity <= 0) {
      problems.push(benchProblem('bench.own.invalidActivity', 'error', { name, activity: String(own.activity) }, lang, address));
      return null;
    }
    return { activity: own.activity, activitySource: 'user' };
  }
  const weight = ctx.points.get(own.code)?.weight ?? null;
  const activityLabel = input.area.activityLabel[lang];
  if (weight === null || !Number.isFinite(weight) || weight <= 0) {
    problems.push(benchProblem('bench.own.activityMissing', 'error', { name, activityLabel }, lang, address));
    return null;
  }
  const period = input.series.weightPeriod;
  problems.push(
    benchProblem('bench.own.activityFromReference', 'warning', { name, activityLabel, activity: weight, period }, lang, address),
  );
  return { activity: weight, activitySource: 'reference', activityPeriod: period };
}

/** The group members, the own unit carrying the user's figure; flagged members carry their flag. */
function groupMembers(own: OwnFigure, keyFigure: number, activity: number, codes: readonly string[], distances: Record<string, number> | undefined, ctx: Context) {
  const flags = flagsById(ctx.anomalies);
  const members: ScoredMember[] = [];
  const withoutKeyFigure: string[] = [];
  for (const code of codes) {
    const distance = distances?.[code];
    const name = ctx.byCode.get(code)?.name ?? code;
    if (code === own.code) {
      members.push({
        member: { id: code, name, keyFigure, weight: activity, isOwn: true, ...(distance !== undefined && { distance }) },
        numerator: own.cost,
      });
      continue;
    }
    const point = ctx.points.get(code);
    if (!point || point.keyFigure === null || !Number.isFinite(point.keyFigure)) {
      withoutKeyFigure.push(code);
      continue;
    }
    const anomaly = flags.get(code);
    members.push({
      member: {
        id: code, name, keyFigure: point.keyFigure, weight: point.weight, isOwn: false,
        ...(distance !== undefined && { distance }), ...(anomaly && { anomaly }),
      },
      numerator: point.weight === null ? null : point.keyFigure * point.weight,
    });
  }
  return { members, withoutKeyFigure };
}

/** The distribution the best and best-quartile standards come from: the group without flagged members. */
function standardBasisOf(members: readonly ScoredMember[], distribution: Distribution, included: boolean): Distribution | null {
  if (included || !members.some((m) => m.member.anomaly)) return distribution;
  const clean = members.filter((m) => !m.member.anomaly);
  if (clean.length === 0) return null;
  return computeDistribution(clean.map((m) => ({ keyFigure: m.member.keyFigure, numerator: m.numerator, weight: m.member.weight })));
}

function benchmarkOne(own: OwnFigure, ctx: Context, problems: Problem[]): UnitBenchmark | null {
  const { input, lang } = ctx;
  const address = own.address ?? '';
  const name = own.name || own.code;
  const municipality = ctx.byCode.get(own.code);
  if (!municipality) {
    problems.push(benchProblem('bench.group.ownUnknown', 'error', { code: own.code }, lang, address));
    return null;
  }
  if (!Number.isFinite(own.cost)) {
    problems.push(benchProblem('bench.own.invalidCost', 'error', { name, cost: String(own.cost) }, lang, address));
    return null;
  }
  const activity = resolveActivity(own, ctx, problems);
  if (!activity) return null;
  const keyFigure = own.cost / activity.activity;

  const group = selectGroup(input.group, own.code, input.municipalities, lang, address);
  problems.push(...group.problems);
  const { members, withoutKeyFigure } = groupMembers(own, keyFigure, activity.activity, group.codes, group.distances, ctx);
  if (withoutKeyFigure.length > 0) {
    const params = { count: withoutKeyFigure.length, period: input.series.period, codes: listForMessage(withoutKeyFigure) };
    problems.push(benchProblem('bench.members.missingKeyFigure', 'warning', params, lang, address));
  }

  const { distribution, problems: groupProblems } = describeGroup(members, lang, address);
  problems.push(...groupProblems);
  const included = ctx.anomalies.included;
  const ownFlag = anomalyOf({ id: own.code, name, value: keyFigure }, ctx.anomalies.median, input.area.direction, ctx.anomalies.rule);
  if (ownFlag) problems.push(benchProblem(`bench.anomaly.own.${ownFlag.reason}`, 'warning', { name, value: keyFigure, unit: input.area.unitLabel[lang] }, lang, address));
  const leftOut = included ? [] : members.flatMap((m) => (m.member.anomaly ? [m.member.anomaly] : []));
  if (leftOut.length > 0) problems.push(leftOutProblem(leftOut, input.standard, input.area.unitLabel[lang], `${name}, ${input.area.name[lang]}`, lang, address));

  const score = scoreUnit({
    name,
    keyFigure,
    activity: activity.activity,
    values: members.map((m) => m.member.keyFigure),
    distribution,
    direction: input.area.direction,
    expectedModel: ctx.expectedModel,
    structural: municipality.structural,
    categories: categoriesOf(municipality),
    standardBasis: standardBasisOf(members, distribution, included),
    chosen: input.standard,
    lang,
    address,
    problems,
  });
  const years = input.series.years ?? [];
  const trend = years.length > 1
    ? computeTrend({ years, ownCode: own.code, own: { keyFigure, period: input.series.period }, memberCodes: group.codes, direction: input.area.direction })
    : undefined;

  return {
    unitId: own.id,
    name: own.name,
    code: own.code,
    areaId: input.area.id,
    cost: own.cost,
    ...activity,
    keyFigure,
    group: { spec: group.applied, label: group.label, members: members.map((m) => m.member) },
    ...score,
    ...(ownFlag && { anomaly: ownFlag }),
    ...(leftOut.length > 0 && { leftOut }),
    ...(trend && { trend }),
    ...(own.address !== undefined && { address: own.address }),
  };
}

/** Benchmark each own figure against its comparison group of municipalities. */
export function benchmarkMunicipalities(input: MunicipalityBenchmarkInput): BenchmarkResult {
  const lang = input.lang ?? 'da';
  const problems: Problem[] = [];
  const points = new Map(input.series.points.map((p) => [p.code, p]));
  // Flags are decided on the published figures of all municipalities, so they do not depend on the group.
  const anomalies = detectAnomalies(
    input.municipalities.map((m) => ({ id: m.code, name: m.name, value: points.get(m.code)?.keyFigure ?? null })),
    input.area.direction,
    { rule: input.anomalyRule, included: input.includeAnomalies, period: input.series.period },
  );
  // The expected level is fitted on the published figures of every municipality, not on the
  // group, so it does not change with the group choice and uses all 98 observations.
  const fit = fitExpectedModel(
    input.municipalities.map((m) => ({ id: m.code, name: m.name, keyFigure: points.get(m.code)?.keyFigure ?? null, structural: m.structural, categories: categoriesOf(m) })),
    input.expectedVariables,
    lang,
    undefined,
    anomalies.included ? new Set() : new Set(anomalies.flagged.map((f) => f.id)),
  );
  problems.push(...fit.problems);
  const ctx: Context = {
    input,
    lang,
    points,
    byCode: new Map(input.municipalities.map((m) => [m.code, m])),
    expectedModel: fit.model,
    anomalies,
  };
  const units: UnitBenchmark[] = [];
  for (const own of input.own) {
    const unit = benchmarkOne(own, ctx, problems);
    if (unit) units.push(unit);
  }
  return {
    level: 'municipality',
    area: input.area,
    standard: input.standard,
    units,
    ...(fit.model && { regression: fit.model.regression }),
    ...(input.series.measure && { measure: input.series.measure }),
    ...(input.series.measureMismatch && { measureMismatch: input.series.measureMismatch }),
    anomalies,
    problems,
  };
}
