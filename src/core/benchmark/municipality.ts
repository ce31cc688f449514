// Shape (a): the user's own municipality figures against Statistics Denmark's figures for all
// municipalities. The own municipality's published value is replaced by the user's own figure,
// so the group shows the user where their current numbers would place them.
import type { Lang, Municipality, Problem } from '../types';
import { fitExpectedModel } from './expected';
import type { ExpectedModel } from './expected';
import { selectGroup } from './groups';
import { benchProblem, listForMessage } from './problems';
import type { AreaSpec, BenchmarkResult, GroupSpec, OwnFigure, ReferencePoint, ReferenceSeries, StandardKind, UnitBenchmark } from './types';
import { describeGroup, scoreUnit } from './unit';
import type { ScoredMember } from './unit';

export interface MunicipalityBenchmarkInput {
  area: AreaSpec;
  own: OwnFigure[];
  series: ReferenceSeries;
  municipalities: Municipality[];
  group: GroupSpec;
  standard: StandardKind;
  /** Structural variable ids for the expected level; none → no expected standard. */
  expectedVariables?: string[];
  lang?: Lang;
}

interface Context {
  input: MunicipalityBenchmarkInput;
  lang: Lang;
  points: Map<string, ReferencePoint>;
  byCode: Map<string, Municipality>;
  expectedModel: ExpectedModel | null;
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
  const members: ScoredMember[] = [];
  const withoutKeyFigure: string[] = [];
  for (const code of group.codes) {
    const distance = group.distances?.[code];
    const municipalityName = ctx.byCode.get(code)?.name ?? code;
    if (code === own.code) {
      members.push({
        member: { id: code, name: municipalityName, keyFigure, weight: activity.activity, isOwn: true, ...(distance !== undefined && { distance }) },
        numerator: own.cost,
      });
      continue;
    }
    const point = ctx.points.get(code);
    if (!point || point.keyFigure === null || !Number.isFinite(point.keyFigure)) {
      withoutKeyFigure.push(code);
      continue;
    }
    members.push({
      member: { id: code, name: municipalityName, keyFigure: point.keyFigure, weight: point.weight, isOwn: false, ...(distance !== undefined && { distance }) },
      numerator: point.weight === null ? null : point.keyFigure * point.weight,
    });
  }
  if (withoutKeyFigure.length > 0) {
    problems.push(
      benchProblem(
        'bench.members.missingKeyFigure',
        'warning',
        { count: withoutKeyFigure.length, period: input.series.period, codes: listForMessage(withoutKeyFigure) },
        lang,
        address,
      ),
    );
  }

  const { distribution, problems: groupProblems } = describeGroup(members, lang, address);
  problems.push(...groupProblems);

  const score = scoreUnit({
    name,
    keyFigure,
    activity: activity.activity,
    values: members.map((m) => m.member.keyFigure),
    distribution,
    direction: input.area.direction,
    expectedModel: ctx.expectedModel,
    structural: municipality.structural,
    chosen: input.standard,
    lang,
    address,
    problems,
  });

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
    ...(own.address !== undefined && { address: own.address }),
  };
}

/** Benchmark each own figure against its comparison group of municipalities. */
export function benchmarkMunicipalities(input: MunicipalityBenchmarkInput): BenchmarkResult {
  const lang = input.lang ?? 'da';
  const problems: Problem[] = [];
  const points = new Map(input.series.points.map((p) => [p.code, p]));
  // The expected level is fitted on the published figures of every municipality, not on the
  // group, so it does not change with the group choice and uses all 98 observations.
  const fit = fitExpectedModel(
    input.municipalities.map((m) => ({ id: m.code, keyFigure: points.get(m.code)?.keyFigure ?? null, structural: m.structural })),
    input.expectedVariables,
    lang,
  );
  problems.push(...fit.problems);
  const ctx: Context = {
    input,
    lang,
    points,
    byCode: new Map(input.municipalities.map((m) => [m.code, m])),
    expectedModel: fit.model,
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
    problems,
  };
}
