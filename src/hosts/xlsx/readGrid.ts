// Reading a block of cells from an ExcelJS worksheet as the engine's CellGrid.
import ExcelJS from 'exceljs';
import type { CellGrid, CellValue } from '../../core/types';
import { cellAddress, type RangeRef } from './address';
import { cellValueOf, normaliseCellValue } from './cellValues';

export interface ReadNote {
  /** Sheet-qualified address, e.g. "'Mine tal'!C7". */
  address: string;
  code: 'formula-without-result';
}

/**
 * Cells covered by a merge (other than its top-left) read as empty, as Office.js reports them;
 * ExcelJS would otherwise repeat the merged value in every covered cell.
 */
function cellValue(ws: ExcelJS.Worksheet, row: number, col: number, date1904: boolean) {
  return readCell(ws.getCell(row, col), date1904);
}

function readCell(cell: ExcelJS.Cell, date1904: boolean) {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null };
  return normaliseCellValue(cellValueOf(cell), date1904);
}

/** Bounding box of non-empty cells, or undefined for an empty sheet. */
export function usedRange(ws: ExcelJS.Worksheet, date1904: boolean): RangeRef | undefined {
  let box: RangeRef | undefined;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cellValue(ws, rowNumber, colNumber, date1904).value === null) return;
      box = box
        ? {
            top: Math.min(box.top, rowNumber),
            left: Math.min(box.left, colNumber),
            bottom: Math.max(box.bottom, rowNumber),
            right: Math.max(box.right, colNumber),
          }
        : { top: rowNumber, left: colNumber, bottom: rowNumber, right: colNumber };
    });
  });
  return box;
}

export function readGrid(
  ws: ExcelJS.Worksheet,
  range: RangeRef,
  date1904: boolean,
  qualify: (address: string) => string,
): { grid: CellGrid; notes: ReadNote[] } {
  const values: CellValue[][] = [];
  const hiddenRows: boolean[] = [];
  const notes: ReadNote[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const line: CellValue[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const read = cellValue(ws, row, col, date1904);
      if ('formulaWithoutResult' in read && read.formulaWithoutResult) {
        notes.push({ address: qualify(cellAddress(row, col)), code: 'formula-without-result' });
      }
      line.push(read.value);
    }
    values.push(line);
    // Excel marks rows hidden by an autofilter with the same row attribute, so this covers both.
    hiddenRows.push(ws.getRow(row).hidden === true);
  }
  return { grid: { sheet: ws.name, topLeft: cellAddress(range.top, range.left), values, hiddenRows }, notes };
}
