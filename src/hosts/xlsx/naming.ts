// Free names for report sheets and tables. A user's sheet or table is never renamed or
// overwritten: the report's own name gives way instead ("Overblik" → "Overblik (2)").
import { REGISTRY_SHEET } from './ownSheets';

const SHEET_NAME_MAX = 31;

/** Makes any text a legal sheet name: no []:*?/\, no leading/trailing quote, ≤ 31 characters. */
export function legalSheetName(name: string): string {
  let clean = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  clean = clean.slice(0, SHEET_NAME_MAX).trim();
  return clean || 'Ark';
}

/** `taken` holds lower-case names; the chosen name is added to it. Sheet names compare case-insensitively. */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = legalSheetName(wanted);
  const isFree = (name: string): boolean =>
    !taken.has(name.toLowerCase()) && name.toLowerCase() !== REGISTRY_SHEET && name !== 'History';
  let name = base;
  for (let n = 2; !isFree(name); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Table names are workbook-unique, case-insensitively; a clash gets `_2`, `_3`, … */
export function freeTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
