// Reading cells through Office.js as the engine's CellGrid, in one sync where the host supports
// getRowProperties (ExcelApi 1.9), otherwise two (values first, then each row's hidden flag).
import type { CellGrid, CellValue, Lang } from '../../core/types';
import { HostError, type ReadSource, type TableInfo, type WorkbookSources } from '../types';
import { REGISTRY_SHEET } from '../common/registry';
import { t } from '../../i18n';
import { listText } from '../common/listText';

export type RequirementCheck = (name: string, version: string) => boolean;

/** One value as Office.js reports it (values + valueTypes) → CellValue. */
export function normaliseValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'boolean') return value;
  return String(value);
}

/** "'Mine tal'!B4:D9" → 'B4' (the sheet part and any $ removed). */
export function topLeftOf(address: string): string {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return local.split(':')[0].replace(/\$/g, '');
}

function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A read queued on a context; `finish` turns what the sync loaded into the grid. */
export interface QueuedRead {
  finish: (sync: () => Promise<void>) => Promise<CellGrid>;
}

/** Queues the loads for `source` without syncing, so other reads can share the round trip. */
export function queueGridRead(context: Excel.RequestContext, source: ReadSource, supports: RequirementCheck): QueuedRead {
  let range: Excel.Range;
  let table: Excel.Table | undefined;
  if (source.kind === 'selection') range = context.workbook.getSelectedRange();
  else if (source.kind === 'table') {
    table = context.workbook.tables.getItem(source.name);
    table.load('name,showTotals');
    range = table.getRange();
  } else {
    const sheet = context.workbook.worksheets.getItem(source.sheet);
    range = source.range !== undefined ? sheet.getRange(source.range.replace(/\$/g, '')) : sheet.getUsedRange(true);
  }
  range.load('address,values,valueTypes');
  range.worksheet.load('name');
  const rowProperties = supports('ExcelApi', '1.9') ? range.getRowProperties({ rowHidden: true }) : undefined;
  return { finish: (sync) => loadedGrid({ range, table, rowProperties }, sync) };
}

interface LoadedRead {
  range: Excel.Range;
  table?: Excel.Table;
  rowProperties?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

/** The grid from a read whose loads have been synced. */
async function loadedGrid(loaded: LoadedRead, sync: () => Promise<void>): Promise<CellGrid> {
  const { range, table, rowProperties } = loaded;
  let hidden: boolean[];
  if (rowProperties) hidden = rowProperties.value.map((row) => row.rowHidden === true);
  else {
    // Without ExcelApi 1.9 each row's hidden flag is a property of its own: one more round trip.
    const rows = range.values.map((_, i) => range.getRow(i).load('rowHidden'));
    await sync();
    hidden = rows.map((row) => row.rowHidden === true);
  }
  let values = range.values.map((row, r) => row.map((value, c) => normaliseValue(value, range.valueTypes[r]?.[c])));
  if (table?.showTotals) {
    values = values.slice(0, -1);
    hidden = hidden.slice(0, -1);
  }
  const grid: CellGrid = { sheet: range.worksheet.name, topLeft: topLeftOf(range.address), values, hiddenRows: hidden };
  if (table) grid.tableName = table.name;
  return grid;
}

export async function readGrid(context: Excel.RequestContext, source: ReadSource, supports: RequirementCheck, lang: Lang): Promise<CellGrid> {
  const read = queueGridRead(context, source, supports);
  try {
    await context.sync();
  } catch (error) {
    throw await readError(context, source, error, lang);
  }
  return read.finish(() => context.sync());
}

/** A HostError naming what exists, when the sheet, table or range asked for does not. */
export async function readError(context: Excel.RequestContext, source: ReadSource, error: unknown, lang: Lang): Promise<HostError> {
  const code = officeCode(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (source.kind === 'range' && code === 'InvalidArgument' && source.range !== undefined) {
    return new HostError(t('excelHost.badRange', lang, { range: source.range, sheet: source.sheet }), 'bad-range');
  }
  if (code !== 'ItemNotFound' || source.kind === 'selection') {
    return new HostError(t('excelHost.readFailed', lang, { reason }), 'read-failed');
  }
  const sources = await listSourcesIn(context);
  if (source.kind === 'table') {
    const existing = sources.tables.map((t) => `"${t.name}" (${t.sheet})`);
    return new HostError(t('excelHost.tableMissing', lang, { table: source.name, existing: listText(existing, lang) }), 'table-not-found');
  }
  const existing = sources.sheets.map((s) => `"${s}"`);
  return new HostError(t('excelHost.sheetMissing', lang, { sheet: source.sheet, existing: listText(existing, lang) }), 'sheet-not-found');
}

/**
 * Visible sheets and every table outside the registry. Two syncs: a table's range is only
 * reachable through getRange() on each table, which needs the tables' names first.
 */
export async function listSourcesIn(context: Excel.RequestContext): Promise<WorkbookSources> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  const ranges = tables.items.map((table) => table.getRange().load('address'));
  await context.sync();
  const infos: TableInfo[] = tables.items.map((table, i) => {
    const address = ranges[i].address;
    const bang = address.lastIndexOf('!');
    const sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    return { name: table.name, sheet, range: address.slice(bang + 1).replace(/\$/g, '') };
  });
  return {
    sheets: sheets.items.filter((s) => s.visibility === 'Visible' && s.name.toLowerCase() !== REGISTRY_SHEET).map((s) => s.name),
    tables: infos.filter((t) => t.sheet.toLowerCase() !== REGISTRY_SHEET),
  };
}
