// Reading a report sheet written in this session, before the package exists: its cells are held
// by the host (PendingSheet), not by ExcelJS. Reads give what readGrid would give on the saved file:
// formulas as their cached results, table headers as column names, cells under a merge as empty.
import type { CellGrid, CellValue } from '../../core/types';
import { cellAddress, type RangeRef } from './address';
import type { ExcelJsTableModel } from './packageState';
import type { ReadNote } from './readGrid';
import { formulaResult, hasFormula, visibleValue, type SheetCells } from './sheetCells';
import { requireRange } from './modelError';
import type { PendingSheet } from './writeReport';

/** The tables as ExcelJS would list them after reading the saved file. */
export function pendingTables(sheet: PendingSheet): ExcelJsTableModel[] {
  return sheet.tables.map(({ model, name }) => {
    const box = requireRange(model.range);
    const bottom = Math.max(box.bottom, box.top + 1);
    return { name, tableRef: `${cellAddress(box.top, box.left)}:${cellAddress(bottom, box.right)}`, headerRow: true, totalsRow: false };
  });
}

interface PendingCell {
  value: CellValue;
  formulaWithoutResult: boolean;
}

/**
 * What the saved sheet holds at row/col: formulas as their result, a table header as its column
 * name; a cell under a merge reads as empty (`covered: 'empty'`, as readGrid reads it) or as the
 * merge's first cell (`'first'`, as chart caches see it).
 */
function readerOf(cells: SheetCells, covered: 'empty' | 'first'): (row: number, col: number) => PendingCell {
  const headers = cells.sheet.tables.map((table) => ({ box: requireRange(table.range), columns: table.columns }));
  const merges = cells.sheet.merges.map(requireRange);
  const read = (row: number, col: number): PendingCell => {
    const header = headers.find(({ box }) => row === box.top && col >= box.left && col <= box.right);
    if (header) return { value: header.columns[col - header.box.left] || null, formulaWithoutResult: false };
    const index = cells.find(row, col);
    const model = index >= 0 ? cells.sheet.cells[index] : undefined;
    const withoutResult = model !== undefined && hasFormula(model) && formulaResult(model.value) === undefined;
    return { value: visibleValue(model), formulaWithoutResult: withoutResult };
  };
  return (row, col) => {
    const merge = merges.find((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right && (row !== b.top || col !== b.left));
    if (!merge) return read(row, col);
    return covered === 'empty' ? { value: null, formulaWithoutResult: false } : read(merge.top, merge.left);
  };
}

/** Cached points of a chart over a report sheet of this write. */
export function chartReader(cells: SheetCells): (row: number, col: number) => CellValue {
  const read = readerOf(cells, 'first');
  return (row, col) => read(row, col).value;
}

/** Bounding box of the cells that read as something. */
export function pendingUsedRange(sheet: PendingSheet): RangeRef | undefined {
  const { cells } = sheet;
  const read = readerOf(cells, 'empty');
  const positions: [number, number][] = [];
  for (let i = 0; i < cells.order.length; i++) positions.push([cells.rowOf(cells.order[i]), cells.columnOf(cells.order[i])]);
  for (const table of cells.sheet.tables) {
    const box = requireRange(table.range);
    for (let col = box.left; col <= box.right; col++) positions.push([box.top, col]);
  }
  let box: RangeRef | undefined;
  for (const [row, col] of positions) {
    if (read(row, col).value === null) continue;
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

export function readPendingGrid(sheet: PendingSheet, name: string, range: RangeRef, qualify: (address: string) => string): { grid: CellGrid; notes: ReadNote[] } {
  const read = readerOf(sheet.cells, 'empty');
  const values: CellValue[][] = [];
  const notes: ReadNote[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const line: CellValue[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const cell = read(row, col);
      if (cell.formulaWithoutResult) notes.push({ address: qualify(cellAddress(row, col)), code: 'formula-without-result' });
      line.push(cell.value);
    }
    values.push(line);
  }
  const hiddenRows = values.map(() => false);
  return { grid: { sheet: name, topLeft: cellAddress(range.top, range.left), values, hiddenRows }, notes };
}
