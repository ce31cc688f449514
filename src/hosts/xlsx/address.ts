// A1-address arithmetic shared by reading, writing and chart caches. Rows and columns are 1-based
// as in Excel, so numbers here can be handed to ExcelJS unchanged.
import { columnNumberToLetter } from '../../core/parse/address';

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last row and column (XFD1048576): anything beyond is not a real address. */
const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** 1-based column number → letters, as the parser counts them. */
export const columnLetters = columnNumberToLetter;

export function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** Parses 'C7' or '$C$7'; undefined when the text is not a cell address inside Excel's grid. */
export function parseCell(address: string): CellRef | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  const col = columnNumber(match[1]);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return undefined;
  return { row, col };
}

/** Parses 'A1:F26' (or a single cell, as a 1×1 range), normalising reversed corners. */
export function parseRange(range: string): RangeRef | undefined {
  const parts = range.split(':');
  if (parts.length > 2) return undefined;
  const first = parseCell(parts[0]);
  const second = parts.length === 2 ? parseCell(parts[1]) : first;
  if (!first || !second) return undefined;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(range: RangeRef): string {
  const tl = cellAddress(range.top, range.left);
  const br = cellAddress(range.bottom, range.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** Splits "'My sheet'!$B$7:$B$30" into sheet name (unquoted) and range text. */
export function splitSheetRef(ref: string): { sheet: string; range: string } | undefined {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(ref.trim());
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), range: quoted[2] };
  const plain = /^([^'!]+)!(.+)$/.exec(ref.trim());
  if (plain) return { sheet: plain[1], range: plain[2] };
  return undefined;
}

/** Always-quoted form: valid in formulas and chart refs whatever the name contains. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
