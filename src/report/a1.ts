// A1-address helpers for laying out result sheets, built on the parser's column arithmetic so the
// whole project counts columns one way.
import { columnLetterToNumber, columnNumberToLetter } from '../core/parse/address';

const lettersByColumn: string[] = [];

/** 1-based column number → letters: 1 → 'A', 27 → 'AA' (remembered: a sheet uses a few columns a million times). */
export function columnLetters(column: number): string {
  return lettersByColumn[column] ?? (lettersByColumn[column] = columnNumberToLetter(column));
}

/** Letters → 1-based column number: 'A' → 1, 'AA' → 27. */
export const columnNumber = columnLetterToNumber;

/** Relative address: cell(3, 7) → 'C7'. */
export function cell(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Absolute address: absCell(3, 7) → '$C$7'. */
export function absCell(column: number, row: number): string {
  return `$${columnLetters(column)}$${row}`;
}

/** Absolute range of one column: absColumnRange(3, 12, 40) → '$C$12:$C$40'. */
export function absColumnRange(column: number, firstRow: number, lastRow: number): string {
  return `${absCell(column, firstRow)}:${absCell(column, lastRow)}`;
}

/** Relative rectangular range: range(1, 6, 8, 31) → 'A6:H31'. */
export function range(firstColumn: number, firstRow: number, lastColumn: number, lastRow: number): string {
  return `${cell(firstColumn, firstRow)}:${cell(lastColumn, lastRow)}`;
}

/** Split 'C7' or '$C$7' into its 1-based column and row. */
export function parseCell(address: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match) throw new Error(`Invalid cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

/** A sheet name as it must appear in a formula: always quoted, inner apostrophes doubled. */
const quotedNames = new Map<string, string>();

export function quoteSheet(name: string): string {
  // A report quotes its few sheet names hundreds of thousands of times: each is made once.
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = `'${name.replace(/'/g, "''")}'`;
    if (quotedNames.size < 1000) quotedNames.set(name, quoted);
  }
  return quoted;
}

/** Sheet-qualified reference, e.g. "'Potentialer'!$P$12". */
export function sheetRef(sheet: string, reference: string): string {
  return `${quoteSheet(sheet)}!${reference}`;
}
