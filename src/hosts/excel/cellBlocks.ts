// Turns a sheet's cell list into the few rectangular writes Office.js wants: value/formula blocks,
// number-format blocks and runs of equally styled cells. Pure; the writer queues the results.
import { columnNumberToLetter, parseA1 } from '../../core/parse/address';
import type { CellModel, CellStyle } from '../../report/model';
import { guardText } from '../common/textGuard';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Block<T> {
  address: string;
  rows: T[][];
  /** Estimated size in the request (JSON of the array). */
  bytes: number;
}

export interface StyleRun {
  address: string;
  style: CellStyle;
}

export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

export function rectAddress(r: Rect): string {
  const first = `${columnNumberToLetter(r.left)}${r.top}`;
  const last = `${columnNumberToLetter(r.right)}${r.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

export function cellRef(address: string): { row: number; col: number } {
  try {
    return parseA1(address);
  } catch {
    throw new ModelError(`"${address}" is not a valid cell address`);
  }
}

/** What goes into `range.formulas` for one cell: '=…' for formulas, guarded text, numbers, logicals. */
export function formulaInput(cell: CellModel, rewrite: (formula: string) => string): string | number | boolean | null {
  if (cell.formula !== undefined && cell.formula !== '') {
    const body = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
    return `=${rewrite(body)}`;
  }
  const value = cell.value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ModelError(`${cell.address} holds ${value}, not a finite number`);
    return value;
  }
  if (typeof value === 'string') return guardText(value);
  return value;
}

function boundingRect(refs: { row: number; col: number }[]): Rect | undefined {
  if (refs.length === 0) return undefined;
  return refs.reduce<Rect>(
    (r, c) => ({ top: Math.min(r.top, c.row), left: Math.min(r.left, c.col), bottom: Math.max(r.bottom, c.row), right: Math.max(r.right, c.col) }),
    { top: refs[0].row, left: refs[0].col, bottom: refs[0].row, right: refs[0].col },
  );
}

/**
 * One block over the bounding box of the given cells, `null` where a cell has nothing to say
 * (Office.js leaves such cells unchanged), cut into row bands of at most `maxBytes` each so a
 * large sheet can be spread over several requests.
 */
export function blocks<T>(cells: CellModel[], pick: (cell: CellModel) => T | null, maxBytes: number): Block<T | null>[] {
  const picked = cells.map((cell) => ({ ref: cellRef(cell.address), value: pick(cell) })).filter((c) => c.value !== null);
  const rect = boundingRect(picked.map((c) => c.ref));
  if (!rect) return [];
  const width = rect.right - rect.left + 1;
  const grid: (T | null)[][] = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<T | null>(width).fill(null));
  for (const c of picked) grid[c.ref.row - rect.top][c.ref.col - rect.left] = c.value;
  const out: Block<T | null>[] = [];
  let start = 0;
  let bytes = 2;
  grid.forEach((row, i) => {
    const rowBytes = JSON.stringify(row).length + 1;
    if (i > start && bytes + rowBytes > maxBytes) {
      out.push(band(grid, rect, start, i - 1, bytes));
      start = i;
      bytes = 2;
    }
    bytes += rowBytes;
  });
  out.push(band(grid, rect, start, grid.length - 1, bytes));
  return out;
}

function band<T>(grid: T[][], rect: Rect, first: number, last: number, bytes: number): Block<T> {
  const address = rectAddress({ top: rect.top + first, left: rect.left, bottom: rect.top + last, right: rect.right });
  return { address, rows: grid.slice(first, last + 1), bytes };
}

/**
 * Runs of cells with the same style: first along each row, then stacked where consecutive rows
 * have the same run, so a styled header row or a table body costs one write each.
 */
export function styleRuns(cells: CellModel[]): StyleRun[] {
  const byRow = new Map<number, { col: number; key: string; style: CellStyle }[]>();
  for (const cell of cells) {
    if (!cell.style || Object.keys(cell.style).length === 0) continue;
    const ref = cellRef(cell.address);
    const line = byRow.get(ref.row) ?? [];
    line.push({ col: ref.col, key: JSON.stringify(cell.style, Object.keys(cell.style).sort()), style: cell.style });
    byRow.set(ref.row, line);
  }
  const open: { rect: Rect; key: string; style: CellStyle }[] = [];
  const done: { rect: Rect; style: CellStyle }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const runs: { left: number; right: number; key: string; style: CellStyle }[] = [];
    for (const c of line) {
      const last = runs[runs.length - 1];
      if (last && last.key === c.key && last.right === c.col - 1) last.right = c.col;
      else runs.push({ left: c.col, right: c.col, key: c.key, style: c.style });
    }
    for (const run of runs) {
      const above = open.find((o) => o.key === run.key && o.rect.left === run.left && o.rect.right === run.right && o.rect.bottom === row - 1);
      if (above) above.rect.bottom = row;
      else open.push({ rect: { top: row, left: run.left, bottom: row, right: run.right }, key: run.key, style: run.style });
    }
    // Runs that did not continue on this row are finished.
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i].rect.bottom < row) done.push(...open.splice(i, 1));
    }
  }
  done.push(...open);
  return done
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
    .map((r) => ({ address: rectAddress(r.rect), style: r.style }));
}

/**
 * Excel character units (the file format's column width, which ExcelJS writes as given) → points
 * for `format.columnWidth`. With the default Calibri 11 a digit is 7 px wide at 96 dpi, so a
 * width of w is trunc((256·w + trunc(128/7)) / 256 · 7) px, and a pixel is 0.75 pt.
 */
export function columnWidthPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/** Consecutive columns of equal width as one range each (first row only; widths apply to whole columns). */
export function widthRuns(widths: number[]): { address: string; points: number }[] {
  const runs: { left: number; right: number; width: number }[] = [];
  widths.forEach((width, i) => {
    if (!Number.isFinite(width) || width <= 0) return;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.right === i) last.right = i + 1;
    else runs.push({ left: i + 1, right: i + 1, width });
  });
  return runs.map((r) => ({ address: rectAddress({ top: 1, left: r.left, bottom: 1, right: r.right }), points: columnWidthPoints(r.width) }));
}
