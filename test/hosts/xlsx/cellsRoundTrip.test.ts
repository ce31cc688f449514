// The report sheets' cells are written by our own writer (not ExcelJS's). Read back with ExcelJS,
// every cell of the model must come out as the model says: value, formula (with the file's
// prefixes) and cached result, number format, named font, fill, border, alignment and the
// unlocked flag; a table's header cells hold its column names; a merge's covered cells carry the
// format of its first cell; the input cells the model leaves empty are unlocked.
// The Office add-in lint rules take ExcelJS's getCell for Office.js's, which needs load and sync.
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../../src/hosts/xlsx';
import { normaliseCellValue } from '../../../src/hosts/xlsx/cellValues';
import { toFileFormula } from '../../../src/hosts/xlsx/formulas';
import { runBenchmark } from '../../../src/pipeline/run';
import { loadSnapshot } from '../../../src/reference';
import type { CellModel, ReportModel, SheetModel } from '../../../src/report/model';
import { REPORT_FONT } from '../../../src/report/model';
import { objectsReport } from '../objectsModel';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const NOW = new Date('2025-03-01T12:00:00Z');

async function reportOf(file: string, extra: Record<string, unknown>): Promise<ReportModel> {
  const input = await XlsxWorkbook.open(join(EXAMPLES, file));
  const sources = await input.listSources();
  const source = sources.tables[0] ? { kind: 'table' as const, name: sources.tables[0].name } : { kind: 'range' as const, sheet: sources.sheets[0] };
  const outcome = await runBenchmark(input, XlsxWorkbook.createNew(), {
    source, reference: loadSnapshot(), group: { kind: 'all' }, standard: 'median', now: NOW, runId: 'run-roundtrip', ...extra,
  });
  if (!outcome.report) throw new Error(`no report for ${file}`);
  return outcome.report;
}

async function written(model: ReportModel): Promise<ExcelJS.Workbook> {
  const host = XlsxWorkbook.createNew();
  await host.writeReport(model);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await host.toBuffer()) as unknown as ExcelJS.Buffer);
  return book;
}

function expectedValue(cell: CellModel): unknown {
  const value = cell.formula ? cell.value : cell.value;
  if (value === undefined || value === null || value === '') return null;
  return value;
}

function checkStyle(where: string, read: ExcelJS.Cell, cell: Pick<CellModel, 'numFmt' | 'style'>, unlocked: boolean): void {
  const style = cell.style ?? {};
  expect([where, read.numFmt ?? undefined]).toEqual([where, cell.numFmt]);
  expect([where, read.font]).toEqual([where, {
    name: REPORT_FONT.name, family: 2, size: style.size ?? REPORT_FONT.size,
    ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { color: { argb: `FF${style.color}` } } : {}),
  }]);
  if (style.fill) expect([where, read.fill]).toEqual([where, { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` }, bgColor: { argb: `FF${style.fill}` } }]);
  else expect([where, read.fill === undefined || (read.fill.type === 'pattern' && read.fill.pattern === 'none')]).toEqual([where, true]);
  const border = style.border === 'thin' ? ['top', 'left', 'bottom', 'right'] : style.border ? ['bottom'] : [];
  const sides = Object.entries(read.border ?? {}).filter(([, side]) => side && (side as ExcelJS.Border).style).map(([name]) => name);
  expect([where, sides.sort()]).toEqual([where, border.sort()]);
  if (style.border) expect([where, read.border?.bottom?.style]).toEqual([where, style.border === 'bottomMedium' ? 'medium' : 'thin']);
  expect([where, read.alignment?.wrapText === true]).toEqual([where, style.wrap === true]);
  expect([where, read.alignment?.horizontal]).toEqual([where, style.align]);
  expect([where, read.alignment?.vertical]).toEqual([where, style.verticalAlign]);
  expect([where, read.protection?.locked === false]).toEqual([where, unlocked]);
}

function inRanges(ranges: string[], address: string, ws: ExcelJS.Worksheet): boolean {
  const { row, col } = ws.getCell(address);
  return ranges.some((range) => {
    const [a, b = a] = range.replace(/\$/g, '').split(':');
    const from = ws.getCell(a);
    const to = ws.getCell(b);
    return Number(row) >= Number(from.row) && Number(row) <= Number(to.row) && Number(col) >= Number(from.col) && Number(col) <= Number(to.col);
  });
}

function checkSheet(sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  const unlocked = sheet.protection?.unlocked ?? [];
  const headers = new Map<string, string>();
  for (const table of sheet.tables) {
    const [first] = table.range.split(':');
    const start = ws.getCell(first);
    table.columns.forEach((name, j) => headers.set(ws.getCell(Number(start.row), Number(start.col) + j).address, name));
  }
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const [a, b] = merge.split(':');
    const from = ws.getCell(a);
    const to = ws.getCell(b);
    for (let r = Number(from.row); r <= Number(to.row); r++) for (let c = Number(from.col); c <= Number(to.col); c++) if (r !== Number(from.row) || c !== Number(from.col)) covered.add(ws.getCell(r, c).address);
  }
  const byAddress = new Map(sheet.cells.map((cell) => [cell.address, cell]));
  for (const cell of byAddress.values()) {
    if (covered.has(cell.address)) continue;
    const where = `${sheet.name}!${cell.address}`;
    const read = ws.getCell(cell.address);
    const header = headers.get(cell.address);
    if (header !== undefined) expect([where, read.value]).toEqual([where, header]);
    else if (cell.formula) {
      expect([where, read.formula]).toEqual([where, toFileFormula(cell.formula)]);
      expect([where, normaliseCellValue(read.result === undefined ? read.value : { formula: read.formula, result: read.result }).value]).toEqual([where, expectedValue(cell)]);
    } else {
      expect([where, normaliseCellValue(read.value).value]).toEqual([where, expectedValue(cell)]);
    }
    checkStyle(where, read, cell, inRanges(unlocked, cell.address, ws));
  }
  for (const address of covered) {
    const master = byAddress.get(ws.getCell(address).master.address);
    if (master) checkStyle(`${sheet.name}!${address} (merged)`, ws.getCell(address), master, inRanges(unlocked, master.address, ws));
  }
  for (const range of unlocked) {
    const [a, b = a] = range.split(':');
    const from = ws.getCell(a);
    const to = ws.getCell(b);
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      for (let c = Number(from.col); c <= Number(to.col); c++) {
        const read = ws.getCell(r, c);
        if (!byAddress.has(read.address) && !covered.has(read.address)) checkStyle(`${sheet.name}!${read.address} (empty input)`, read, {}, true);
      }
    }
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) expect([sheet.name, row, ws.getRow(Number(row)).height]).toEqual([sheet.name, row, height]);
}

describe('report cells read back as the model wrote them', () => {
  test.each([
    ['every sheet object', async () => objectsReport()],
    ['municipal budget', async () => reportOf('kommune-budget.xlsx', { group: { kind: 'kommunegruppe' } })],
    ['schools with DEA', async () => reportOf('skoler.xlsx', { area: 'folkeskole', method: 'both' })],
  ])('%s', async (_name, make) => {
    const model = await make();
    const book = await written(model);
    for (const sheet of model.sheets) {
      const ws = book.getWorksheet(sheet.name);
      expect(ws).toBeDefined();
      checkSheet(sheet, ws as ExcelJS.Worksheet);
    }
  });
});
