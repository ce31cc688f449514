// Shape (b): the user's own institutions (schools, day-care, nursing homes) compared with each
// other. There is no national group here; a national key figure with the same denominator may be
// passed in and is echoed as a reference line.
import { t } from '../../i18n';
import type { Lang, Problem } from '../types';
import { SortedSample } from '../stats';
import { detectAnomalies, flagsById, type AnomalyRule } from './anomalies';
import { computeDistribution } from './distribution';
import { fitExpectedModel } from './expected';
import { leftOutProblem } from './leftOut';
import { benchProblem } from './problems';
import type { AreaSpec, BenchmarkResult, OwnInstitution, StandardKind, UnitBenchmark } from './types';
import { describeGroup, scoreUnit } from './unit';
import type { ScoredMember } from './unit';

export interface InstitutionBenchmarkInput {
  area: AreaSpec;
  institutions: OwnInstitution[];
  standard: StandardKind;
  /** Keys of `OwnInstitution.structural` for the expected level, e.g. a socio-economic index. */
  expectedVariables?: string[];
  referenceLine?: { value: number; label: string };
  /** Keep figures flagged as mistyped or booked differently in the best, best-quartile and expected standards. */
  includeAnomalies?: boolean;
  anomalyRule?: AnomalyRule;
  lang?: Lang;
}

function isValid(inst: OwnInstitution, lang: Lang, problems: Problem[]): boolean {
  const address = inst.address ?? '';
  const name = inst.name || inst.id;
  if (!Number.isFinite(inst.cost)) {
    problems.push(benchProblem('bench.own.invalidCost', 'error', { name, cost: String(inst.cost) }, lang, address));
    return false;
  }
  if (!Number.isFinite(inst.activity) || inst.activity <= 0) {
    problems.push(benchProblem('bench.own.invalidActivity', 'error', { name, activity: String(inst.activity) }, lang, address));
    return false;
  }
  return true;
}

/** Benchmark every institution against all (valid) institutions. */
export function benchmarkInstitutions(input: InstitutionBenchmarkInput): BenchmarkResult {
  const lang = input.lang ?? 'da';
  const problems: Problem[] = [];
  const valid = input.institutions.filter((inst) => isValid(inst, lang, problems));
  const base = {
    level: 'institution' as const,
    area: input.area,
    standard: input.standard,
    ...(input.referenceLine && { referenceLine: input.referenceLine }),
  };
  if (valid.length === 0) {
    problems.push(benchProblem('bench.institutions.none', 'error', {}, lang));
    return { ...base, units: [], problems };
  }

  const keyFigures = valid.map((inst) => inst.cost / inst.activity);
  // A unit whose cost was typed in the wrong unit (kr. for 1.000 kr.) must not become the best.
  const anomalies = detectAnomalies(
    valid.map((inst, i) => ({ id: inst.id, name: inst.name || inst.id, value: keyFigures[i] })),
    input.area.direction,
    { rule: input.anomalyRule, included: input.includeAnomalies },
  );
  const flags = flagsById(anomalies);
  const scored: ScoredMember[] = valid.map((inst, i) => {
    const anomaly = flags.get(inst.id);
    return {
      member: { id: inst.id, name: inst.name, keyFigure: keyFigures[i], weight: inst.activity, isOwn: false, ...(anomaly && { anomaly }) },
      numerator: inst.cost,
    };
  });
  const { distribution, problems: groupProblems } = describeGroup(scored, lang, spanOf(valid.map((inst) => inst.address)));
  problems.push(...groupProblems);
  const leftOut = anomalies.included ? [] : anomalies.flagged;
  const clean = scored.filter((s) => !s.member.anomaly);
  const standardBasis = leftOut.length === 0
    ? distribution
    : clean.length === 0 ? null : computeDistribution(clean.map((s) => ({ keyFigure: s.member.keyFigure, numerator: s.numerator, weight: s.member.weight })));
  if (leftOut.length > 0) problems.push(leftOutProblem(leftOut, input.standard, input.area.unitLabel[lang], '', lang, spanOf(valid.map((inst) => inst.address)), 'unit'));

  // With few institutions a regression fits noise, so it needs more than p + 2 of them.
  const variableCount = input.expectedVariables?.length ?? 0;
  const fit = fitExpectedModel(
    valid.map((inst, i) => ({ id: inst.id, name: inst.name || inst.id, keyFigure: keyFigures[i], structural: inst.structural })),
    input.expectedVariables,
    lang,
    variableCount + 3,
    new Set(leftOut.map((f) => f.id)),
  );
  problems.push(...fit.problems);

  const spec = { kind: 'all' as const };
  const sample = new SortedSample(keyFigures);
  // One member list shared by every unit: a per-unit copy would grow with the square of the
  // number of institutions. Each unit finds itself in it by unitId.
  const members = scored.map((s) => s.member);
  const label = t('bench.group.institutions', lang, { n: valid.length });
  const units: UnitBenchmark[] = valid.map((inst, i) => {
    const address = inst.address ?? '';
    const name = inst.name || inst.id;
    const score = scoreUnit({
      name,
      keyFigure: keyFigures[i],
      activity: inst.activity,
      values: sample,
      distribution,
      direction: input.area.direction,
      expectedModel: fit.model,
      structural: inst.structural,
      standardBasis,
      chosen: input.standard,
      lang,
      address,
      problems,
    });
    return {
      unitId: inst.id,
      name: inst.name,
      areaId: input.area.id,
      cost: inst.cost,
      activity: inst.activity,
      activitySource: 'user',
      keyFigure: keyFigures[i],
      group: { spec, label, members },
      ...score,
      quality: { ...inst.quality },
      ...(flags.has(inst.id) && { anomaly: flags.get(inst.id) }),
      ...(leftOut.length > 0 && { leftOut }),
      ...(inst.address !== undefined && { address: inst.address }),
    };
  });

  return { ...base, units, ...(fit.model && { regression: fit.model.regression }), anomalies, problems };
}

/** 'Ark!A2:D2' … 'Ark!A9:D9' → 'Ark!A2:D9': where the institutions stand, for problems about all of them. */
function spanOf(addresses: (string | undefined)[]): string {
  const known = addresses.filter((a): a is string => a !== undefined && a !== '');
  const first = /^(.*!)\$?([A-Z]+\$?\d+)(?::\$?[A-Z]+\$?\d+)?$/.exec(known[0] ?? '');
  const last = /^(.*!)\$?[A-Z]+\$?\d+(?::\$?([A-Z]+\$?\d+))?$/.exec(known[known.length - 1] ?? '');
  if (!first || !last || first[1] !== last[1]) return known[0] ?? '';
  const end = last[2] ?? /([A-Z]+\$?\d+)$/.exec(known[known.length - 1])?.[1];
  return `${first[1]}${first[2]}:${end}`;
}
