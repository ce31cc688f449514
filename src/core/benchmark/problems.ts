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
  return { address, severity, code, params, message: t(code, lang, params) };
}

/** Join codes or ids for a message, shortening long lists so a message stays readable. */
export function listForMessage(items: readonly string[], limit = 15): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} … (+${items.length - limit})`;
}
