// Office.js steps for the sheet objects beyond cells: hidden columns, unlocked input cells, data
// validation and page layout. Protection itself is switched on in the host's last step, after the
// tables got their final names (Excel will not rename a table on a protected sheet).
import type { DataValidationModel, PrintModel, SheetModel } from '../../report/model';
import { fitsToPages, POINTS_PER_INCH, PRINT_MARGINS_INCHES, printTitleRowNumbers } from '../common/print';
import { validationProblem } from '../common/validation';
import { cellRef, ModelError, rectAddress } from './cellBlocks';

/** A range on the sheet being written, '$' removed; throws ModelError when it is not one. */
export function localRange(range: string): string {
  const [first, last = first] = range.replace(/\$/g, '').split(':');
  const a = cellRef(first);
  const b = cellRef(last);
  return rectAddress({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
}

/** Runs of consecutive hidden columns as one-row addresses ('A1', 'C1:E1'). */
export function hiddenColumnRuns(columns: number[]): string[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  for (const col of sorted) if (!Number.isInteger(col) || col < 1 || col > 16384) throw new ModelError(`${col} is not a column number to hide`);
  const runs: { left: number; right: number }[] = [];
  for (const col of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.right === col - 1) last.right = col;
    else runs.push({ left: col, right: col });
  }
  return runs.map((r) => rectAddress({ top: 1, left: r.left, bottom: 1, right: r.right }));
}

export function checkValidation(dv: DataValidationModel): void {
  const problem = validationProblem(dv);
  if (problem) throw new ModelError(problem);
  localRange(dv.range);
}

export function queueValidation(range: Excel.Range, dv: DataValidationModel): void {
  const validation = range.dataValidation;
  validation.rule =
    dv.rule.kind === 'list'
      ? { list: { inCellDropDown: true, source: dv.rule.values.join(',') } }
      : { [dv.rule.kind === 'whole' ? 'wholeNumber' : 'decimal']: { formula1: dv.rule.min, formula2: dv.rule.max, operator: 'Between' } };
  validation.ignoreBlanks = dv.allowBlank;
  validation.errorAlert = { showAlert: true, style: 'Stop', title: dv.error.title, message: dv.error.message };
  if (dv.prompt) validation.prompt = { showPrompt: true, title: dv.prompt.title, message: dv.prompt.message };
}

/** '1:6', '$1:$6' or '6' → '$1:$6'. */
export function printTitleRows(spec: string): string {
  const rows = printTitleRowNumbers(spec);
  if (!rows) throw new ModelError(`"${spec}" is not a row range for print titles`);
  return `$${rows[0]}:$${rows[1]}`;
}

export function checkPrint(print: PrintModel): void {
  if (print.printTitleRows !== undefined) printTitleRows(print.printTitleRows);
  if (print.area !== undefined) localRange(print.area);
}

/** Page layout of ExcelApi 1.9: A4, orientation, fit, margins, gridlines on paper, area and titles. */
export function queuePageLayout(ws: Excel.Worksheet, print: PrintModel): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // 0 pages tall means "as many as needed", as fitToHeight="0" does in the file format.
  layout.zoom = fitsToPages(print) ? { horizontalFitToPages: print.fit.width, verticalFitToPages: print.fit.height } : { scale: 100 };
  const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;
  layout.leftMargin = points(PRINT_MARGINS_INCHES.left);
  layout.rightMargin = points(PRINT_MARGINS_INCHES.right);
  layout.topMargin = points(PRINT_MARGINS_INCHES.top);
  layout.bottomMargin = points(PRINT_MARGINS_INCHES.bottom);
  layout.headerMargin = points(PRINT_MARGINS_INCHES.header);
  layout.footerMargin = points(PRINT_MARGINS_INCHES.footer);
  layout.printGridlines = print.gridlines;
  if (print.area !== undefined) layout.setPrintArea(localRange(print.area));
  if (print.printTitleRows !== undefined) layout.setPrintTitleRows(printTitleRows(print.printTitleRows));
}

/** Bounding box of every cell the sheet writes or unlocks, for the sheet-wide font. */
export function writtenBox(sheet: SheetModel): string | undefined {
  const refs = sheet.cells.map((c) => cellRef(c.address.replace(/\$/g, '')));
  for (const range of sheet.protection?.unlocked ?? []) {
    const [first, last = first] = localRange(range).split(':');
    refs.push(cellRef(first), cellRef(last));
  }
  if (refs.length === 0) return undefined;
  // A loop, not Math.min(...refs): a large sheet has more cells than a call takes arguments.
  const box = { top: refs[0].row, left: refs[0].col, bottom: refs[0].row, right: refs[0].col };
  for (const r of refs) {
    box.top = Math.min(box.top, r.row);
    box.left = Math.min(box.left, r.col);
    box.bottom = Math.max(box.bottom, r.row);
    box.right = Math.max(box.right, r.col);
  }
  return rectAddress(box);
}
