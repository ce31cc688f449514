// The written workbook: the package ExcelJS writes (the user's sheets, the registry, and each
// report sheet as a frame without cells), with the report sheets' rows, tables, formats and shared
// strings added, the charts injected and the defined names written. See docs/decisions.md, "Report sheets written by our own streaming writer".
import type { CellFormats } from './cellStyles';
import { ContentTypeOverrides } from './contentTypes';
import { addChartsToPackage, addOverride, insertTopLevelElement } from './charts/inject';
import { freePartNumber, listSheetParts, nextRelId, parseRelationships, REL_TYPE_BASE, relationshipsXml, relsPathFor, resolveTarget } from './charts/packageParts';
import type { SheetCharts } from './charts/types';
import { replaceDefinedNames, type NameEntry } from './definedNames';
import { PartStore, ROWS_MARK } from './partStore';
import { SharedStrings } from './sharedStrings';
import { SheetDataWriter } from './sheetXml';
import { mergeCellFormats } from './styleSheet';
import { tableXml } from './writeTables';
import type { PendingSheet } from './writeReport';

const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const SHARED_STRINGS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
/** CT_Worksheet children after <tableParts>. */
const AFTER_TABLE_PARTS = new Set(['extLst']);

export interface ReportPackage {
  /** What ExcelJS wrote. */
  plain: Buffer;
  /** Report sheets by their name in the workbook. */
  sheets: Map<string, PendingSheet>;
  charts: SheetCharts[];
  names: NameEntry[];
}

function relationshipTarget(store: PartStore, owner: string, type: string): string | undefined {
  const relsPath = relsPathFor(owner);
  if (!store.has(relsPath)) return undefined;
  const rel = parseRelationships(store.text(relsPath)).find((r) => r.type === `${REL_TYPE_BASE}/${type}`);
  return rel ? resolveTarget(owner, rel.target) : undefined;
}

/** Adds a shared-string part's relationship and content type (ExcelJS writes none when no cell has text). */
function registerSharedStrings(store: PartStore): string {
  const relsPath = relsPathFor('xl/workbook.xml');
  const rels = parseRelationships(store.text(relsPath));
  rels.push({ id: nextRelId(rels), type: `${REL_TYPE_BASE}/sharedStrings`, target: 'sharedStrings.xml', external: false });
  store.file(relsPath, relationshipsXml(rels));
  store.file('[Content_Types].xml', addOverride(store.text('[Content_Types].xml'), '/xl/sharedStrings.xml', SHARED_STRINGS_CONTENT_TYPE));
  return 'xl/sharedStrings.xml';
}

/** The highest table id in the package: ids are unique across the workbook. */
function lastTableId(store: PartStore): number {
  let last = 0;
  for (const path of store.paths().filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const id = Number(/<table\b[^>]*\sid="(\d+)"/.exec(store.text(path))?.[1] ?? 0);
    last = Math.max(last, id);
  }
  return last;
}

export async function writeReportPackage(input: ReportPackage): Promise<Buffer> {
  const store = new PartStore(input.plain);
  const stylesPath = relationshipTarget(store, 'xl/workbook.xml', 'styles') ?? 'xl/styles.xml';
  let styles = store.text(stylesPath);
  const xfIds = new Map<CellFormats, number[]>();
  for (const { formats } of input.sheets.values()) {
    if (xfIds.has(formats)) continue;
    const merged = mergeCellFormats(styles, formats.formats);
    styles = merged.xml;
    xfIds.set(formats, merged.xfIds);
  }
  store.file(stylesPath, styles);
  const existingStrings = relationshipTarget(store, 'xl/workbook.xml', 'sharedStrings');
  const strings = new SharedStrings(existingStrings && store.has(existingStrings) ? store.text(existingStrings) : undefined);

  const contentTypes = new ContentTypeOverrides(store.text('[Content_Types].xml'));
  const takenTables = new Set<number>();
  let tableId = lastTableId(store);
  for (const part of await listSheetParts(store)) {
    const sheet = input.sheets.get(part.name);
    if (!sheet) continue;
    const rows = new SheetDataWriter({ cells: sheet.cells, xfIds: xfIds.get(sheet.formats) ?? [], strings, fileFormula: sheet.fileFormula });
    let frame = store.text(part.path).replace(/<sheetData\/>|<sheetData>[\s\S]*?<\/sheetData>/, ROWS_MARK);
    const dimension = rows.dimension();
    if (dimension) frame = frame.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
    if (sheet.tables.length > 0) {
      const relsPath = relsPathFor(part.path);
      const rels = store.has(relsPath) ? parseRelationships(store.text(relsPath)) : [];
      const ids = sheet.tables.map(({ model, name }) => {
        const number = freePartNumber(store, 'xl/tables/table', '.xml', takenTables);
        store.file(`xl/tables/table${number}.xml`, tableXml(model, name, ++tableId));
        contentTypes.add(`/xl/tables/table${number}.xml`, TABLE_CONTENT_TYPE);
        const id = nextRelId(rels);
        rels.push({ id, type: `${REL_TYPE_BASE}/table`, target: `../tables/table${number}.xml`, external: false });
        return id;
      });
      store.file(relsPath, relationshipsXml(rels));
      const parts = ids.map((id) => `<tablePart r:id="${id}"/>`).join('');
      frame = insertTopLevelElement(frame, `<tableParts count="${ids.length}">${parts}</tableParts>`, AFTER_TABLE_PARTS);
    }
    store.stream(part.path, frame, rows);
  }
  store.file('[Content_Types].xml', contentTypes.toXml());
  await addChartsToPackage(store, input.charts, (path, chart) => store.chart(path, chart));
  store.file('xl/workbook.xml', replaceDefinedNames(store.text('xl/workbook.xml'), input.names));
  await store.writeSheets();
  if (strings.hasStrings) store.file(existingStrings ?? registerSharedStrings(store), strings.xml());
  return await store.zip();
}
