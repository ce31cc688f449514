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
  return Math.max(longestWord(text), Math.ceil(text.length / lines)) * 0.92 * scale + PADDING;
}

/**
 * Widths for columns 1..count from the given cells, each between `min` and `max`. Cells in
 * `skipRows` (titles, notes that run across the page) do not count.
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
    const need = options.headerRows?.has(row) && typeof cell.value === 'string'
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
