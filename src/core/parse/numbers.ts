// Reading numbers that were typed or pasted as text. Users are Danish, so Danish notation wins
// whenever a text can be read both ways:
//   "1.234,5"  → 1234.5   (dot groups thousands, comma is the decimal mark)
//   "1.234"    → 1234     (one dot followed by exactly three digits is a thousands dot)
//   "1,234"    → 1.234    (one comma is always the decimal mark) — flagged `ambiguous`, because an
//                          English-style sheet would mean one thousand two hundred and thirty-four
//   "1,234.5"  → 1234.5   (both marks present: the last one is the decimal mark, so this is English)
//   "12.5"     → 12.5     (a dot not followed by a group of three cannot be a thousands dot)
// Spaces (also non-breaking and thin ones) group thousands; "kr.", "DKK" and a trailing ",-" are
// ignored; a trailing "%" divides by 100 as Excel does when one types "12,5 %".
import type { Lang } from '../types';
import { foldDanish } from './text';

export interface ParsedNumber {
  value: number;
  /** True when the text needed more than digits and an optional minus to be read. */
  normalised: boolean;
  /** True when an English-style reader would get a different number (e.g. "1,234"). */
  ambiguous?: boolean;
}

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

function validGroups(intPart: string, separator: string): boolean {
  const groups = intPart.split(separator);
  if (!/^[1-9]\d{0,2}$/.test(groups[0])) return false;
  return groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function readBody(body: string): { value: number; ambiguous: boolean } | null {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  const finish = (intPart: string, frac: string, groupSep: string | null, ambiguous = false) => {
    if (frac !== '' && !/^\d+$/.test(frac)) return null;
    if (groupSep ? !validGroups(intPart, groupSep) : !/^\d+$/.test(intPart)) return null;
    const digits = groupSep ? intPart.split(groupSep).join('') : intPart;
    const value = Number(frac === '' ? digits : `${digits}.${frac}`);
    return Number.isFinite(value) ? { value, ambiguous } : null;
  };

  if (dots === 0 && commas === 0) return finish(body, '', null);
  if (dots > 0 && commas > 0) {
    const decimalIsComma = lastComma > lastDot;
    const decimalSep = decimalIsComma ? ',' : '.';
    const groupSep = decimalIsComma ? '.' : ',';
    const at = body.lastIndexOf(decimalSep);
    if (body.split(decimalSep).length - 1 !== 1) return null;
    return finish(body.slice(0, at), body.slice(at + 1), groupSep);
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots > 0 ? dots : commas;
  const [intPart, frac] = [body.slice(0, body.indexOf(sep)), body.slice(body.indexOf(sep) + 1)];
  if (count > 1) return finish(body, '', sep); // several marks of one kind can only be grouping
  if (intPart === '' || frac === '') return null;
  const looksGrouped = /^\d{3}$/.test(frac) && /^[1-9]\d{0,2}$/.test(intPart);
  if (sep === ',') return finish(intPart, frac, null, looksGrouped);
  return looksGrouped ? finish(body, '', '.') : finish(intPart, frac, null);
}

/**
 * Read a number written as text the way a Danish user would mean it; null when the text is not a
 * number (e.g. "ca. 4 mio", "n/a"). See the notes at the top of this file for the rules.
 */
export function parseDanishNumber(text: string): ParsedNumber | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let body = trimmed.replace(/^(kr\.?|dkk)\s*/i, '').replace(/\s*(kr\.?|dkk|,-)$/i, '');
  let sign = 1;
  let scale = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1; // accounting style: (1.234) is minus 1.234
    body = body.slice(1, -1);
  }
  if (body.endsWith('%')) {
    scale = 0.01;
    body = body.slice(0, -1);
  }
  body = body.replace(SPACES, '');
  const signMatch = /^([+\-\u2212])/.exec(body);
  if (signMatch) {
    if (signMatch[1] !== '+') sign = -sign;
    body = body.slice(1);
  }
  const read = readBody(body);
  if (!read) return null;
  const value = sign * read.value * scale;
  const result: ParsedNumber = { value: Object.is(value, -0) ? 0 : value, normalised: !/^-?\d+$/.test(trimmed) };
  if (read.ambiguous) result.ambiguous = true;
  return result;
}

export type MoneyUnit = 'thousands' | 'millions';

/** The multiplier a cost header announces: "Nettoudgift, 1.000 kr." → thousands (× 1000). */
export function moneyUnitOf(header: string): { unit: MoneyUnit; factor: number } | null {
  const text = foldDanish(header);
  const millions = [/(mio|mill?|millioner)\.?\s*(kr|dkk)/, /dkk\s*(m|mn|mio|millions?)\b/, /millions? (of )?dkk/];
  const thousands = [
    /1[.,\s]?000\s*(kr|dkk)/,
    /(?<!\p{L})t\.?\s?kr/u,
    /tusinde?\s*kr/,
    /dkk\s*(1[.,\s]?000|thousands?|k)\b/,
    /thousands? (of )?dkk/,
  ];
  if (millions.some((re) => re.test(text))) return { unit: 'millions', factor: 1_000_000 };
  if (thousands.some((re) => re.test(text))) return { unit: 'thousands', factor: 1000 };
  return null;
}

/** A number as it reads in a message: 1234.5 → "1.234,5" in Danish, "1,234.5" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 6 }).format(value);
}
