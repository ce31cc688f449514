// Column widths from content. Excel measures a column in widths of the digit '0' of the body font
// (Calibri 11); a cell shows '###' when its formatted number is wider than that. Estimating the
// formatted text of each cell here keeps every number readable when printed, in Excel and in
// LibreOffice with Carlito (metrically equal to Calibri).
import type { CellModel } from './model';

/** Space Excel keeps either side of the text inside a cell, in character widths. */
const PADDING = 1.5;

interface NumberFormatShape {
  suffix: string;
  percent: boolean;
  scaleCommas: number;
  decimals: number;
  grouped: boolean;
}

/** What formattedLength needs of a format, read once per format (a sheet has a handful). */
const shapes = new Map<string, NumberFormatShape>();

function shapeOf(format: string): NumberFormatShape {
  let shape = shapes.get(format);
  if (!shape) {
    shape = {
      suffix: /"([^"]*)"/.exec(format)?.[1] ?? '',
      percent: format.includes('%'),
      // Trailing commas after the digits divide by 1,000 each (e.g. '#,##0.0,, "mio. kr."').
      scaleCommas: /0,+(?=\s|"|$|;)/.exec(format.split(';')[0])?.[0].length ?? 1,
      decimals: /\.(0+)/.exec(format)?.[1].length ?? 0,
      grouped: format.includes('#,##'),
    };
    shapes.set(format, shape);
  }
  return shape;
}

/** Characters of the number as Excel would render it with `numFmt` (thousands separators, decimals, suffix). */
export function formattedLength(value: number, numFmt: string | undefined): number {
  const format = numFmt ?? 'General';
  if (format === 'General') return String(Math.round(value * 1e6) / 1e6).length;
  const { suffix, percent, scaleCommas, decimals, grouped } = shapeOf(format);
  const scaled = Math.abs(value) * (percent ? 100 : 1) / 1000 ** (scaleCommas - 1);
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.round(scaled)))) + 1);
  const groups = grouped ? Math.floor((integerDigits - 1) / 3) : 0;
  return (value < 0 ? 1 : 0) + integerDigits + groups + (decimals > 0 ? decimals + 1 : 0) + (percent ? 1 : 0) + suffix.length;
}

/** Width in character units the cell needs to show its content in full (wrapped text: its longest word). */
export function cellWidth(cell: CellModel): number {
  const size = cell.style?.size ?? 11;
  const bold = cell.style?.bold ? 1.08 : 1;
  const scale = (size / 11) * bold;
  const value = cell.value;
  if (typeof value === 'number') return formattedLength(value, cell.numFmt) * scale + PADDING;
  if (typeof value === 'string') {
    const text = cell.style?.wrap ? longestWord(value) : value.length;
    // Proportional text averages a little below a digit's width.
    return text * 0.92 * scale + PADDING;
  }
  if (typeof value === 'boolean') return 5 * scale + PADDING;
  return 0;
}

/** What /\s/ matches: ECMAScript white space and line terminators. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The lengths of the words of `text` (runs between white space), in order, without making the words. */
function wordLengths(text: string, visit: (length: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      visit(i - start);
      start = -1;
    }
  }
}

function longestWord(text: string): number {
  let longest = 0;
  wordLengths(text, (length) => (longest = Math.max(longest, length)));
  return longest;
}

/**
 * A wrapped header takes at most `lines` lines: its width is what that needs, but never less than
 * its longest word.
 */
export function headerWidth(text: string, lines: number, bold = true): number {
  const scale = bold ? 1.08 : 1;
  return Math.max(longestWord(text) * 1.05, Math.ceil(text.length / lines)) * 0.92 * scale + PADDING;
}

/** Lines a wrapped text needs in a column `width` characters wide (words never break). */
export function wrappedLines(text: string, width: number, bold = true): number {
  const room = Math.max(1, (width - PADDING) / (0.92 * (bold ? 1.08 : 1)));
  let lines = 1;
  let used = 0;
  wordLengths(text, (length) => {
    const need = used === 0 ? length : used + 1 + length;
    if (need <= room || used === 0) used = need;
    else {
      lines++;
      used = length;
    }
  });
  return lines;
}

/** Height in points of a row of wrapped 11-point headers in columns of the given widths. */
export function headerRowHeight(cells: readonly CellModel[], row: number, widths: readonly number[]): number {
  let lines = 1;
  for (const cell of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (!match || Number(match[2]) !== row || typeof cell.value !== 'string') continue;
    const width = widths[columnIndex(match[1]) - 1];
    if (width !== undefined) lines = Math.max(lines, wrappedLines(cell.value, width, cell.style?.bold ?? true));
  }
  return lines * 15;
}

export interface WidthOptions {
  min?: number;
  max?: number;
  skipRows?: (row: number) => boolean;
  headerRows?: Set<number>;
  headerLines?: number;
}

/**
 * Widths for columns 1..count from the given cells, each between `min` and `max`. Titles, headings
 * and notes (text in large or italic type) run on across the page and do not count; nor do cells
 * in `skipRows`. Numbers always count: a number too wide for its column prints as '###'.
 */
export function widthsFromContent(cells: readonly CellModel[], count: number, options: WidthOptions = {}): number[] {
  const widths = new Array<number>(count).fill(options.min ?? 6);
  for (const cell of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (match) measure(widths, Number(match[2]), columnIndex(match[1]), cell, options);
  }
  return capped(widths, options);
}

/** widthsFromContent for cells already laid out by row and column (index = column number). */
export function widthsOfRows(rows: ReadonlyMap<number, readonly (CellModel | undefined)[]>, count: number, options: WidthOptions = {}): number[] {
  const widths = new Array<number>(count).fill(options.min ?? 6);
  for (const [row, line] of rows) {
    for (let column = 1; column <= count && column < line.length; column++) {
      const cell = line[column];
      if (cell) measure(widths, row, column, cell, options);
    }
  }
  return capped(widths, options);
}

function measure(widths: number[], row: number, column: number, cell: CellModel, options: WidthOptions): void {
  if (column > widths.length || options.skipRows?.(row)) return;
  const isHeader = options.headerRows?.has(row) ?? false;
  if (!isHeader && typeof cell.value === 'string' && (cell.style?.italic || (cell.style?.size ?? 11) > 11)) return;
  const need = isHeader && typeof cell.value === 'string'
    ? headerWidth(cell.value, options.headerLines ?? 2, cell.style?.bold ?? true)
    : cellWidth(cell);
  widths[column - 1] = Math.max(widths[column - 1], need);
}

function capped(widths: number[], options: WidthOptions): number[] {
  const max = options.max ?? 60;
  return widths.map((w) => Math.min(max, Math.round(w * 10) / 10));
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
