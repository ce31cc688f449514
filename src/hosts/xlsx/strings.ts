// Message helpers of the .xlsx host; the texts themselves live in the one string table
// (src/i18n/tables/xlsxHost.ts).
import type { Lang } from '../../core/types';
import { t } from '../../i18n';

export function hostText(key: string, lang: Lang = 'da', params: Record<string, string | number> = {}): string {
  return t(key, lang, params);
}

/** Danish-style list: "a, b og c" / "a, b and c"; the empty list reads "(ingen)". */
export function listText(items: string[], lang: Lang = 'da'): string {
  if (items.length === 0) return hostText('xlsxHost.none', lang);
  if (items.length === 1) return items[0];
  const and = lang === 'da' ? ' og ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
