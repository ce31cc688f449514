// Free names for report sheets and tables, shared by both workbook hosts. A user's sheet or table
// is never renamed or overwritten: the report's own name gives way ("Overblik" → "Overblik (2)").
import { REGISTRY_SHEET } from './registry';

export const SHEET_NAME_MAX = 31;
/** Excel refuses this sheet name (it is reserved for change tracking). */
const RESERVED_SHEET = 'history';

/** The first `max` UTF-16 units of `text`, never ending in half a surrogate pair (an emoji cut in two is not text). */
export function cutTo(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Makes any text a legal sheet name: no []:*?/\ and no control characters, no apostrophe at either
 * end (also after the cut), at most 31 characters, not Excel's reserved "History".
 */
export function legalSheetName(name: string): string {
  const legal = cleanSheetName(name);
  return legal.toLowerCase() === RESERVED_SHEET ? `${legal} (1)` : legal;
}

/** legalSheetName without the reserved-name check, which freeSheetName makes itself. */
function cleanSheetName(name: string): string {
  // Apostrophes and spaces together: stripping one can uncover the other ("' 'x").
  const clean = (text: string) => text.replace(/^[\s']+|[\s']+$/g, '');
  let legal = clean(
    name
      .replace(/[[\]:*?/\\]/g, '-')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' '),
  );
  legal = clean(cutTo(legal, SHEET_NAME_MAX));
  return legal || 'Ark';
}

/** `taken` holds lower-case names; the chosen name is added to it. Sheet names compare case-insensitively. */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  const isFree = (name: string): boolean => {
    const key = name.toLowerCase();
    return !taken.has(key) && key !== REGISTRY_SHEET && key !== RESERVED_SHEET;
  };
  let name = base;
  for (let n = 2; !isFree(name); n++) {
    const suffix = ` (${n})`;
    name = `${cutTo(base, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Makes text a legal table name: letters, digits, underscore and dots, starting with a letter or underscore. */
export function legalTableName(name: string): string {
  let clean = name.normalize('NFC').replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(clean)) clean = `T_${clean}`;
  // Names that look like cell references (A1, R1C1, R, C) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(clean) || /^([Rr]\d*)?([Cc]\d*)?$/.test(clean)) clean = `T_${clean}`;
  return clean.slice(0, 255);
}

/** Table names are workbook-unique, case-insensitively; a clash gets `_2`, `_3`, … */
export function freeTableName(wanted: string, taken: Set<string>): string {
  const base = legalTableName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * True when Excel takes `name` as a workbook-level defined name: a letter, '_' or '\' first, then
 * letters, digits, '_', '.' or '\'; at most 255 characters; not a cell reference (A1, R1C1, R, C).
 */
export function isLegalDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[Rr](\d*)([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return false;
  return !/^_xlnm\./i.test(name);
}

/**
 * A defined name the user has not taken: the wanted name, or `_2`, `_3`, … after it. `taken`
 * holds lower-case workbook-level names; the chosen one is added to it.
 */
export function freeDefinedName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
