// The key figure's definition as a sheet prints it. Every benchmark sheet carries it under its
// title, Metode og kilder lists it per area, and Overblik/Potentialer can take the same lines.
import type { BenchmarkResult } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';

/** 'Mål: Nøgletal: … .' plus, when the source could not give the measure asked for, 'Bemærk: …'. */
export function measureLine(result: BenchmarkResult, lang: Lang): string | undefined {
  if (!result.measure) return undefined;
  const line = t('report.measure.line', lang, { label: result.measure.label[lang] });
  return result.measureMismatch ? `${line} ${t('report.measure.mismatch', lang, { reason: result.measureMismatch.reason[lang] })}` : line;
}

/** One line per area that has a measure, each distinct line once, e.g. for Overblik. */
export function measureLines(results: readonly BenchmarkResult[], lang: Lang): string[] {
  return [...new Set(results.map((r) => measureLine(r, lang)).filter((line): line is string => line !== undefined))];
}

/**
 * The measure of several areas in one sentence when only their functions differ (the usual run):
 * Overblik has room for one line, not five that repeat each other. Otherwise the lines per area.
 */
export function measureSummary(results: readonly BenchmarkResult[], lang: Lang): string | undefined {
  const measured = results.filter((r) => r.measure);
  if (measured.length === 0) return undefined;
  const first = measured[0].measure;
  const alike = measured.every((r) => r.measure && first && r.measure.kind === first.kind && r.measure.denominator[lang] === first.denominator[lang]
    && r.measure.period.year === first.period.year && r.measure.priceBasis[lang] === first.priceBasis[lang]);
  if (!first || measured.length === 1 || !alike) return measureLines(results, lang).join(' ');
  const areas = measured.map((r) => `${r.area.name[lang]} (${r.measure?.functions.join(' + ')})`).join('; ');
  const summary = t(`report.measure.summary.${first.kind}`, lang, {
    denominator: first.denominator[lang], period: first.period.text[lang], prices: first.priceBasis[lang], areas,
  });
  const mismatches = measured.filter((r) => r.measureMismatch).map((r) => t('report.measure.mismatch', lang, { reason: r.measureMismatch?.reason[lang] ?? '' }));
  return [summary, ...new Set(mismatches)].join(' ');
}
