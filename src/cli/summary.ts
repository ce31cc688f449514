// What the CLI tells the user after a run: in words (default) or as JSON for other programs.
import type { UnitBenchmark } from '../core/benchmark/types';
import type { Lang, Problem } from '../core/types';
import { t } from '../i18n';
import type { RunOutcome } from '../pipeline/run';
import { deaJson, deaLines } from './deaSummary';
import type { BenchmarkResult } from '../core/benchmark/types';
import { measureLines } from '../report/measureText';
import type { BenchmarkArgs } from './args';
import type { OutputPlan } from './output';
import { referenceJson, type CliReference } from './reference';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function formatSummary(outcome: RunOutcome, args: BenchmarkArgs, written: OutputPlan | undefined, lang: Lang): string {
  const lines: string[] = [];
  const { parse } = outcome;
  lines.push(t('cli.summary.title', lang, { file: args.input, sheet: outcome.grid.sheet }));
  lines.push(
    t('cli.summary.rows', lang, {
      used: parse.units.length,
      total: parse.units.length + parse.excluded.length,
      excluded: parse.excluded.length,
    }),
  );
  const problems = [...outcome.problems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (problems.length > 0) {
    lines.push('', t('cli.summary.problems', lang, { count: problems.length }));
    for (const problem of problems) lines.push(`  ${severityLabel(problem, lang).padEnd(9)} ${problem.message}`);
  }
  if (!outcome.canRun) {
    lines.push('', t('cli.summary.notRun', lang));
    return lines.join('\n');
  }
  const measures = measureLines(outcome.results, lang);
  if (measures.length > 0) lines.push('', ...measures);
  if (written) {
    lines.push('', t(written.replaces ? 'cliOutput.replaced' : 'cli.summary.written', lang, { path: written.path }));
    for (const sheet of outcome.write?.written ?? []) lines.push(`  – ${sheet}`);
  }
  if (args.method !== 'dea') {
    const top = largestPotentials(outcome, 3);
    lines.push('', t('cli.summary.top', lang, { standard: t(`cli.standard.${args.standard}`, lang) }));
    if (top.length === 0) lines.push(`  ${t('cli.summary.noPotential', lang)}`);
    top.forEach((unit, index) => {
      const area = outcome.results.find((result) => result.area.id === unit.areaId)?.area.name[lang] ?? unit.areaId;
      lines.push(`  ${index + 1}. ${unit.name} – ${area}: ${formatKroner(unit.potential, lang)}`);
    });
  }
  if (outcome.dea) lines.push('', ...deaLines(outcome.dea, lang, (value) => formatKroner(value, lang)));
  return lines.join('\n');
}

export function largestPotentials(outcome: RunOutcome, count: number): UnitBenchmark[] {
  return outcome.results
    .flatMap((result) => result.units)
    .filter((unit) => unit.potential > 0)
    .sort((a, b) => b.potential - a.potential)
    .slice(0, count);
}

export function jsonSummary(outcome: RunOutcome, args: BenchmarkArgs, written: OutputPlan | undefined, reference: CliReference) {
  return {
    reference: referenceJson(reference),
    input: { file: args.input, sheet: outcome.grid.sheet, topLeft: outcome.grid.topLeft, table: outcome.grid.tableName ?? null },
    shape: outcome.parse.shape,
    columns: outcome.parse.columns.map(({ header, role, key }) => ({ header, role, key: key ?? null })),
    canRun: outcome.canRun,
    standard: args.standard,
    group: args.group,
    settings: { measure: args.measure, includeAnomalies: args.includeAnomalies, year: args.reference.year ?? null },
    areas: outcome.results.map(areaJson),
    output: written?.path ?? null,
    replacedOutput: written?.replaces ?? false,
    sheets: outcome.write?.written ?? [],
    units: outcome.results.flatMap((result) =>
      result.units.map((unit) => ({
        id: unit.unitId,
        name: unit.name,
        municipalityCode: unit.code ?? null,
        area: result.area.id,
        cost: unit.cost,
        activity: unit.activity,
        activitySource: unit.activitySource,
        keyFigure: unit.keyFigure,
        unit: result.area.unitLabel.da,
        group: { label: unit.group.label, n: unit.distribution.n },
        distribution: unit.distribution,
        position: unit.position,
        standards: Object.fromEntries(unit.standards.map((s) => [s.kind, { value: s.value, potential: s.potential }])),
        potential: unit.potential,
        expected: unit.expected
          ? { value: unit.expected.value, lower: unit.expected.interval?.lower ?? null, upper: unit.expected.interval?.upper ?? null, verdict: unit.expected.verdict ?? null }
          : null,
        anomaly: unit.anomaly ?? null,
        leftOut: (unit.leftOut ?? []).map((flag) => ({ code: flag.id, name: flag.name, value: flag.value, reason: flag.reason })),
        trend: unit.trend
          ? {
            from: unit.trend.from ?? null, to: unit.trend.to ?? null, prices: unit.trend.prices, changeKr: unit.trend.changeKr,
            changePct: unit.trend.changePct, medianChangePct: unit.trend.medianChangePct, arrow: unit.trend.arrow, assessment: unit.trend.assessment,
            points: unit.trend.points,
          }
          : null,
        address: unit.address ?? null,
      })),
    ),
    excluded: outcome.parse.excluded.map(({ address, label }) => ({ address, label })),
    problems: outcome.problems.map(({ address, severity, code, message }) => ({ address, severity, code, message })),
    method: args.method,
    dea: outcome.dea ? deaJson(outcome.dea, args.lang) : null,
  };
}

/** Per area: the measure used (and why it differs from the one asked for), the anomaly rule and what it flags. */
function areaJson(result: BenchmarkResult) {
  const check = result.anomalies;
  return {
    area: result.area.id,
    level: result.level,
    measure: result.measure
      ? { kind: result.measure.kind, functions: result.measure.functions, year: result.measure.period.year, unit: result.measure.unitLabel.da, label: result.measure.label.da }
      : null,
    measureMismatch: result.measureMismatch ? { requested: result.measureMismatch.requested.kind, reason: result.measureMismatch.reason.da } : null,
    anomalies: check
      ? {
        rule: { nonPositive: true, fractionOfMedian: check.rule.fraction }, period: check.period ?? null, median: check.median,
        included: check.included, flagged: check.flagged.map((f) => ({ code: f.id, name: f.name, value: f.value, reason: f.reason, limit: f.limit })),
      }
      : null,
    regression: result.regression ? { r2: result.regression.r2, n: result.regression.n, variables: result.regression.variables } : null,
  };
}

function severityLabel(problem: Problem, lang: Lang): string {
  return t(`cli.severity.${problem.severity}`, lang);
}

export function formatKroner(value: number, lang: Lang): string {
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  return lang === 'da' ? `${number} kr.` : `DKK ${number}`;
}
