// The frame of one report sheet on its ExcelJS worksheet: column widths and hidden columns, merges,
// frozen panes, tab colour, print setup, data validation and protection. The cells are not written
// through ExcelJS (50,000 rows of ExcelJS cell objects cost gigabytes): they are checked here
// (SheetCells) and streamed into the package by the workbook (sheetXml.ts). Tables and conditional
// formats live in writeTables.ts. Problems in the model throw ModelError; the workbook turns that
// into a HostError after undoing the write.
import type ExcelJS from 'exceljs';
import type { SheetModel } from '../../report/model';
import { cellAddress } from './address';
import { argb, ModelError, requireRange } from './modelError';
import { writePrintSetup } from './printSetup';
import { writeDataValidations, writeProtection } from './sheetRules';

export { argb, ModelError, requireCell, requireRange } from './modelError';

/** Everything of the sheet but its cells, tables, conditional formats and charts. */
export function writeSheetFrame(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  for (const merge of sheet.merges) {
    const range = requireRange(merge);
    ws.mergeCells(range.top, range.left, range.bottom, range.right);
  }
  sheet.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const column of sheet.hiddenColumns ?? []) {
    if (!Number.isInteger(column) || column < 1 || column > 16384) throw new ModelError(`${column} is not a column number to hide`);
    ws.getColumn(column).hidden = true;
  }
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) }];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  writePrintSetup(ws, sheet.print);
  writeDataValidations(ws, sheet.dataValidations ?? []);
  if (sheet.protection) writeProtection(ws, sheet.protection);
}
