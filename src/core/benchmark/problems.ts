// One way to make a Problem: the code is the string-table key, so the message and the code can
// never drift apart, and the message is rendered in the caller's language.
import { t } from '../../i18n';
import type { Lang, Problem, Severity } from '../types';

export type ProblemParams = Record<string, string | number>;

export function benchProblem(
  code: string,
  severity: Severity,
  params: ProblemParams,
  lang: Lang,
  address = '',
): Problem {
  return { address, severity, code, params, message: t(code, lang, readableParams(params, lang)) };
}

/** Numbers in messages read as a finance officer writes them: 104.305 in Danish, 104,305 in English. */
function readableParams(params: ProblemParams, lang: Lang): ProblemParams {
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' && Number.isFinite(value) ? format.format(value) : value]),
  );
}

/** Join codes or ids for a message, shortening long lists so a message stays readable. */
export function listForMessage(items: readonly string[], limit = 15): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} … (+${items.length - limit})`;
}
