// Checks a data selection against tableinfo before anything is sent, so a wrong code fails here
// with a message naming the variable, the value and its closest real neighbours, instead of as a
// terse EXTRACT-NOTFOUND from DST. DST's selection syntax is understood, not rewritten: the
// request keeps '*', '2023*', '(1)' … and we only count how many values they stand for.
import type { Lang } from '../../core/types';
import { StatbankError, statbankText } from './errors';
import type { Selection, TableInfo, TableValue, TableVariable } from './types';

export interface ResolvedVariable {
  variable: TableVariable;
  /** The expressions as sent to DST. */
  expressions: string[];
  /** Codes the expressions stand for, in tableinfo order (a sum(...) counts as one). */
  count: number;
}

/** Throws StatbankError (UNKNOWN-VARIABLE, UNKNOWN-VALUE, MISSING-VARIABLE) or returns the selection, variable ids as in tableinfo. */
export function resolveSelection(info: TableInfo, selection: Selection, lang: Lang = 'da'): ResolvedVariable[] {
  const resolved: ResolvedVariable[] = [];
  for (const [key, expressions] of Object.entries(selection)) {
    const variable = info.variables.find((v) => v.id.toLowerCase() === key.toLowerCase());
    if (!variable) {
      throw new StatbankError('UNKNOWN-VARIABLE', { table: info.id, variable: key, known: info.variables.map((v) => v.id).join(', ') }, lang);
    }
    let count = 0;
    for (const expression of expressions) {
      const matched = matchExpression(expression, variable.values);
      if (matched === undefined || matched.length === 0) {
        const close = closeMatches(expression, variable.values);
        throw new StatbankError('UNKNOWN-VALUE', {
          table: info.id, variable: variable.id, value: expression,
          close: close.length > 0 ? close.join(', ') : statbankText('statbank.close.none', lang),
        }, lang);
      }
      count += /^sum\(/i.test(expression.trim()) ? 1 : matched.length;
    }
    resolved.push({ variable, expressions, count });
  }
  for (const variable of info.variables) {
    if (!variable.elimination && !resolved.some((r) => r.variable === variable)) {
      throw new StatbankError('MISSING-VARIABLE', { table: info.id, variable: variable.id }, lang);
    }
  }
  return resolved;
}

/** DST's size estimate: the product of the selected value counts × (selected variables + 1). */
export function estimateCells(resolved: readonly ResolvedVariable[]): number {
  return resolved.reduce((product, r) => product * r.count, 1) * (resolved.length + 1);
}

/**
 * The codes an expression stands for, or undefined when it is not valid syntax. Understands a
 * plain code, '*' and '?' wildcards, ranges '>=A<=B' (any one bound may be left out), the newest
 * periods '(k)' (k-th newest) and '(-n+k)' (k newest), and 'sum([label=]a;b)'.
 */
export function matchExpression(expression: string, values: readonly TableValue[]): string[] | undefined {
  const expr = expression.trim();
  const codes = values.map((v) => v.id);
  const sum = /^sum\((?:[^=()]*=)?(.*)\)$/i.exec(expr);
  if (sum) {
    const parts = sum[1].split(';').map((part) => matchExpression(part, values));
    if (parts.some((p) => p === undefined || p.length === 0)) return [];
    return [...new Set(parts.flatMap((p) => p ?? []))];
  }
  const newest = /^\(\s*(-n\s*\+\s*)?(\d+)\s*\)$/i.exec(expr);
  if (newest) {
    const k = Number(newest[2]);
    if (k < 1 || k > codes.length) return [];
    return newest[1] ? codes.slice(codes.length - k) : [codes[codes.length - k]];
  }
  const range = /^(?:(>=|>)([^<>]+))?(?:(<=|<)([^<>]+))?$/.exec(expr);
  if (range && (range[1] || range[3])) {
    const [, lowOp, low, highOp, high] = range;
    return codes.filter((c) =>
      (!lowOp || (lowOp === '>=' ? c >= low.trim() : c > low.trim())) &&
      (!highOp || (highOp === '<=' ? c <= high.trim() : c < high.trim())));
  }
  if (/[*?]/.test(expr)) {
    const pattern = new RegExp(`^${expr.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    return codes.filter((c) => pattern.test(c));
  }
  const exact = codes.find((c) => c.toLowerCase() === expr.toLowerCase());
  return exact === undefined ? [] : [exact];
}

/** Up to five real values nearest to what was asked, as 'code (text)'. */
export function closeMatches(asked: string, values: readonly TableValue[], limit = 5): string[] {
  const a = asked.trim().toLowerCase();
  const scored = values.map((v) => {
    const id = v.id.toLowerCase();
    const text = v.text.toLowerCase();
    let score = Math.min(distance(a, id), distance(a, text));
    if (id.startsWith(a) || a.startsWith(id) || text.includes(a)) score -= 0.5;
    return { v, score };
  });
  scored.sort((x, y) => x.score - y.score);
  const best = scored.slice(0, limit).filter((s) => s.score <= Math.max(2, a.length / 2));
  return best.map((s) => (s.v.text && s.v.text !== s.v.id ? `${s.v.id} (${s.v.text})` : s.v.id));
}

/** Levenshtein distance, enough to rank a handful of codes. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
