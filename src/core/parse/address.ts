// A1-style address helpers. Rows and columns are 1-based throughout, as Excel numbers them
// (A = 1, XFD = 16384), so nothing here needs an off-by-one comment at the call site.

export const MAX_COLUMN = 16384; // XFD
export const MAX_ROW = 1048576;

export interface CellRef {
  row: number;
  col: number;
}

/** 'A' → 1, 'Z' → 26, 'AA' → 27, 'XFD' → 16384. Case-insensitive; throws outside A..XFD. */
export function columnLetterToNumber(letters: string): number {
  const upper = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) throw new RangeError(`Not a column letter: "${letters}"`);
  let n = 0;
  for (const ch of upper) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMN) throw new RangeError(`Column beyond XFD: "${letters}"`);
  return n;
}

/** 1 → 'A', 27 → 'AA', 16384 → 'XFD'. Throws outside 1..16384. */
export function columnNumberToLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLUMN) {
    throw new RangeError(`Column number out of range: ${col}`);
  }
  let letters = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Parse 'B3' or '$B$3' (no sheet part) into 1-based row and column. Throws on anything else. */
export function parseA1(address: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) throw new RangeError(`Not an A1 cell address: "${address}"`);
  const col = columnLetterToNumber(match[1]);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW) throw new RangeError(`Row out of range in "${address}"`);
  return { row, col };
}

export function formatA1(ref: CellRef): string {
  if (!Number.isInteger(ref.row) || ref.row < 1 || ref.row > MAX_ROW) {
    throw new RangeError(`Row out of range: ${ref.row}`);
  }
  return `${columnNumberToLetter(ref.col)}${ref.row}`;
}

/** The address `rows` down and `cols` right of `topLeft`: offsetA1('B3', 2, 1) → 'C5'. */
export function offsetA1(topLeft: string, rows: number, cols: number): string {
  const start = parseA1(topLeft);
  return formatA1({ row: start.row + rows, col: start.col + cols });
}

/**
 * A sheet name is left bare when it is a plain word: letters, digits, underscore and dots, not
 * starting with a digit, and not an R1C1 reference or a logical ('R2C3', 'TRUE'). Everything else
 * is quoted, with embedded quotes doubled. Excel itself also quotes names shaped like A1 cells,
 * which would turn Denmark's default sheet name into 'Ark1'; we keep Ark1!C7 bare as users see it,
 * since Excel reads both spellings.
 */
export function quoteSheetName(sheet: string): string {
  const plainWord = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const looksLikeR1C1 = /^[Rr]\d*([Cc]\d*)?$/.test(sheet) || /^[Cc]\d*$/.test(sheet);
  const looksLikeBoolean = /^(true|false)$/i.test(sheet);
  if (plainWord && !looksLikeR1C1 && !looksLikeBoolean) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Mine tal'!C7", 'Ark1!C7'. `a1` may also be a range such as 'A5:F5'. */
export function sheetAddress(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

/** Sheet-qualified range, e.g. rangeAddress('Ark 1', {row:5,col:1}, {row:5,col:6}) → "'Ark 1'!A5:F5". */
export function rangeAddress(sheet: string, from: CellRef, to: CellRef): string {
  const first = formatA1(from);
  const last = formatA1(to);
  return sheetAddress(sheet, first === last ? first : `${first}:${last}`);
}

/** A whole row of a table: rowRangeAddress('Ark 1', 5, 1, 6) → "'Ark 1'!A5:F5". */
export function rowRangeAddress(sheet: string, row: number, firstCol: number, lastCol: number): string {
  return rangeAddress(sheet, { row, col: firstCol }, { row, col: lastCol });
}
