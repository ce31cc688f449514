// Text lookup for the Office.js host; the texts live in the one string table (tables/excelHost.ts).
import type { Lang } from '../../core/types';
import { t } from '../../i18n';

export { listText } from '../common/listText';

export function excelText(key: string, lang: Lang, params: Record<string, string | number> = {}): string {
  return t(key, lang, params);
}
