// Building problems with messages from the string table. Params keep the raw facts (address,
// text, role, value) so a problem can be rendered again in another language with renderProblem.
import type { Lang, Problem, Severity } from '../types';
import { hasString, t } from '../../i18n';
import { formatNumber } from './numbers';

type Params = Record<string, string | number>;

/** Numbers in these params are amounts and read better with thousands marks; rows and years do not. */
const AMOUNT_PARAMS = ['value'];

export function renderParseMessage(code: string, params: Params, lang: Lang): string {
  const filled: Params = { ...params };
  for (const name of AMOUNT_PARAMS) {
    const value = params[name];
    if (typeof value === 'number') filled[name] = formatNumber(value, lang);
  }
  const role = params.role;
  if (typeof role === 'string') {
    if (hasString(`parse.expected.${role}`)) filled.expected = t(`parse.expected.${role}`, lang);
    if (hasString(`parse.role.${role}`)) filled.roleName = t(`parse.role.${role}`, lang);
  }
  return t(code, lang, filled);
}

export function makeProblem(severity: Severity, code: string, address: string, params: Params, lang: Lang): Problem {
  const all = { address, ...params };
  return { address, severity, code, params: all, message: renderParseMessage(code, all, lang) };
}

/** The same problem with its message in `lang`. */
export function renderProblem(problem: Problem, lang: Lang): Problem {
  return { ...problem, message: renderParseMessage(problem.code, problem.params, lang) };
}

/** Collects problems in one language; `add` returns the problem so callers can also keep it per row. */
export class ProblemLog {
  readonly all: Problem[] = [];
  constructor(readonly lang: Lang) {}

  add(severity: Severity, code: string, address: string, params: Params = {}): Problem {
    const problem = makeProblem(severity, code, address, params, this.lang);
    this.all.push(problem);
    return problem;
  }
}
