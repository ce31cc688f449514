import JSZip from 'jszip';
import { HostError } from '../../../src/hosts/types';
import { XlsxWorkbook, inspectPackage, injectCharts } from '../../../src/hosts/xlsx';
import { resolveChart } from '../../../src/hosts/xlsx/charts/resolve';
import { sampleReport } from './sampleModel';
import { toBuffer, userWorkbook } from './inputWorkbook';
import { formulaOf, openZip, partText, sheetPath, sheetXml } from './xmlParts';

/** Excel omits headerRowCount (default 1); ExcelJS writes it. Make the input look like Excel's. */
async function likeExcelTables(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith('xl/tables/') && p.endsWith('.xml'))) {
    zip.file(path, ((await zip.file(path)?.async('string')) ?? '').replace(' headerRowCount="1"', ''));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A user workbook with a chart of the user's own on "Mine tal" (drawn with our own writer). */
async function withUserChart(): Promise<Buffer> {
  const plain = await XlsxWorkbook.open(await toBuffer(userWorkbook()));
  const ws = plain.workbook.getWorksheet('Mine tal');
  const chart = resolveChart(
    { kind: 'column', title: 'Brugerens diagram', series: [{ name: 'Udgift', values: "'Mine tal'!$C$5:$C$7" }], anchor: { from: 'G2', widthCols: 5, heightRows: 10 } },
    (name) => (name === 'Mine tal' ? ws : undefined),
    new Map(),
  );
  return injectCharts(await toBuffer(plain.workbook), [{ sheet: 'Mine tal', charts: [chart] }]);
}

async function addParts(buffer: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('copy mode: writing into a copy of the user workbook', () => {
  test('the input sheets keep their values, formulas, merges and tables', async () => {
    const input = await likeExcelTables(await toBuffer(userWorkbook()));
    const before = await XlsxWorkbook.open(input);
    const gridBefore = await before.read({ kind: 'range', sheet: 'Mine tal' });
    const tableBefore = await before.read({ kind: 'table', name: 'Skoletal' });

    const wb = await XlsxWorkbook.open(input);
    await wb.writeReport(sampleReport());
    const output = await wb.toBuffer();
    const after = await XlsxWorkbook.open(output);
    expect(await after.read({ kind: 'range', sheet: 'Mine tal' })).toEqual(gridBefore);
    expect(await after.read({ kind: 'table', name: 'Skoletal' })).toEqual(tableBefore);
    expect(after.workbook.getWorksheet('Mine tal')?.model.merges).toEqual(['B2:D2']);

    const zip = await openZip(output);
    expect(formulaOf(await sheetXml(zip, 'Mine tal'), 'C8')).toBe('C5-6000');
    const userTable = Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    const texts = await Promise.all(userTable.map((p) => partText(zip, p)));
    const skoletal = texts.find((t) => t.includes('name="Skoletal"')) ?? '';
    expect(skoletal).not.toContain('headerRowCount="0"');
  });

  test('inspectPackage lists what ExcelJS would drop, by sheet', async () => {
    const withChart = await withUserChart();
    const path = await sheetPath(await openZip(withChart), 'Mine tal');
    const loaded = await addParts(withChart, async (zip) => {
      zip.file('xl/vbaProject.bin', 'fake');
      zip.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
      zip.file('customXml/item1.xml', '<x/>');
      const sheet = (await zip.file(path)?.async('string')) ?? '';
      zip.file(path, sheet.replace('</worksheet>', '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups/></ext></extLst></worksheet>'));
    });
    const findings = await inspectPackage(loaded);
    const summary = findings.map((f) => `${f.kind}:${f.sheet ?? '-'}:${f.blocking}`).sort();
    expect(summary).toEqual(['chart:Mine tal:true', 'customXml:-:false', 'externalLink:-:true', 'sparkline:Mine tal:true', 'vba:-:true']);
    expect(findings.find((f) => f.kind === 'chart')?.part).toBe('xl/charts/chart1.xml');
  });

  test('shapes, pivot tables and threaded comments are found through the sheet relationships', async () => {
    const base = await toBuffer(userWorkbook());
    const path = await sheetPath(await openZip(base), 'Tabel');
    const loaded = await addParts(base, async (zip) => {
      const relsPath = path.replace('worksheets/', 'worksheets/_rels/') + '.rels';
      const rels = (await zip.file(relsPath)?.async('string')) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      const extra =
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/>' +
        '<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>' +
        '<Relationship Id="rId92" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/>';
      zip.file(relsPath, rels.replace('</Relationships>', `${extra}</Relationships>`));
      zip.file('xl/drawings/drawing9.xml', '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:spPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>');
      zip.file('xl/pivotCache/pivotCacheDefinition1.xml', '<pivotCacheDefinition/>');
    });
    const kinds = (await inspectPackage(loaded)).map((f) => `${f.kind}:${f.sheet ?? '-'}`).sort();
    expect(kinds).toEqual(['pivotCache:-', 'pivotTable:Tabel', 'shape:Tabel', 'threadedComment:Tabel']);
  });

  test('copy mode refuses with a Danish message naming what would be lost; a new workbook works', async () => {
    const loaded = await addParts(await withUserChart(), async (zip) => {
      zip.file('xl/vbaProject.bin', 'fake');
    });
    const wb = await XlsxWorkbook.open(loaded);
    const before = wb.workbook.worksheets.map((ws) => ws.name);
    let error: unknown;
    try {
      await wb.writeReport(sampleReport());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('copy-would-lose');
    expect((error as HostError).message).toBe(
      'Rapporten kan ikke skrives ind i en kopi af denne projektmappe uden at miste indhold, som programmet ikke kan bevare: ' +
        'diagrammer ("Mine tal") og makroer (VBA). Skriv rapporten til en ny projektmappe i stedet.',
    );
    expect(wb.workbook.worksheets.map((ws) => ws.name)).toEqual(before);
    // Reading the same workbook is fine, and the report can go to a new workbook.
    expect((await wb.read({ kind: 'range', sheet: 'Mine tal', range: 'C5' })).values).toEqual([[61000]]);
    await expect(XlsxWorkbook.createNew().writeReport(sampleReport())).resolves.toBeDefined();
  });

  test('charts on the add-in’s own sheets do not block a re-run', async () => {
    const first = await XlsxWorkbook.open(await toBuffer(userWorkbook()));
    await first.writeReport(sampleReport('run-1'));
    const output = await first.toBuffer();
    const findings = await inspectPackage(output);
    expect(findings.map((f) => `${f.kind}:${f.sheet}`)).toEqual(['chart:Benchmark', 'chart:Benchmark']);
    const second = await XlsxWorkbook.open(output);
    await expect(second.writeReport(sampleReport('run-2'))).resolves.toEqual({
      written: ['Overblik', 'Benchmark'],
      replaced: ['Overblik', 'Benchmark'],
    });
    const zip = await openZip(await second.toBuffer());
    expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
  });
});
