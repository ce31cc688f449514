// The words of a measure: what a key figure divides by what, for which year, in which prices.
// Built here, where the datasets are known, and carried by the series onto every result.
import type { MeasureDefinition, MeasureKind } from '../core/benchmark/measure';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { ServiceAreaDefinition } from './types';

const LANGS: readonly Lang[] = ['da', 'en'];

function byLang(render: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, render(lang)])) as Record<Lang, string>;
}

/** '3.22.01', '5.28.21 + 5.28.22', '5.30.26–5.30.28', 'alle funktioner', '5.25.xx'. */
export function functionsText(functions: readonly string[], lang: Lang): string {
  if (functions.length === 0) return t('measure.functions.all', lang);
  const shown = functions.map((f) => (f.split('.').length === 2 ? `${f}.xx` : f));
  if (shown.length <= 2) return shown.join(' + ');
  const consecutive = shown.every((f, i) => i === 0 || (f.slice(0, 5) === shown[0].slice(0, 5) && Number(f.slice(5)) === Number(shown[i - 1].slice(5)) + 1));
  return consecutive ? `${shown[0]}–${shown[shown.length - 1]}` : shown.join(', ');
}

export interface MeasureParts {
  kind: MeasureKind;
  area: ServiceAreaDefinition;
  /** Functions actually summed (may be fewer than the area's when the source lacks some). */
  functions: readonly string[];
  year: string;
  /** Period of the weights or the denominator, e.g. '2024M04' or '2024K3'. */
  denominatorPeriod?: string;
  /** For 'perAgeBand' from a live source: the unit and the denominator as the datasets name them. */
  unit?: Record<Lang, string>;
  denominatorText?: Record<Lang, string>;
  /** True when `functions` is only part of what the area means. */
  partial: boolean;
}

export function measureDefinition(parts: MeasureParts): MeasureDefinition {
  const { kind, year, partial } = parts;
  const functions = byLang((lang) => functionsText(parts.functions, lang));
  const baseUnit = parts.unit ?? byLang((lang) => t(`measure.${kind}.unit`, lang));
  const unitLabel = partial ? byLang((lang) => t('measure.unit.partial', lang, { unit: baseUnit[lang], functions: functions[lang] })) : baseUnit;
  const denominator = parts.denominatorText ?? byLang((lang) => t(`measure.${kind}.denominator`, lang, { period: parts.denominatorPeriod ?? `${year}K3` }));
  const numerator = byLang((lang) => t(`measure.${kind}.numerator`, lang, { functions: functions[lang] }));
  const priceBasis = byLang((lang) => t('measure.prices.current', lang));
  return {
    kind,
    functions: [...parts.functions],
    numerator,
    denominator,
    period: { year, text: byLang((lang) => t('measure.period', lang, { year })) },
    priceBasis,
    unitLabel,
    label: byLang((lang) => t('measure.label', lang, {
      numerator: numerator[lang], denominator: denominator[lang], year, prices: priceBasis[lang],
    })),
  };
}
