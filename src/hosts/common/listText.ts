// Lists in host messages read as sentences: "a, b og c" / "a, b and c"; an empty list reads "(ingen)".
import type { Lang } from '../../core/types';
import { t } from '../../i18n';

export function listText(items: string[], lang: Lang): string {
  if (items.length === 0) return t('excelHost.none', lang);
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')}${lang === 'da' ? ' og ' : ' and '}${items[items.length - 1]}`;
}
