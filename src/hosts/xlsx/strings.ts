// Message helpers of the .xlsx host; the texts themselves live in the one string table
// (src/i18n/tables/xlsxHost.ts).
import type { Lang } from '../../core/types';
import { t } from '../../i18n';

export function hostText(key: string, lang: Lang = 'da', params: Record<string, string | number> = {}): string {
  return t(key, lang, params);
}

export { listText } from '../common/listText';
