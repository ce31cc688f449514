// Every cell of every sheet of a workbook, as comparable plain data: for "no user cell changed".
import ExcelJS from 'exceljs';
import type { FakeExcel } from '../../src/hosts/excel/fake';

export type SheetCells = Record<string, Record<string, unknown>>;

/** The fake's sheets by name: every cell's value, type, formula and number format, plus hidden rows and merges. */
export function fakeCells(excel: FakeExcel, only?: (name: string) => boolean): SheetCells {
  const out: SheetCells = {};
  for (const sheet of excel.sheets.filter((s) => !only || only(s.name))) {
    const cells: Record<string, unknown> = {};
    for (const [address, cell] of sheet.cells) cells[address] = JSON.parse(JSON.stringify(cell));
    cells['#hiddenRows'] = [...sheet.hiddenRows].sort((a, b) => a - b);
    cells['#merges'] = [...sheet.merges];
    cells['#visibility'] = sheet.visibility;
    out[sheet.name] = cells;
  }
  return out;
}

function plain(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** An ExcelJS workbook's sheets by name: every stored cell's value (formula, result, error, rich text) and format. */
export function xlsxCells(workbook: ExcelJS.Workbook, only?: (name: string) => boolean): SheetCells {
  const out: SheetCells = {};
  for (const sheet of workbook.worksheets.filter((ws) => !only || only(ws.name))) {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = { value: plain(cell.value), numFmt: cell.numFmt ?? null };
      });
      if (row.hidden) cells[`#hidden${row.number}`] = true;
    });
    cells['#state'] = sheet.state ?? 'visible';
    out[sheet.name] = cells;
  }
  return out;
}
