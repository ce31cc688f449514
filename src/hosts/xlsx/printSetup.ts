// Page setup of one worksheet. The print area and print titles are defined names
// (_xlnm.Print_Area, _xlnm.Print_Titles); the workbook writes those with its other names.
import type ExcelJS from 'exceljs';
import type { PrintModel } from '../../report/model';
import { fitsToPages, PRINT_MARGINS_INCHES, printTitleRowNumbers } from '../common/print';
import { columnLetters, quoteSheetName } from './address';
import { ModelError, requireRange } from './modelError';

export function writePrintSetup(ws: ExcelJS.Worksheet, print: PrintModel): void {
  const fit = fitsToPages(print);
  if (print.printTitleRows !== undefined && !printTitleRowNumbers(print.printTitleRows)) {
    throw new ModelError(`"${print.printTitleRows}" is not a row range for print titles`);
  }
  if (print.area !== undefined) requireRange(print.area);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4: the only paper size the model offers
    orientation: print.orientation,
    fitToPage: fit,
    ...(fit ? { fitToWidth: print.fit.width, fitToHeight: print.fit.height } : {}),
    margins: { ...PRINT_MARGINS_INCHES },
    // <printOptions gridLines>: on paper only; the gridlines on screen stay as they are.
    showGridLines: print.gridlines,
  };
}

/** The sheet-level print names of a sheet written under `sheetName`, as formula text. */
export function printNames(sheetName: string, print: PrintModel): { name: '_xlnm.Print_Area' | '_xlnm.Print_Titles'; formula: string }[] {
  const names: { name: '_xlnm.Print_Area' | '_xlnm.Print_Titles'; formula: string }[] = [];
  const sheet = quoteSheetName(sheetName);
  if (print.area !== undefined) {
    const area = requireRange(print.area);
    const corner = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
    // Always both corners, even for a one-cell area: Excel wants a range here.
    names.push({ name: '_xlnm.Print_Area', formula: `${sheet}!${corner(area.top, area.left)}:${corner(area.bottom, area.right)}` });
  }
  if (print.printTitleRows !== undefined) {
    const rows = printTitleRowNumbers(print.printTitleRows);
    if (!rows) throw new ModelError(`"${print.printTitleRows}" is not a row range for print titles`);
    names.push({ name: '_xlnm.Print_Titles', formula: `${sheet}!$${rows[0]}:$${rows[1]}` });
  }
  return names;
}
