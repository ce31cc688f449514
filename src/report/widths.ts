// Column widths from content. Excel measures a column in widths of the digit '0' of the body font
// (Calibri 11); a cell shows '###' when its formatted number is wider than that. Estimating the
// formatted text of each cell here keeps every number readable when printed, in Excel and in
// LibreOffice with Carlito (metrically equal to Calibri).
import type { CellModel } from './model';

/** Space Excel keeps either side of the text inside a cell, in character widths. */
const PADDING = 1.5;

/** Characters of the number as Excel would render it with `numFmt` (thousands separators, decimals, suffix). */
export function formattedLength(value: number, numFmt: string | undefined): number {
  const format = numFmt ?? 'General';
  if (format === 'General') return String(Math.round(value * 1e6) / 1e6).length;
  const suffix = /"([^"]*)"/.exec(format)?.[1] ?? '';
  const percent = format.includes('%');
  // Trailing commas after the digits divide by 1,000 each (e.g. '#,##0.0,, "mio. kr."').
  const scaleCommas = /0,+(?=\s|"|$|;)/.exec(format.split(';')[0])?.[0].length ?? 1;
  const scaled = Math.abs(value) * (percent ? 100 : 1) / 1000 ** (scaleCommas - 1);
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.round(scaled)))) + 1);
  const grouped = format.includes('#,##') ? Math.floor((integerDigits - 1) / 3) : 0;
  return (value < 0 ? 1 : 0) + integerDigits + grouped + (decimals > 0 ? decimals + 1 : 0) + (percent ? 1 : 0) + suffix.length;
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

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => word.length));
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
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room || used === 0) used = need;
    else {
      lines++;
      used = word.length;
    }
  }
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

/**
 * Widths for columns 1..count from the given cells, each between `min` and `max`. Titles, headings
 * and notes (text in large or italic type) run on across the page and do not count; nor do cells
 * in `skipRows`. Numbers always count: a number too wide for its column prints as '###'.
 */
export function widthsFromContent(
  cells: readonly CellModel[],
  count: number,
  options: { min?: number; max?: number; skipRows?: (row: number) => boolean; headerRows?: Set<number>; headerLines?: number } = {},
): number[] {
  const min = options.min ?? 6;
  const max = options.max ?? 60;
  const widths = new Array<number>(count).fill(min);
  for (const cell of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (!match) continue;
    const column = columnIndex(match[1]);
    const row = Number(match[2]);
    if (column > count || options.skipRows?.(row)) continue;
    const isHeader = options.headerRows?.has(row) ?? false;
    if (!isHeader && typeof cell.value === 'string' && (cell.style?.italic || (cell.style?.size ?? 11) > 11)) continue;
    const need = isHeader && typeof cell.value === 'string'
      ? headerWidth(cell.value, options.headerLines ?? 2, cell.style?.bold ?? true)
      : cellWidth(cell);
    widths[column - 1] = Math.max(widths[column - 1], need);
  }
  return widths.map((w) => Math.min(max, Math.round(w * 10) / 10));
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
