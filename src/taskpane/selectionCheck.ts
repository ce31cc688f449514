// What is wrong with a read before the engine looks at it: a single cell, an empty range, only
// text, or only a header row each get their own message (the parse would otherwise report a
// missing header or column somewhere the user did not look). And where the figures probably are:
// the table the selection touches, or Excel's "current region" around it (the block bounded by
// empty rows and columns), so the pane can offer to widen the read. Pure, so it is tested in node.
import { columnNumberToLetter, parseA1, parseDanishNumber } from '../core/parse';
import type { CellGrid, CellValue } from '../core/types';
import type { TableInfo } from '../hosts/types';

export type SelectionIssue = 'singleCell' | 'empty' | 'textOnly' | 'headerOnly';

/** A rectangle in worksheet coordinates (1-based, inclusive). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const isEmpty = (value: CellValue): boolean => value === null || (typeof value === 'string' && value.trim() === '');

function isNumberLike(value: CellValue): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && parseDanishNumber(value) !== null;
}

/** The issue that stops this grid from being figures at all, or undefined when the engine should judge it. */
export function selectionIssue(grid: CellGrid): SelectionIssue | undefined {
  const rows = grid.values;
  const cells = rows.flat();
  if (rows.length === 1 && (rows[0]?.length ?? 0) <= 1) return 'singleCell';
  if (cells.every(isEmpty)) return 'empty';
  if (cells.some(isNumberLike)) return undefined;
  const filledRows = rows.filter((row) => row.some((value) => !isEmpty(value))).length;
  return filledRows === 1 ? 'headerOnly' : 'textOnly';
}

/** The worksheet box a grid covers. */
export function boxOfGrid(grid: CellGrid): Box {
  const start = parseA1(grid.topLeft);
  const width = Math.max(1, ...grid.values.map((row) => row.length));
  return { top: start.row, left: start.col, bottom: start.row + Math.max(1, grid.values.length) - 1, right: start.col + width - 1 };
}

/** 'A4:E10' (or 'A4' for one cell). */
export function boxAddress(box: Box): string {
  const first = `${columnNumberToLetter(box.left)}${box.top}`;
  const last = `${columnNumberToLetter(box.right)}${box.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

export function boxOfRange(range: string): Box {
  const [a, b = a] = range.replace(/\$/g, '').split(':').map(parseA1);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const overlaps = (a: Box, b: Box): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const sameBox = (a: Box, b: Box): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** The first table on the grid's sheet that the grid touches. */
export function tableTouching(grid: CellGrid, tables: readonly TableInfo[]): TableInfo | undefined {
  const box = boxOfGrid(grid);
  return tables.find((table) => table.sheet === grid.sheet && overlaps(box, boxOfRange(table.range)));
}

/**
 * Excel's current region around `start` on a sheet read as `sheet` (its used range): grow the box
 * while any cell in the ring just outside it, diagonals included, holds something.
 */
export function currentRegion(sheet: CellGrid, start: Box): Box {
  const origin = parseA1(sheet.topLeft);
  const valueAt = (row: number, col: number): CellValue => sheet.values[row - origin.row]?.[col - origin.col] ?? null;
  const filled = (row: number, col: number) => !isEmpty(valueAt(row, col));
  const box = { ...start };
  const lastRow = origin.row + sheet.values.length - 1;
  const lastCol = origin.col + Math.max(0, ...sheet.values.map((row) => row.length)) - 1;
  const anyInRow = (row: number, from: number, to: number) => {
    for (let col = from; col <= to; col++) if (filled(row, col)) return true;
    return false;
  };
  const anyInCol = (col: number, from: number, to: number) => {
    for (let row = from; row <= to; row++) if (filled(row, col)) return true;
    return false;
  };
  for (let grown = true; grown; ) {
    grown = false;
    const left = Math.max(1, box.left - 1);
    const right = Math.min(Math.max(lastCol, box.right), box.right + 1);
    if (box.top > 1 && anyInRow(box.top - 1, left, right)) [box.top, grown] = [box.top - 1, true];
    if (box.bottom < lastRow && anyInRow(box.bottom + 1, left, right)) [box.bottom, grown] = [box.bottom + 1, true];
    if (box.left > 1 && anyInCol(box.left - 1, Math.max(1, box.top - 1), box.bottom + 1)) [box.left, grown] = [box.left - 1, true];
    if (box.right < lastCol && anyInCol(box.right + 1, Math.max(1, box.top - 1), box.bottom + 1)) [box.right, grown] = [box.right + 1, true];
  }
  return box;
}

/** The part of a sheet grid inside `box`, as a grid of its own (hidden rows kept). */
export function subGrid(sheet: CellGrid, box: Box): CellGrid {
  const origin = parseA1(sheet.topLeft);
  const rows: CellValue[][] = [];
  const hidden: boolean[] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    const source = sheet.values[row - origin.row] ?? [];
    const cells: CellValue[] = [];
    for (let col = box.left; col <= box.right; col++) cells.push(source[col - origin.col] ?? null);
    rows.push(cells);
    hidden.push(sheet.hiddenRows?.[row - origin.row] ?? false);
  }
  return { sheet: sheet.sheet, topLeft: `${columnNumberToLetter(box.left)}${box.top}`, values: rows, hiddenRows: hidden };
}

/** Where to widen a bad read to, when that gives figures: a table it touches, else its current region. */
export type Widening = { kind: 'table'; table: TableInfo } | { kind: 'region'; box: Box; grid: CellGrid };

export function wideningFor(read: CellGrid, tables: readonly TableInfo[], usedRange: CellGrid | undefined): Widening | undefined {
  const table = tableTouching(read, tables);
  if (table) return { kind: 'table', table };
  if (!usedRange || usedRange.sheet !== read.sheet) return undefined;
  const start = boxOfGrid(read);
  const box = currentRegion(usedRange, start);
  if (sameBox(box, start)) return undefined;
  const grid = subGrid(usedRange, box);
  // A wider block is only worth offering when it holds figures under a header.
  return grid.values.length >= 2 && selectionIssue(grid) === undefined ? { kind: 'region', box, grid } : undefined;
}
