// Figures that are almost certainly booking practice, listed on the benchmark sheet with the rule
// that flagged them, so a reader sees who was left out of the best standards and why.
import type { AnomalyFlag } from '../core/benchmark/anomalies';
import type { BenchmarkResult } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { range } from './a1';
import type { SheetDraft } from './draft';
import { FMT, keyFigureFormat, STYLE } from './format';
import { uniqueHeaders, type TableNamer } from './names';

function amount(value: number, lang: Lang): string {
  const digits = Math.abs(value) < 100 ? 1 : 0;
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/** 'Sandsynligvis konteret anderledes: 0 kr. eller derunder' and its kin, for a members table. */
export function anomalyText(flag: AnomalyFlag, lang: Lang): string {
  if (flag.reason === 'nonPositive') return t('report.anomaly.nonPositive', lang);
  return t(flag.value < flag.limit ? 'report.anomaly.below' : 'report.anomaly.above', lang, { limit: amount(flag.limit, lang) });
}

/** The rule in one sentence, with the fraction and the median it was applied to. */
export function anomalyRuleText(result: BenchmarkResult, lang: Lang): string | undefined {
  const check = result.anomalies;
  if (!check) return undefined;
  const fraction = lang === 'da' ? `${Math.round(check.rule.fraction * 100)} %` : `${Math.round(check.rule.fraction * 100)}%`;
  const population = t(`report.anomaly.population.${result.level === 'municipality' ? 'municipalities' : 'institutions'}`, lang);
  const median = check.median === null ? '—' : `${amount(check.median, lang)} ${result.area.unitLabel[lang]}`;
  return t('report.anomaly.rule', lang, { fraction, population, median });
}

export interface AnomalyBlockContext {
  lang: Lang;
  tables: TableNamer;
}

/** Heading, rule and a native table of every flagged unit; returns the first free row below. */
export function writeAnomalyBlock(draft: SheetDraft, result: BenchmarkResult, startRow: number, ctx: AnomalyBlockContext): number {
  const check = result.anomalies;
  if (!check) return startRow;
  const { lang } = ctx;
  let row = startRow;
  const heading = result.level === 'municipality'
    ? t('report.anomaly.heading', lang, { period: check.period ?? '' })
    : t('report.anomaly.headingInstitutions', lang);
  draft.value(1, row++, heading, { style: STYLE.heading });
  draft.value(1, row++, anomalyRuleText(result, lang) ?? '', { style: STYLE.note });
  if (check.included) draft.value(1, row++, t('report.anomaly.included', lang), { style: STYLE.caveat });
  if (check.flagged.length === 0) {
    draft.value(1, row++, t('report.anomaly.none', lang), { style: STYLE.note });
    return row + 1;
  }
  const unit = result.area.unitLabel[lang];
  const format = keyFigureFormat(check.flagged.map((f) => f.value));
  const headers = uniqueHeaders([
    t('report.anomaly.col.name', lang), t('report.anomaly.col.code', lang), t('report.anomaly.col.value', lang, { unit }),
    t('report.anomaly.col.limit', lang), t('report.anomaly.col.reason', lang),
  ]);
  const headerRow = row;
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true } }));
  check.flagged.forEach((flag, i) => {
    const r = headerRow + 1 + i;
    draft.value(1, r, flag.name);
    draft.value(2, r, flag.id);
    draft.value(3, r, flag.value, { numFmt: format });
    draft.value(4, r, flag.limit, { numFmt: flag.limit === 0 ? FMT.count : format });
    draft.value(5, r, anomalyText(flag, lang), { style: { wrap: true } });
  });
  const lastRow = headerRow + check.flagged.length;
  draft.tables.push({ name: ctx.tables.take('Markerede'), range: range(1, headerRow, 5, lastRow), columns: headers, style: 'TableStyleLight10', showRowStripes: true });
  return lastRow + 2;
}
