import ExcelJS from 'exceljs';
import { HostError } from '../../../src/hosts/types';
import { XlsxWorkbook, readRegistry } from '../../../src/hosts/xlsx';
import type { ReportModel } from '../../../src/report/model';
import { benchmarkSheet, overviewSheet, sampleReport } from './sampleModel';
import { toBuffer, userWorkbook } from './inputWorkbook';
import { cachedOf, cellXml, formulaOf, openZip, partText, sharedStrings, sheetXml } from './xmlParts';

const META = { generator: 'Pejlemærke', version: '0.1.0', createdAt: '2025-01-15T10:00:00Z', runId: 'r' };

async function written(model: ReportModel = sampleReport()) {
  const wb = XlsxWorkbook.createNew();
  const summary = await wb.writeReport(model);
  const buffer = await wb.toBuffer();
  return { wb, summary, buffer, zip: await openZip(buffer) };
}

describe('writing a report into a new workbook', () => {
  test('formulas are stored with _xlfn. where needed and the model value as cached result', async () => {
    const { zip } = await written();
    const xml = await sheetXml(zip, 'Overblik');
    expect(formulaOf(xml, 'B3')).toBe("_xlfn.QUARTILE.INC('Benchmark'!$B$4:$B$11,1)");
    expect(cachedOf(xml, 'B3')).toBe('57250');
    expect(formulaOf(xml, 'B2')).toBe("MAX('Benchmark'!B4:B11)");
    expect(cachedOf(xml, 'B2')).toBe('70000');
    expect(formulaOf(xml, 'B5')).toBe('COUNT(Benchmark_Tal[Udgift])');
    expect(cachedOf(xml, 'B5')).toBe('8');
  });

  test('text that looks like a formula is stored as a shared string, never as <f>', async () => {
    const dangerous = ['=HYPERLINK("http://x","y")', '+45 12345678', '-5 %', '@SUM(A1)', '\tindrykket', '\rcr'];
    const sheet = { ...overviewSheet(), cells: dangerous.map((value, i) => ({ address: `A${i + 1}`, value })) };
    const { zip, buffer } = await written({ sheets: [sheet], meta: META });
    const xml = await sheetXml(zip, 'Overblik');
    const strings = await sharedStrings(zip);
    dangerous.forEach((value, i) => {
      const cell = cellXml(xml, `A${i + 1}`);
      expect(cell).toMatch(/t="(s|inlineStr)"/);
      expect(cell).not.toContain('<f>');
      const index = Number(/<v>(\d+)<\/v>/.exec(cell)?.[1]);
      expect(strings[index]).toContain(value.slice(1, 4).replace(/"/g, '&quot;'));
    });
    const reread = await XlsxWorkbook.open(buffer);
    const grid = await reread.read({ kind: 'range', sheet: 'Overblik', range: 'A1:A4' });
    expect(grid.values).toEqual([[dangerous[0]], [dangerous[1]], [dangerous[2]], [dangerous[3]]]);
  });

  test('characters illegal in XML are dropped', async () => {
    const sheet = { ...overviewSheet(), cells: [{ address: 'A1', value: 'Bel\u0007l\u0000e' }] };
    const { buffer } = await written({ sheets: [sheet], meta: META });
    const grid = await (await XlsxWorkbook.open(buffer)).read({ kind: 'range', sheet: 'Overblik', range: 'A1' });
    expect(grid.values).toEqual([['Belle']]);
  });

  test('layout: widths, merges, freeze panes, tab colour, print setup, number formats, styles', async () => {
    const { zip } = await written();
    const xml = await sheetXml(zip, 'Benchmark');
    expect(xml).toContain('<col min="1" max="1" width="16" customWidth="1"/>');
    expect(xml).toContain('<mergeCell ref="A1:C1"/>');
    expect(xml).toMatch(/<pane xSplit="1" ySplit="3" topLeftCell="B4"[^>]*state="frozen"/);
    expect(xml).toContain('<tabColor rgb="FF2F5597"/>');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Benchmark&apos;!\$3:\$3<\/definedName>/);
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('formatCode="#,##0 &quot;kr.&quot;"');
    // Every font carries its name and size, so no reader falls back to a default serif.
    expect(styles).toMatch(/<font><b\/><color rgb="FF1F3864"\/><family val="2"\/><sz val="14"\/><name val="Calibri"\/><\/font>/);
    // (Conditional-format fonts under <dxfs> are differences, e.g. only bold, and need no name.)
    const fonts = /<fonts\b.*?<\/fonts>/.exec(styles)?.[0] ?? '';
    for (const font of fonts.match(/<font>.*?<\/font>/g) ?? []) expect(font).toMatch(/<sz val="\d+"\/>.*<name val="Calibri"\/>/);
    expect(styles).toMatch(/<patternFill patternType="solid"><fgColor rgb="FFD9E1F2"\/>/);
  });

  test('Excel table with header cells equal to its column names', async () => {
    const { zip } = await written();
    const table = (await zip.file('xl/tables/table1.xml')?.async('string')) ?? '';
    expect(table).toMatch(/name="Benchmark_Tal"/);
    expect(table).toMatch(/ref="A3:C11"/);
    expect(table).toMatch(/<tableColumn id="1" name="Kommune"[^>]*\/><tableColumn id="2" name="Udgift"[^>]*\/><tableColumn id="3" name="Elever"[^>]*\/><\/tableColumns>/);
    expect(table).toMatch(/<tableStyleInfo name="TableStyleMedium2"[^>]*showRowStripes="1"/);
  });

  test('table header cells always carry the column names, even if the model cell says otherwise', async () => {
    const sheet = benchmarkSheet();
    sheet.cells = sheet.cells.map((c) => (c.address === 'B3' ? { ...c, value: 'Noget andet' } : c));
    const { buffer } = await written({ sheets: [sheet], meta: META });
    const grid = await (await XlsxWorkbook.open(buffer)).read({ kind: 'table', name: 'Benchmark_Tal' });
    expect(grid.values[0]).toEqual(['Kommune', 'Udgift', 'Elever']);
    expect(grid.values[1]).toEqual(['Aarhus', 61000, 1200]);
    expect(grid.values).toHaveLength(9);
  });

  test('conditional formats: data bar, reversed traffic lights with thresholds, expression with fill', async () => {
    const { zip } = await written();
    const xml = await sheetXml(zip, 'Benchmark');
    expect(xml).toMatch(/<conditionalFormatting sqref="B4:B11"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"\/><cfvo type="max"\/><color rgb="FF5B9BD5"\/>/);
    expect(xml).toContain('<iconSet iconSet="3TrafficLights1" reverse="1"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet>');
    expect(xml).toMatch(/<cfRule type="expression" dxfId="\d+" priority="3"><formula>\$B4&gt;60000<\/formula>/);
    // The data bar's 2010 extension is present and its id matches the rule's reference.
    const id = /<x14:id>([^<]+)<\/x14:id>/.exec(xml)?.[1];
    expect(id).toBeDefined();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
  });

  test('own sheets are listed in a very hidden registry sheet', async () => {
    const { zip, buffer } = await written();
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).toMatch(/<sheet [^>]*name="_pejlemaerke" state="veryHidden"/);
    const reread = await XlsxWorkbook.open(buffer);
    expect(readRegistry(reread.workbook)).toEqual({ sheets: [{ name: 'Overblik', role: 'overview' }, { name: 'Benchmark', role: 'benchmark' }], names: [], ...META, runId: 'run-1' });
    expect((await reread.listSources()).sheets).toEqual(['Overblik', 'Benchmark']);
    expect(reread.ownSheetNames()).toEqual(['Overblik', 'Benchmark']);
    expect(XlsxWorkbook.createNew().ownSheetNames()).toEqual([]);
  });
});

describe('re-runs and user sheets', () => {
  test('a re-run replaces own sheets (and drops ones no longer produced) but not user sheets', async () => {
    const book = userWorkbook();
    const first = await XlsxWorkbook.open(await toBuffer(book));
    expect(await first.writeReport(sampleReport('run-1'))).toEqual({ written: ['Overblik', 'Benchmark'], replaced: [] });
    const second = await XlsxWorkbook.open(await first.toBuffer());
    const summary = await second.writeReport({ sheets: [overviewSheet()], meta: { ...META, runId: 'run-2' } });
    expect(summary).toEqual({ written: ['Overblik'], replaced: ['Overblik', 'Benchmark'] });
    const third = await XlsxWorkbook.open(await second.toBuffer());
    expect((await third.listSources()).sheets).toEqual(['Mine tal', 'Tabel', 'Overblik']);
    expect(readRegistry(third.workbook)?.runId).toBe('run-2');
    expect((await third.read({ kind: 'range', sheet: 'Mine tal', range: 'C5' })).values).toEqual([[61000]]);
  });

  test('a user sheet named like a report sheet is untouched; the report takes a free name and formulas follow', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Benchmark').getCell('A1').value = 'brugerens ark';
    const wb = await XlsxWorkbook.open(await toBuffer(book));
    const summary = await wb.writeReport(sampleReport());
    expect(summary.written).toEqual(['Overblik', 'Benchmark (2)']);
    const zip = await openZip(await wb.toBuffer());
    expect(cellXml(await sheetXml(zip, 'Benchmark'), 'A1')).toMatch(/t="s"/);
    expect((await wb.read({ kind: 'range', sheet: 'Benchmark' })).values).toEqual([['brugerens ark']]);
    expect(formulaOf(await sheetXml(zip, 'Overblik'), 'B3')).toBe("_xlfn.QUARTILE.INC('Benchmark (2)'!$B$4:$B$11,1)");
    const chart = await partText(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain("<c:f>'Benchmark (2)'!$B$4:$B$11</c:f>");
    expect(chart).not.toContain("<c:f>'Benchmark'!");
  });

  test('a table name already used in the workbook gets a suffix and formulas follow', async () => {
    const book = userWorkbook();
    book.getWorksheet('Tabel')?.addTable({
      name: 'Benchmark_Tal',
      ref: 'F3',
      columns: [{ name: 'X' }],
      rows: [[1]],
    });
    const wb = await XlsxWorkbook.open(await toBuffer(book));
    await wb.writeReport(sampleReport());
    const tables = (await wb.listSources()).tables.map((t) => `${t.name}@${t.sheet}`);
    expect(tables).toEqual(expect.arrayContaining(['Benchmark_Tal@Tabel', 'Benchmark_Tal_2@Benchmark']));
    const zip = await openZip(await wb.toBuffer());
    expect(formulaOf(await sheetXml(zip, 'Overblik'), 'B5')).toBe('COUNT(Benchmark_Tal_2[Udgift])');
  });

  test('all or nothing: an invalid address removes every sheet written by the call', async () => {
    const wb = await XlsxWorkbook.open(await toBuffer(userWorkbook()));
    await wb.writeReport(sampleReport('run-1'));
    const before = wb.workbook.worksheets.map((ws) => ws.name);
    const broken = benchmarkSheet('Fejl');
    broken.cells.push({ address: 'A0', value: 1 });
    let error: unknown;
    try {
      await wb.writeReport({ sheets: [overviewSheet('Fejl', 'Overblik'), broken], meta: { ...META, runId: 'run-2' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('invalid-model');
    expect((error as HostError).message).toContain('"A0"');
    expect((error as HostError).message).toContain('intet er ændret');
    expect(wb.workbook.worksheets.map((ws) => ws.name)).toEqual(before);
    expect(readRegistry(wb.workbook)?.runId).toBe('run-1');
    const reread = await XlsxWorkbook.open(await wb.toBuffer());
    expect((await reread.read({ kind: 'range', sheet: 'Overblik', range: 'B2' })).values).toEqual([[70000]]);
  });

  test('a chart pointing at a missing sheet also fails the whole write', async () => {
    const wb = XlsxWorkbook.createNew();
    const sheet = benchmarkSheet();
    sheet.charts[0].series[0].values = "'Findes ikke'!$B$4:$B$11";
    await expect(wb.writeReport({ sheets: [overviewSheet(), sheet], meta: META })).rejects.toThrow(/Findes ikke/);
    expect(wb.workbook.worksheets).toHaveLength(0);
  });
});
