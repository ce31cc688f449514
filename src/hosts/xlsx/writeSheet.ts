// One SheetModel onto one ExcelJS worksheet: cells, styles, merges, layout, print setup, data
// validation and protection. Tables and conditional formats live in writeTables.ts. Problems in
// the model throw ModelError; the workbook turns that into a HostError after undoing the write.
import type ExcelJS from 'exceljs';
import type { CellModel, ScalarValue, SheetModel } from '../../report/model';
import { cellAddress } from './address';
import type { StyleBook } from './cellStyles';
import { toFileFormula, type FormulaRewrite } from './formulas';
import { argb, ModelError, requireCell, requireRange } from './modelError';
import { writePrintSetup } from './printSetup';
import { unlockedCells, writeDataValidations, writeProtection } from './sheetRules';
import { stripIllegalXmlChars } from './text';

export { argb, ModelError, requireCell, requireRange } from './modelError';

/**
 * Strings are always stored as text (shared strings), never parsed as formulas: ExcelJS only
 * writes <f> for {formula} values, which is why user text such as "=HYPERLINK(...)" or
 * "-5 %" arrives in the sheet as the characters it was. Illegal XML characters are dropped.
 */
function scalarForCell(value: ScalarValue | undefined, address: string): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ModelError(`${address} holds ${value}, not a finite number`);
    return value;
  }
  if (typeof value === 'string') return stripIllegalXmlChars(value);
  return value;
}

/** The cached result of a formula. 0, false and '' are results like any other and are kept. */
function formulaResult(value: ScalarValue | undefined): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return typeof value === 'string' ? stripIllegalXmlChars(value) : value;
}

function writeCell(ws: ExcelJS.Worksheet, model: CellModel, rewrite: FormulaRewrite, styles: StyleBook, unlocked: boolean): void {
  const { row, col } = requireCell(model.address);
  const cell = ws.getCell(row, col);
  if (model.formula !== undefined && model.formula !== '') {
    const result = formulaResult(model.value);
    const formula = toFileFormula(model.formula, rewrite);
    cell.value = result === undefined ? { formula } : { formula, result };
  } else {
    cell.value = scalarForCell(model.value, model.address);
  }
  cell.style = styles.style(model.numFmt, model.style, unlocked);
}

/** Everything but tables, conditional formats and charts. */
export function writeSheetBody(ws: ExcelJS.Worksheet, sheet: SheetModel, rewrite: FormulaRewrite, styles: StyleBook): void {
  const unlocked = unlockedCells(sheet);
  for (const cell of sheet.cells) {
    const key = cell.address.replace(/\$/g, '').toUpperCase();
    writeCell(ws, cell, rewrite, styles, unlocked.delete(key));
  }
  // Input cells the model leaves empty still need their font and the unlocked flag.
  for (const key of unlocked) {
    const { row, col } = requireCell(key);
    ws.getCell(row, col).style = styles.style(undefined, undefined, true);
  }
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
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    if (Number.isFinite(height) && height > 0) ws.getRow(Number(row)).height = height;
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

