// Sections of "Metode og kilder" about the reference data: the measure per area, the years of the
// development, the anomaly rule with every unit it flags, and the framework conditions with their
// sources — the bundled ones (socio-economic index, population, kommunegruppe, region) and the
// tables the user brought, with sheet and range.
import type { BenchmarkResult } from '../core/benchmark/types';
import type { Lang, StructuralVariable } from '../core/types';
import { flagText as anomalyFlagText } from '../core/benchmark/leftOut';
import { t } from '../i18n';
import { anomalyRuleText } from './anomalyBlock';
import { areaName } from './describe';
import type { CellStyle, ScalarValue } from './model';
import type { ReportInput } from './types';

/** What the method sheet's writer offers these sections. */
export interface MethodWriter {
  lang: Lang;
  line(text: string, style?: CellStyle): void;
  para(text: string): void;
  heading(key: string): void;
  pair(label: string, value: ScalarValue, numFmt?: string): void;
}

export function writeMeasures(w: MethodWriter, results: readonly BenchmarkResult[]): void {
  const withMeasure = results.filter((r) => r.measure);
  if (withMeasure.length === 0) return;
  const { lang } = w;
  w.heading('report.method.measureHeading');
  for (const result of withMeasure) {
    const parts = [result.measure?.label[lang] ?? ''];
    if (result.measureMismatch) parts.push(t('report.measure.mismatch', lang, { reason: result.measureMismatch.reason[lang] }));
    const years = [...new Set(result.units.flatMap((u) => u.trend?.points.map((p) => p.period) ?? []))].sort();
    if (years.length > 1) parts.push(t('report.method.trendYears', lang, { years: `${years[0]}–${years[years.length - 1]}` }));
    w.pair(areaName(result, lang), parts.join(' '));
  }
}

export function writeAnomalies(w: MethodWriter, results: readonly BenchmarkResult[]): void {
  const checked = results.filter((r) => r.anomalies);
  if (checked.length === 0) return;
  const { lang } = w;
  w.heading('report.method.anomalyHeading');
  for (const result of checked) {
    const check = result.anomalies;
    if (!check) continue;
    const unit = result.area.unitLabel[lang];
    const listed = check.flagged.length === 0
      ? t('report.anomaly.none', lang)
      : check.flagged.map((f) => anomalyFlagText(f, unit, lang)).join('; ');
    const included = check.included ? ` ${t('report.anomaly.included', lang)}` : '';
    w.pair(`${areaName(result, lang)}${check.period ? ` (${check.period})` : ''}`, `${anomalyRuleText(result, lang) ?? ''} ${listed}.${included}`);
  }
}

function variableIds(results: readonly BenchmarkResult[]): Set<string> {
  const ids = new Set<string>();
  for (const result of results) {
    const regression = result.regression ?? result.units.find((u) => u.expected)?.expected?.regression;
    for (const name of regression?.variables ?? []) ids.add(name.split('=')[0]);
    for (const unit of result.units) if (unit.group.spec.kind === 'similar') for (const v of unit.group.spec.variables ?? []) ids.add(v);
  }
  return ids;
}

export function writeFramework(w: MethodWriter, input: Pick<ReportInput, 'results' | 'frameworkVariables' | 'userTables'>): void {
  const used = variableIds(input.results);
  const bundled = (input.frameworkVariables ?? []).filter((v) => used.has(v.id));
  const framework = input.userTables?.framework;
  const groupList = input.userTables?.groupList;
  if (bundled.length === 0 && !framework && !groupList) return;
  const { lang } = w;
  w.heading('report.method.frameworkHeading');
  for (const variable of bundled) w.pair(t('report.method.framework.variable', lang, { name: variable.name[lang], source: variable.source, period: variable.period }), variableText(variable, lang));
  const table = (name?: string): string => (name ? t('report.method.userTable.table', lang, { name }) : '');
  if (framework) {
    w.pair(t('report.method.userTable.framework', lang), t('report.method.userTable.where', lang, {
      sheet: framework.source.sheet, range: framework.source.range, table: table(framework.source.tableName),
      columns: framework.variables.map((v) => `${v.header} (${v.address}, ${v.count})`).join(', '),
    }));
  }
  if (groupList) {
    w.pair(t('report.method.userTable.groupList', lang), t('report.method.userTable.whereList', lang, {
      sheet: groupList.source.sheet, range: groupList.source.range, table: table(groupList.source.tableName),
      count: groupList.codes.length, codes: groupList.codes.join(', '),
    }));
  }
}

function variableText(variable: StructuralVariable, lang: Lang): string {
  return [variable.attribution, variable.note?.[lang], variable.provenance].filter((x): x is string => Boolean(x)).join(' ');
}

