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
