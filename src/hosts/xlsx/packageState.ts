// What this host reads from an opened package itself, because ExcelJS gets it wrong: tables'
// header rows and the defined names (see definedNames.ts).
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { attribute, unescapeXml } from './charts/packageParts';
import { parseDefinedNames, type NameEntry } from './definedNames';

/** ExcelJS's own table model; its typings declare getTables() wrongly, so the shape is spelled out. */
export interface ExcelJsTableModel {
  name: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

export function tableModels(ws: ExcelJS.Worksheet): ExcelJsTableModel[] {
  const tables = (ws as unknown as { tables: Record<string, { table?: ExcelJsTableModel; model?: ExcelJsTableModel }> }).tables;
  return Object.values(tables ?? {}).flatMap((t) => (t.table ?? t.model ? [(t.table ?? t.model) as ExcelJsTableModel] : []));
}

/**
 * What ExcelJS reads wrongly and this host therefore takes from the package itself. A table
 * without `headerRowCount` (Excel's usual, since 1 is the default) reads as having no header row,
 * and ExcelJS would write `headerRowCount="0"` back, corrupting the user's table: the original
 * attribute is put right. Defined names are kept as written (see definedNames.ts).
 */
export async function readPackageExtras(workbook: ExcelJS.Workbook, buffer: Buffer): Promise<NameEntry[]> {
  const zip = await JSZip.loadAsync(buffer);
  const headerless = new Set<string>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const root = /<table\b[^>]*>/.exec(await zip.files[path].async('string'))?.[0] ?? '';
    if (attribute(root, 'headerRowCount') === '0') headerless.add(unescapeXml(attribute(root, 'name') ?? '').toLowerCase());
  }
  for (const ws of workbook.worksheets) {
    for (const table of tableModels(ws)) table.headerRow = !headerless.has(table.name.toLowerCase());
  }
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return parseDefinedNames(workbookXml);
}
