// Which sheets belong to the add-in. Decision: a very-hidden worksheet named `_pejlemaerke`
// holds the list. It survives any save in Excel, LibreOffice and ExcelJS (a custom property or
// custom XML part may not: ExcelJS drops custom XML, LibreOffice rewrites properties), the user
// cannot unhide it from the Excel UI, and the Office.js host can keep the same sheet with
// `visibility = 'VeryHidden'`, so either host can re-run on the other's output.
// Layout: column A holds a key, column B its value; one `sheet` row per own sheet.
import type ExcelJS from 'exceljs';

export const REGISTRY_SHEET = '_pejlemaerke';
const FORMAT_TAG = 'pejlemaerke-own-sheets';
const FORMAT_VERSION = '1';

export interface OwnSheetRegistry {
  sheets: string[];
  runId?: string;
  version?: string;
  createdAt?: string;
  generator?: string;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return String(value);
}

export function findRegistrySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === REGISTRY_SHEET);
}

/** The registry of an earlier run, or undefined when the workbook has none (or not ours). */
export function readRegistry(workbook: ExcelJS.Workbook): OwnSheetRegistry | undefined {
  const sheet = findRegistrySheet(workbook);
  if (!sheet || text(sheet.getCell(1, 1).value) !== FORMAT_TAG) return undefined;
  const registry: OwnSheetRegistry = { sheets: [] };
  sheet.eachRow((row) => {
    const key = text(row.getCell(1).value);
    const value = text(row.getCell(2).value);
    if (key === 'sheet' && value) registry.sheets.push(value);
    else if (key === 'runId' || key === 'version' || key === 'createdAt' || key === 'generator') registry[key] = value;
  });
  return registry;
}

/** Replaces the registry sheet; it is always the last sheet and very hidden. */
export function writeRegistry(workbook: ExcelJS.Workbook, registry: OwnSheetRegistry): void {
  const existing = findRegistrySheet(workbook);
  if (existing && !readRegistry(workbook)) throw new Error(`A user sheet is named ${REGISTRY_SHEET}; it is left alone`);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(REGISTRY_SHEET, { state: 'veryHidden' });
  const rows: [string, string][] = [
    [FORMAT_TAG, FORMAT_VERSION],
    ['generator', registry.generator ?? ''],
    ['version', registry.version ?? ''],
    ['runId', registry.runId ?? ''],
    ['createdAt', registry.createdAt ?? ''],
    ...registry.sheets.map((name): [string, string] => ['sheet', name]),
  ];
  rows.forEach(([key, value], i) => {
    sheet.getCell(i + 1, 1).value = key;
    sheet.getCell(i + 1, 2).value = value;
  });
}
