// How NGLK (DST's official municipal key figures) is laid out, read from its tableinfo rather than
// assumed: which variable holds the municipalities, the year, the key figures, net versus gross
// and the price unit, and which key figure stands for each of our service areas. Nothing here is
// trusted until tableinfo lists it, so a renamed code gives "no matching key figure", not a wrong
// comparison.
import { normaliseAreaText } from '../catalogue';
import type { ServiceAreaDefinition } from '../types';
import type { TableInfo, TableValue, TableVariable } from './types';

export const NGLK_TABLE = 'NGLK';

/** A message key with its parameters, so a reason can be rendered in either language later. */
export interface NglkReason {
  key: string;
  params: Record<string, string | number>;
}

export interface FixedChoice {
  variable: string;
  code: string;
  text: string;
}

export interface NglkLayout {
  areaVariable: TableVariable;
  timeVariable: TableVariable;
  keyFigureVariable: TableVariable;
  /** Every other variable the request must fix: net expenditure, price unit, totals. */
  fixed: FixedChoice[];
  /** The price unit as DST words it, or the table's unit when there is no price variable. */
  unit: string;
  /** Multiply NGLK's figures by this to get kr. (1000 when the unit is 1,000 kr.). */
  scale: number;
}

export type LayoutResult = { ok: true; layout: NglkLayout } | { ok: false; reason: NglkReason };

export interface KeyFigureMatch {
  value: TableValue;
  by: 'code' | 'text';
}

/**
 * Codes DST is documented to use in BNOGLE, and words its value texts are likely to contain. The
 * codes are tried first; the area's own Danish names come before these words.
 */
const AREA_HINTS: Record<string, { codes: string[]; words: string[] }> = {
  folkeskole: { codes: ['FOL', 'FOLK'], words: ['folkeskole'] },
  sfo: { codes: ['SFO'], words: ['skolefritid'] },
  // Dagtilbud and ældre are 5.25.xx and 5.30.xx, as DST's key figures, so they are the ones compared.
  dagtilbud: { codes: ['DAG'], words: ['dagtilbud'] },
  aeldre: { codes: ['ÆLD', 'AELD'], words: ['ældre'] },
  hjemmesygepleje: { codes: [], words: ['hjemmesygepleje'] },
  administration: { codes: ['ADM'], words: ['administration'] },
  total: { codes: ['DRI', 'DRIFT'], words: ['nettodriftsudgifter i alt'] },
};

const KEY_FIGURE_VARIABLE = 'BNOGLE';
const NET_VARIABLE = 'BRUTNETUDG';
const PRICE_VARIABLE = 'PRISENHED';

/** The words of a phrase that must all start a word of the text; a phrase without one long word is too vague to use. */
function phraseWords(phrase: string): string[] | undefined {
  const words = normaliseAreaText(phrase.replace(/\([^)]*\)/g, ' ')).split(' ').filter((w) => w.length >= 3);
  return words.some((w) => w.length >= 4) ? words : undefined;
}

function textContains(text: string, words: readonly string[]): boolean {
  const textWords = normaliseAreaText(text).split(' ');
  return words.every((w) => textWords.some((tw) => tw.startsWith(w)));
}

/** The NGLK value standing for an area: by code first, then by the area's names, then by the hint words. */
export function matchKeyFigure(variable: TableVariable, area: ServiceAreaDefinition): KeyFigureMatch | undefined {
  // Only areas DST publishes a key figure for are matched; a guess by name (e.g. "Udsatte børn" for
  // 5.28.21 + 5.28.22 against NGLK's whole 5.28 per 0–22-year-old) would compare unlike things.
  const hints = AREA_HINTS[area.id];
  if (!hints) return undefined;
  const codes = new Set(hints.codes.map(normaliseAreaText));
  const byCode = variable.values.find((v) => codes.has(normaliseAreaText(v.id)));
  if (byCode) return { value: byCode, by: 'code' };
  const phrases = [area.shortName?.da, area.name.da, ...hints.words].filter((p): p is string => p !== undefined);
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    const byText = words && variable.values.find((v) => textContains(v.text, words));
    if (byText) return { value: byText, by: 'text' };
  }
  return undefined;
}

const sameId = (variable: TableVariable, id: string): boolean => variable.id.toUpperCase() === id.toUpperCase();

function findAreaVariable(info: TableInfo): TableVariable | undefined {
  return info.variables.find((v) => sameId(v, 'OMRÅDE')) ?? info.variables.find((v) => !v.time && v.values.some((x) => x.id === '101'));
}

function findTimeVariable(info: TableInfo): TableVariable | undefined {
  return info.variables.find((v) => v.time) ?? info.variables.find((v) => sameId(v, 'Tid'));
}

const isNetValue = (v: TableValue): boolean => v.id.toUpperCase() === 'NET' || normaliseAreaText(v.text).startsWith('netto');
const isGrossValue = (v: TableValue): boolean => v.id.toUpperCase() === 'BRUT' || normaliseAreaText(v.text).startsWith('brutto');
const isPriceValue = (v: TableValue): boolean => /\b(loebende|faste)\b/.test(normaliseAreaText(v.text));
const isPerUnitCurrent = (v: TableValue): boolean => /\bpr\b/.test(normaliseAreaText(v.text)) && /\bloebende\b/.test(normaliseAreaText(v.text));
const isTotalValue = (v: TableValue): boolean =>
  ['TOT', 'IALT'].includes(v.id.toUpperCase()) || /^(i alt|total)\b/.test(normaliseAreaText(v.text));

/** BNOGLE when listed; otherwise the remaining variable whose values match the most service areas. */
function findKeyFigureVariable(candidates: readonly TableVariable[], areas: readonly ServiceAreaDefinition[]): TableVariable | undefined {
  const named = candidates.find((v) => sameId(v, KEY_FIGURE_VARIABLE));
  if (named) return named;
  let best: { variable: TableVariable; score: number } | undefined;
  for (const variable of candidates) {
    const score = areas.filter((area) => matchKeyFigure(variable, area) !== undefined).length;
    if (score > 0 && (!best || score > best.score)) best = { variable, score };
  }
  return best?.variable;
}

/** Reads NGLK's layout from its tableinfo for one year; a reason instead when the table cannot be used. */
export function discoverLayout(info: TableInfo, year: string, areas: readonly ServiceAreaDefinition[]): LayoutResult {
  const fail = (key: string, params: NglkReason['params']): LayoutResult => ({ ok: false, reason: { key, params } });
  const areaVariable = findAreaVariable(info);
  if (!areaVariable) return fail('nglk.reason.noVariable', { what: 'area' });
  const timeVariable = findTimeVariable(info);
  if (!timeVariable) return fail('nglk.reason.noVariable', { what: 'time' });
  if (!timeVariable.values.some((v) => v.id === year)) {
    const periods = timeVariable.values.map((v) => v.id).sort();
    return fail('nglk.reason.noYear', { year, newest: periods[periods.length - 1] ?? '—' });
  }
  const rest = info.variables.filter((v) => v !== areaVariable && v !== timeVariable);
  // Without the documented ids, a net/gross pair or price texts give the variable away.
  const unnamed = rest.filter((v) => !sameId(v, KEY_FIGURE_VARIABLE));
  const netVariable = rest.find((v) => sameId(v, NET_VARIABLE))
    ?? unnamed.find((v) => v.values.some(isNetValue) && v.values.some(isGrossValue));
  const priceVariable = rest.find((v) => sameId(v, PRICE_VARIABLE))
    ?? unnamed.find((v) => v !== netVariable && v.values.some(isPriceValue));
  const keyFigureVariable = findKeyFigureVariable(rest.filter((v) => v !== netVariable && v !== priceVariable), areas);
  if (!keyFigureVariable) return fail('nglk.reason.noVariable', { what: 'keyFigure' });

  const fixed: FixedChoice[] = [];
  let unit = info.unit;
  if (netVariable) {
    const net = netVariable.values.find(isNetValue);
    if (!net) return fail('nglk.reason.noValue', { variable: netVariable.id, what: 'net' });
    fixed.push({ variable: netVariable.id, code: net.id, text: net.text });
  }
  if (priceVariable) {
    const price = priceVariable.values.find(isPerUnitCurrent);
    if (!price) return fail('nglk.reason.noValue', { variable: priceVariable.id, what: 'perUnit' });
    fixed.push({ variable: priceVariable.id, code: price.id, text: price.text });
    unit = price.text;
  }
  for (const other of rest.filter((v) => v !== netVariable && v !== priceVariable && v !== keyFigureVariable)) {
    // DST sums an eliminable variable to its total itself; anything else needs a total we can name.
    if (other.elimination) continue;
    const total = other.values.find(isTotalValue);
    if (!total) return fail('nglk.reason.unknownVariable', { variable: other.id });
    fixed.push({ variable: other.id, code: total.id, text: total.text });
  }
  const scale = /\b1 000 kr\b/.test(normaliseAreaText(unit)) ? 1000 : 1;
  return { ok: true, layout: { areaVariable, timeVariable, keyFigureVariable, fixed, unit, scale } };
}
