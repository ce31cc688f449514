// Which sheets belong to the add-in. Decision: a very-hidden worksheet named `_pejlemaerke`
// holds the list. It survives any save in Excel, LibreOffice and ExcelJS (a custom property or
// custom XML part may not: ExcelJS drops custom XML, LibreOffice rewrites properties), the user
// cannot unhide it from the Excel UI, and the Office.js host can keep the same sheet with
// `visibility = 'VeryHidden'`, so either host can re-run on the other's output.
// Layout (common/registry.ts): column A a key, B its value, C a sheet's role.
import type ExcelJS from 'exceljs';
import { parseRegistryRows, registryRows, REGISTRY_COLUMNS, REGISTRY_SHEET, type OwnSheetRegistry } from '../common/registry';

export { REGISTRY_SHEET, type OwnSheetRegistry };

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
  if (!sheet) return undefined;
  const rows: string[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const line: string[] = [];
    for (let col = 1; col <= REGISTRY_COLUMNS; col++) line.push(text(sheet.getCell(row, col).value));
    rows.push(line);
  }
  return parseRegistryRows(rows);
}

/** Replaces the registry sheet; it is always the last sheet and very hidden. */
export function writeRegistry(workbook: ExcelJS.Workbook, registry: OwnSheetRegistry): void {
  const existing = findRegistrySheet(workbook);
  if (existing && !readRegistry(workbook)) throw new Error(`A user sheet is named ${REGISTRY_SHEET}; it is left alone`);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(REGISTRY_SHEET, { state: 'veryHidden' });
  registryRows(registry).forEach((values, i) => {
    values.forEach((value, j) => {
      // Empty cells stay empty: a blank role is "no role", not an empty string.
      if (value !== '') sheet.getCell(i + 1, j + 1).value = value;
    });
  });
}
