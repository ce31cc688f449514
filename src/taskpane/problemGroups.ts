// Problems as the pane shows them: worst first, and a problem that repeats row after row (the same
// kind, the same column) merged into one line with every cell it concerns ("5 rækker: …").
// Pure, so it is tested in node.
import type { Lang, Problem, Severity } from '../core/types';
import { hasString } from '../i18n';
import { countText } from './text';
import { splitAddress } from './viewModel';

export interface ProblemTarget {
  /** The address as the problem gave it, e.g. "'Skoler 2024'!D22". */
  address: string;
  /** What a link shows: the address without its sheet when every target is on one sheet. */
  label: string;
}

export interface ProblemGroup {
  severity: Severity;
  code: string;
  text: string;
  /** Cells the problem concerns that can be selected, in the order they arose. */
  targets: ProblemTarget[];
  count: number;
}

export interface GroupedProblems {
  error: ProblemGroup[];
  warning: ProblemGroup[];
  info: ProblemGroup[];
  total: number;
}

/** Said by the pane in its own words (the rows read and used), so not listed again. */
const SHOWN_ELSEWHERE = new Set(['parse.summary']);

const keyOf = (problem: Problem): string => `${problem.severity}|${problem.code}|${String(problem.params.column ?? problem.params.header ?? '')}`;

export function groupProblems(problems: readonly Problem[], lang: Lang): GroupedProblems {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (SHOWN_ELSEWHERE.has(problem.code)) continue;
    const key = keyOf(problem);
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const all = [...groups.values()].map((members) => groupOf(members, lang));
  const bySeverity = (severity: Severity) => all.filter((group) => group.severity === severity);
  return { error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info'), total: all.length };
}

function groupOf(members: Problem[], lang: Lang): ProblemGroup {
  const first = members[0];
  const linked = members.map((p) => ({ address: p.address, target: splitAddress(p.address) })).filter((p) => p.target !== undefined);
  const sheets = new Set(linked.map((p) => p.target?.sheet));
  const targets = linked.map(({ address, target }) => ({ address, label: sheets.size === 1 && target ? target.range : address }));
  return { severity: first.severity, code: first.code, text: textOf(members, lang), targets, count: members.length };
}

/**
 * One problem says itself. Repeats use the pane's merged wording for that kind when it has one
 * ("3 rækker mangler elever"), else "n rækker:" before the first message with its address taken out
 * (the links list every cell).
 */
function textOf(members: Problem[], lang: Lang): string {
  const first = members[0];
  if (members.length === 1) return first.message;
  const mergedKey = `pane.merged.${first.code}`;
  const column = String(first.params.column ?? first.params.header ?? '');
  if (hasString(`${mergedKey}.other`)) return countText(mergedKey, members.length, lang, { ...first.params, column });
  const withoutAddress = first.message
    .split(first.address)
    .join('')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return `${countText('pane.rows', members.length, lang)}: ${withoutAddress}`;
}

/** Problems of a run that the data step has not shown already (the list appears once). */
export function newProblems(run: readonly Problem[], shown: readonly Problem[]): Problem[] {
  const seen = new Set(shown.map((p) => `${p.code}|${p.address}|${p.message}`));
  return run.filter((p) => !seen.has(`${p.code}|${p.address}|${p.message}`));
}
