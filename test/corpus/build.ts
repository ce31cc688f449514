// Building blocks for the hostile corpus: small user workbooks made with ExcelJS, and the package
// surgery ExcelJS cannot do itself (charts, pivot tables, macros, corruption) done on the zip.
// Nothing here is a fixture file: every workbook is made fresh from this code.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseA1 } from '../../src/core/parse/address';

export type Cell = ExcelJS.CellValue;
export type Row = Cell[];

export interface SheetSpec {
  name: string;
  rows: Row[];
  /** Where the first row goes (default A1). */
  at?: string;
  hiddenRows?: number[];
  merges?: string[];
  /** Make a table (ListObject) of the rows, with this name. */
  table?: { name: string; totalsRow?: boolean };
  autoFilter?: boolean;
  state?: 'visible' | 'hidden' | 'veryHidden';
  protect?: string;
}

export const MUNICIPALITY_HEADER: Row = ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (kr.)'];
export const SCHOOL_HEADER: Row = ['Skole', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit'];

/** Three municipalities' folkeskole budgets; real codes, synthetic amounts. */
export function budgetRows(): Row[] {
  return [
    [101, 'København', 'Folkeskole', 5_100_000_000],
    [461, 'Odense', 'Folkeskole', 1_480_000_000],
    [751, 'Aarhus', 'Folkeskole', 2_390_000_000],
  ];
}

/** Six schools with costs, pupils and grades. */
export function schoolRows(count = 6): Row[] {
  return Array.from({ length: count }, (_, i) => [`Skole ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`, 40_000_000 + ((i * 7919) % 97) * 250_000, 400 + ((i * 37) % 200), 6 + ((i * 13) % 30) / 10]);
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
  const { row: top, col: left } = parseA1(spec.at ?? 'A1');
  if (spec.table) {
    const [header, ...body] = spec.rows;
    ws.addTable({
      name: spec.table.name,
      ref: spec.at ?? 'A1',
      headerRow: true,
      totalsRow: spec.table.totalsRow ?? false,
      columns: header.map((h, i) => ({ name: String(h), ...(spec.table?.totalsRow && i > 0 ? { totalsRowFunction: 'sum' as const } : {}) })),
      rows: body,
    });
  } else {
    spec.rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== undefined && value !== null) ws.getCell(top + r, left + c).value = value;
    }));
  }
  for (const row of spec.hiddenRows ?? []) ws.getRow(row).hidden = true;
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  if (spec.autoFilter) {
    const width = Math.max(...spec.rows.map((r) => r.length));
    ws.autoFilter = { from: { row: top, column: left }, to: { row: top + spec.rows.length - 1, column: left + width - 1 } };
  }
  return ws;
}

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pejlemærke corpus';
  const protections: Promise<void>[] = [];
  for (const spec of sheets) {
    const ws = addSheet(wb, spec);
    if (spec.protect) protections.push(ws.protect(spec.protect, { selectLockedCells: true, selectUnlockedCells: true }));
  }
  await Promise.all(protections);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

// ---- Package surgery -------------------------------------------------------------------------

const CT_DEFAULTS = '[Content_Types].xml';

async function edit(buffer: Buffer, change: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  await change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing`);
  return file.async('string');
}

async function addOverride(zip: JSZip, part: string, contentType: string): Promise<void> {
  const types = await text(zip, CT_DEFAULTS);
  zip.file(CT_DEFAULTS, types.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
}

async function addRelationship(zip: JSZip, relsPath: string, id: string, type: string, target: string): Promise<void> {
  const existing = zip.file(relsPath)
    ? await text(zip, relsPath)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A column chart on sheet 1 over B2:B4, as Excel stores one (drawing → chart part). */
export function withChart(buffer: Buffer): Promise<Buffer> {
  return edit(buffer, async (zip) => {
    const sheet = 'xl/worksheets/sheet1.xml';
    let xml = await text(zip, sheet);
    if (!/<worksheet[^>]*xmlns:r=/.test(xml)) xml = xml.replace('<worksheet ', `<worksheet xmlns:r="${R}" `);
    // The drawing goes where the schema wants it: before any table parts, else last.
    const drawing = '<drawing r:id="rIdCorpusDrawing"/>';
    zip.file(sheet, xml.includes('<tableParts') ? xml.replace('<tableParts', `${drawing}<tableParts`) : xml.replace('</worksheet>', `${drawing}</worksheet>`));
    await addRelationship(zip, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdCorpusDrawing', `${R}/drawing`, '../drawings/drawing1.xml');
    zip.file('xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
    await addRelationship(zip, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', `${R}/chart`, '../charts/chart1.xml');
    zip.file('xl/charts/chart1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Budget!$D$2:$D$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`);
    await addOverride(zip, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
    await addOverride(zip, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  });
}

/** A pivot table on sheet 2 with its cache, as Excel stores one. */
export function withPivotTable(buffer: Buffer): Promise<Buffer> {
  return edit(buffer, async (zip) => {
    await addRelationship(zip, 'xl/worksheets/_rels/sheet2.xml.rels', 'rIdCorpusPivot', `${R}/pivotTable`, '../pivotTables/pivotTable1.xml');
    zip.file('xl/pivotTables/pivotTable1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivottabel1" cacheId="1" dataCaption="Værdier"><location ref="A1:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`);
    await addRelationship(zip, 'xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', `${R}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml');
    zip.file('xl/pivotCache/pivotCacheDefinition1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:D4" sheet="Budget"/></cacheSource><cacheFields count="1"><cacheField name="Kommunekode" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`);
    await addOverride(zip, 'xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');
    await addOverride(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
  });
}

/** An .xlsm: macro-enabled main part and a VBA project (its bytes are a stand-in, never run). */
export function asMacroWorkbook(buffer: Buffer): Promise<Buffer> {
  return edit(buffer, async (zip) => {
    const types = await text(zip, CT_DEFAULTS);
    zip.file(CT_DEFAULTS, types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
    zip.file('xl/vbaProject.bin', Buffer.from('corpus stand-in for a VBA project: Sub Hej() End Sub', 'utf8'));
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdCorpusVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
  });
}

/** The first `keep` bytes of a good workbook: what a broken download or a full disk leaves. */
export function truncated(buffer: Buffer, keep: number): Buffer {
  return buffer.subarray(0, Math.min(keep, buffer.length - 1));
}

/** A zip whose workbook part is not XML. */
export function withBrokenWorkbookXml(buffer: Buffer): Promise<Buffer> {
  return edit(buffer, async (zip) => void zip.file('xl/workbook.xml', '<<< this is not xml'));
}
