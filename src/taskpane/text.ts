// Words and numbers as the pane says them: counts with the right grammar ("1 række", "2 rækker")
// and amounts with the separators of the pane's language (1.234.567 kr. / DKK 1,234,567).
import type { Lang } from '../core/types';
import { t, type Params } from '../i18n';

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/** `${key}.one` for 1, else `${key}.other`, with {count} filled in the pane's number style. */
export function countText(key: string, count: number, lang: Lang, params: Params = {}): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, lang, { ...params, count: formatInteger(count, lang) });
}

export function formatInteger(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** 1234567.4 → '1.234.567 kr.' in Danish, 'DKK 1,234,567' in English. */
export function formatKr(amount: number, lang: Lang): string {
  return t('pane.kr', lang, { amount: formatInteger(amount, lang) });
}

/** 4_212_000 → '4,2 mio. kr.' / 'DKK 4.2m'; below a million the full amount. */
export function formatKrShort(amount: number, lang: Lang): string {
  if (Math.abs(amount) < 1_000_000) return formatKr(amount, lang);
  const millions = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(amount / 1_000_000);
  return t('pane.krMillions', lang, { amount: millions });
}

/** 0.9407 → '94 %' / '94%'. */
export function formatPercent(fraction: number, lang: Lang): string {
  return t('pane.percent', lang, { value: formatInteger(fraction * 100, lang) });
}

/** '2026-11-23T18:32:46Z' → '23.11.2026' in Danish, '23 Nov 2026' in English (UTC, so it does not drift). */
export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'en') return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  const [yyyy, mm, dd] = date.toISOString().slice(0, 10).split('-');
  return `${dd}.${mm}.${yyyy}`;
}

/** 'a', 'b', 'c' → 'a, b og c' / 'a, b and c'. */
export function listWords(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('pane.and', lang)} ${items[items.length - 1]}`;
}

/** Ends a sentence with one full stop, also after an amount that ends in "kr.". */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
