// One SheetModel onto one ExcelJS worksheet: cells, styles, merges, layout and print setup.
// Tables and conditional formats live in writeTables.ts. Problems in the model throw
// ModelError; the workbook turns that into a HostError after undoing the partial write.
import type ExcelJS from 'exceljs';
import type { CellModel, CellStyle, ScalarValue, SheetModel } from '../../report/model';
import { cellAddress, parseCell, parseRange } from './address';
import { toFileFormula, type FormulaRewrite } from './formulas';
import { stripIllegalXmlChars } from './text';

/** A defect in the report model (not in the user's workbook). */
export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '');
  if (!/^[0-9A-Fa-f]{6}$/.test(clean)) throw new ModelError(`"${hex}" is not an RRGGBB colour`);
  return `FF${clean.toUpperCase()}`;
}

export function requireCell(address: string): { row: number; col: number } {
  const ref = parseCell(address);
  if (!ref) throw new ModelError(`"${address}" is not a valid cell address`);
  return ref;
}

export function requireRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const ref = parseRange(range);
  if (!ref) throw new ModelError(`"${range}" is not a valid range`);
  return ref;
}

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

function formulaResult(value: ScalarValue | undefined): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return typeof value === 'string' ? stripIllegalXmlChars(value) : value;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.size !== undefined || style.color !== undefined) {
    cell.font = {
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.size !== undefined ? { size: style.size } : {}),
      ...(style.color !== undefined ? { color: { argb: argb(style.color) } } : {}),
    };
  }
  if (style.fill !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) }, bgColor: { argb: argb(style.fill) } };
  }
  if (style.wrap !== undefined || style.align !== undefined || style.verticalAlign !== undefined) {
    cell.alignment = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.align !== undefined ? { horizontal: style.align } : {}),
      ...(style.verticalAlign !== undefined ? { vertical: style.verticalAlign } : {}),
    };
  }
  if (style.border === 'thin') {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  } else if (style.border === 'bottomThin') cell.border = { bottom: { style: 'thin' } };
  else if (style.border === 'bottomMedium') cell.border = { bottom: { style: 'medium' } };
}

export function writeCell(ws: ExcelJS.Worksheet, model: CellModel, rewrite: FormulaRewrite): void {
  const { row, col } = requireCell(model.address);
  const cell = ws.getCell(row, col);
  if (model.formula !== undefined && model.formula !== '') {
    const result = formulaResult(model.value);
    const formula = toFileFormula(model.formula, rewrite);
    cell.value = result === undefined ? { formula } : { formula, result };
  } else {
    cell.value = scalarForCell(model.value, model.address);
  }
  if (model.numFmt) cell.numFmt = model.numFmt;
  if (model.style) applyStyle(cell, model.style);
}

/** '1:6', '$1:$6' or '6' → '1:6' as ExcelJS's printTitlesRow wants it. */
function printTitleRows(spec: string): string {
  const rows = spec.replace(/\$/g, '').split(':');
  if (!rows.every((r) => /^\d+$/.test(r))) throw new ModelError(`"${spec}" is not a row range for print titles`);
  return rows.length === 1 ? `${rows[0]}:${rows[0]}` : `${rows[0]}:${rows[1]}`;
}

/** Everything but tables, conditional formats and charts. */
export function writeSheetBody(ws: ExcelJS.Worksheet, sheet: SheetModel, rewrite: FormulaRewrite): void {
  for (const cell of sheet.cells) writeCell(ws, cell, rewrite);
  for (const merge of sheet.merges) {
    const range = requireRange(merge);
    ws.mergeCells(range.top, range.left, range.bottom, range.right);
  }
  sheet.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    if (Number.isFinite(height) && height > 0) ws.getRow(Number(row)).height = height;
  }
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) }];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  const fit = sheet.print.fit;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4: the only paper size the model offers
    orientation: sheet.print.orientation,
    fitToPage: true,
    fitToWidth: fit.width,
    fitToHeight: fit.height,
    ...(sheet.print.printTitleRows ? { printTitlesRow: printTitleRows(sheet.print.printTitleRows) } : {}),
  };
}
