// The words of the NGLK cross-check: a one-line summary per area and the lines for the method
// sheet, rendered from the check's data so either language can be had after the fact.
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { NglkComparison, NglkCrossCheck } from './nglk';
import type { NglkReason } from './nglkLayout';
import { statbankText } from './errors';
import { formatDate } from './fallbackText';

/** Disagreements listed by name on the method sheet before the rest are counted. */
const LISTED_DISAGREEMENTS = 5;

const locale = (lang: Lang): string => (lang === 'da' ? 'da-DK' : 'en-GB');

/** A share as a percentage: '4,2 %' in Danish, '4.2%' in English; `signed` adds + or −. */
export function percent(share: number, lang: Lang, options: { signed?: boolean; decimals?: 'fixed' | 'trim' } = {}): string {
  const digits = options.decimals === 'trim' ? { minimumFractionDigits: 0 } : { minimumFractionDigits: 1 };
  const number = new Intl.NumberFormat(locale(lang), { ...digits, maximumFractionDigits: 1, signDisplay: options.signed ? 'exceptZero' : 'auto' })
    .format(share * 100);
  return lang === 'da' ? `${number} %` : `${number}%`;
}

function kroner(value: number, lang: Lang): string {
  const number = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(value);
  return lang === 'da' ? `${number} kr.` : `DKK ${number}`;
}

function renderReason(reason: NglkReason, check: NglkCrossCheck, lang: Lang): string {
  const params = { ...reason.params };
  if (typeof params.what === 'string') params.what = t(`nglk.what.${params.what}`, lang);
  if (reason.key === 'nglk.reason.noKeyFigure') params.area = check.areaName[lang];
  // statbankText renders decimals in the reader's style, as the client's own messages do.
  return reason.key.startsWith('statbank.') ? statbankText(reason.key, lang, params) : t(reason.key, lang, params);
}

function largest(comparisons: readonly NglkComparison[]): NglkComparison | undefined {
  return comparisons.reduce<NglkComparison | undefined>(
    (best, c) => (!best || Math.abs(c.relativeDifference) > Math.abs(best.relativeDifference) ? c : best), undefined);
}

/**
 * 'NGLK FOL 2024: 96 af 98 kommuner stemmer inden for 1 %; største forskel: Læsø 4,2 %.' followed
 * by what each side divides by, so a reader can see why the figures may differ.
 */
export function checkMessage(check: NglkCrossCheck, lang: Lang): string {
  if (check.status === 'failed') {
    const failed = t('nglk.failed', lang, { detail: check.reason ? renderReason(check.reason, check, lang) : '—' });
    if (!check.rememberedAt) return failed;
    return `${failed} ${statbankText('statbank.nglk.remembered', lang, { date: formatDate(check.rememberedAt, lang) })}`;
  }
  if (check.status === 'no-matching-key-figure' || !check.nglk) {
    return check.reason ? renderReason(check.reason, check, lang) : '—';
  }
  const { code, text, unit } = check.nglk;
  const base = { code, year: check.year };
  let summary: string;
  if (check.comparisons.length === 0) {
    summary = t('nglk.summary.none', lang, base);
  } else {
    const agree = check.comparisons.length - check.disagreements.length;
    summary = t('nglk.summary', lang, {
      ...base, agree, compared: check.comparisons.length, tolerance: percent(check.tolerance, lang, { decimals: 'trim' }),
    });
    if (check.missing.length > 0) summary += t('nglk.summary.missing', lang, { count: check.missing.length });
    const worst = largest(check.comparisons);
    if (worst && worst.relativeDifference !== 0) {
      summary += t('nglk.summary.largest', lang, { name: worst.name, difference: percent(Math.abs(worst.relativeDifference), lang) });
    }
  }
  const sides = t('nglk.denominators', lang, { text, unit, ours: check.ourUnit[lang] });
  const why = check.disagreements.length > 0 ? ` ${t('nglk.denominators.why', lang)}` : '';
  return `${summary}. ${sides}${why}`;
}

/** Plain lines for the method sheet: a heading, one line per area, the disagreements by name, the source. */
export function crossCheckLines(checks: readonly NglkCrossCheck[], lang: Lang): string[] {
  if (checks.length === 0) return [];
  const lines = [t('nglk.lines.heading', lang, { tolerance: percent(checks[0].tolerance, lang, { decimals: 'trim' }) })];
  for (const check of checks) {
    lines.push(t('nglk.lines.area', lang, { area: check.areaName[lang], message: checkMessage(check, lang) }));
    const worstFirst = [...check.disagreements].sort((a, b) => Math.abs(b.relativeDifference) - Math.abs(a.relativeDifference));
    for (const d of worstFirst.slice(0, LISTED_DISAGREEMENTS)) {
      lines.push(t('nglk.lines.disagreement', lang, {
        name: d.name, ours: kroner(d.ours, lang), theirs: kroner(d.theirs, lang), difference: percent(d.relativeDifference, lang, { signed: true }),
      }));
    }
    if (worstFirst.length > LISTED_DISAGREEMENTS) lines.push(t('nglk.lines.more', lang, { count: worstFirst.length - LISTED_DISAGREEMENTS }));
  }
  if (checks.some((c) => c.status === 'compared')) lines.push(t('nglk.lines.attribution', lang));
  return lines;
}
