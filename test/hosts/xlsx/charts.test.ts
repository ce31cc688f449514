import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../../src/hosts/xlsx';
import { insertTopLevelElement } from '../../../src/hosts/xlsx/charts/inject';
import { benchmarkSheet, COSTS, overviewSheet, sampleReport } from './sampleModel';
import { toBuffer } from './inputWorkbook';
import { openZip, partText, relsOf, sheetPath, sheetXml } from './xmlParts';

/** 1×1 transparent PNG, so the input workbook has an image drawing of its own. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Direct children of the root element, in order (local names). */
function topLevelChildren(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const [whole, closing, name, self] of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (whole.startsWith('<?')) continue;
    if (closing) depth--;
    else {
      if (depth === 1) names.push(name.replace(/^.*:/, ''));
      if (!self) depth++;
    }
  }
  return names;
}

describe('native charts', () => {
  test('sheet → drawing → chart relationships, content types and the <drawing> position', async () => {
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(sampleReport());
    const zip = await openZip(await wb.toBuffer());
    const path = await sheetPath(zip, 'Benchmark');
    const sheetRels = await relsOf(zip, path);
    const drawingRel = sheetRels.find((r) => r.type.endsWith('/drawing'));
    expect(drawingRel).toBeDefined();
    const sheet = await sheetXml(zip, 'Benchmark');
    expect(sheet).toContain(`<drawing r:id="${drawingRel?.id}"/>`);
    // Schema order: drawing after pageSetup, before tableParts and the worksheet extLst.
    const children = topLevelChildren(sheet);
    expect(children.slice(children.indexOf('pageSetup'))).toEqual(['pageSetup', 'drawing', 'tableParts', 'extLst']);
    // Relationship ids in the sheet's .rels stay unique.
    expect(new Set(sheetRels.map((r) => r.id)).size).toBe(sheetRels.length);

    const drawingPath = drawingRel?.resolved ?? '';
    expect(zip.file(drawingPath)).not.toBeNull();
    const chartRels = await relsOf(zip, drawingPath);
    expect(chartRels.map((r) => r.resolved)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    expect(chartRels.every((r) => r.type.endsWith('/chart'))).toBe(true);
    const drawing = await partText(zip, drawingPath);
    for (const rel of chartRels) expect(drawing).toContain(`r:id="${rel.id}"`);
    // Anchor of the first chart: E3 spanning 8 columns × 16 rows (zero-based in the drawing).
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>');

    const types = await partText(zip, '[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    for (const chart of ['chart1', 'chart2']) {
      expect(types).toContain(`<Override PartName="/xl/charts/${chart}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    }
    // The overview sheet has no charts and so no drawing.
    expect(await sheetXml(zip, 'Overblik')).not.toContain('<drawing');
  });

  test('combo column chart: refs, cached points, colours, titles, line series on the same axes', async () => {
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(sampleReport());
    const chart = await partText(await openZip(await wb.toBuffer()), 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:cat><c:strRef><c:f>'Benchmark'!$A$4:$A$11</c:f><c:strCache><c:ptCount val=\"8\"/><c:pt idx=\"0\"><c:v>Aarhus</c:v></c:pt>");
    const costCache = COSTS.map(([, cost], i) => `<c:pt idx="${i}"><c:v>${cost}</c:v></c:pt>`).join('');
    expect(chart).toContain(`<c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="8"/>${costCache}</c:numCache>`);
    expect(chart).toContain('<c:tx><c:v>Udgift</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="4472C4"/>');
    expect(chart).toMatch(/<c:lineChart>.*<c:tx><c:v>Elever<\/c:v><\/c:tx>.*<a:srgbClr val="ED7D31"\/>.*<\/c:lineChart>/);
    expect(chart).toContain('<a:t>Udgift pr. elev</a:t>');
    expect(chart).toContain('<a:t>Kroner</a:t>');
    expect(chart).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
    // Both chart groups use the same pair of axes.
    const axIds = [...chart.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(axIds).size).toBe(2);
    // CT_BarSer order: idx, order, tx, spPr, invertIfNegative, cat, val.
    const bar = /<c:barChart>.*?<c:ser>(.*?)<\/c:ser>/.exec(chart)?.[1] ?? '';
    const order = ['<c:idx', '<c:order', '<c:tx', '<c:spPr', '<c:invertIfNegative', '<c:cat', '<c:val'].map((tag) => bar.indexOf(tag));
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > order[i - 1]))).toBe(true);
  });

  test('scatter: xVal/yVal numeric caches, markers without lines, name from a cell reference', async () => {
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(sampleReport());
    const chart = await partText(await openZip(await wb.toBuffer()), 'xl/charts/chart2.xml');
    expect(chart).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/>');
    expect(chart).toContain("<c:tx><c:strRef><c:f>'Benchmark'!$B$3</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>Udgift</c:v></c:pt>");
    expect(chart).toContain("<c:xVal><c:numRef><c:f>'Benchmark'!$C$4:$C$11</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"8\"/><c:pt idx=\"0\"><c:v>1200</c:v></c:pt>");
    expect(chart).toContain("<c:yVal><c:numRef><c:f>'Benchmark'!$B$4:$B$11</c:f>");
    expect(chart).toContain('<a:ln w="25400"><a:noFill/></a:ln>');
    expect(chart).toContain('<c:symbol val="circle"/>');
    expect((chart.match(/<c:valAx>/g) ?? []).length).toBe(2);
  });

  test('empty cells are gaps in the cache; a bar chart puts categories on the left', async () => {
    const sheet = benchmarkSheet();
    sheet.cells = sheet.cells.filter((c) => c.address !== 'B6');
    sheet.charts = [{ ...sheet.charts[0], kind: 'bar', series: [sheet.charts[0].series[0]] }];
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport({ sheets: [sheet], meta: { generator: 'g', version: 'v', createdAt: 'c', runId: 'r' } });
    const chart = await partText(await openZip(await wb.toBuffer()), 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:pt idx="1"><c:v>58000</c:v></c:pt><c:pt idx="3"><c:v>55000</c:v></c:pt>');
    expect(chart).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="minMax"\/><\/c:scaling><c:delete val="0"\/><c:axPos val="l"\/>/);
    expect(chart).not.toContain('<c:legend>'); // one series: no legend
  });

  test('an input workbook with an image drawing keeps it and the charts get new part names', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Logo');
    const imageId = book.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(imageId, 'A1:B2');
    const input = await toBuffer(book);
    expect((await openZip(input)).file('xl/drawings/drawing1.xml')).not.toBeNull();

    const wb = await XlsxWorkbook.open(input);
    await wb.writeReport(sampleReport());
    const zip = await openZip(await wb.toBuffer());
    const logoRels = await relsOf(zip, await sheetPath(zip, 'Logo'));
    const benchRels = await relsOf(zip, await sheetPath(zip, 'Benchmark'));
    const logoDrawing = logoRels.find((r) => r.type.endsWith('/drawing'))?.resolved;
    const benchDrawing = benchRels.find((r) => r.type.endsWith('/drawing'))?.resolved;
    expect(logoDrawing).toBeDefined();
    expect(benchDrawing).toBeDefined();
    expect(benchDrawing).not.toBe(logoDrawing);
    expect(await partText(zip, logoDrawing ?? '')).toContain('<xdr:pic>');
    expect(await partText(zip, benchDrawing ?? '')).toContain('<c:chart');
    expect(Object.keys(zip.files).filter((p) => p.startsWith('xl/media/') && !zip.files[p].dir)).toEqual(['xl/media/image1.png']);
  });

  test('charts of replaced own sheets are not written again', async () => {
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(sampleReport('run-1'));
    await wb.writeReport({ sheets: [overviewSheet()], meta: { generator: 'g', version: 'v', createdAt: 'c', runId: 'run-2' } });
    const zip = await openZip(await wb.toBuffer());
    expect(Object.keys(zip.files).filter((p) => p.startsWith('xl/charts/') && !zip.files[p].dir)).toEqual([]);
  });

  test('insertTopLevelElement skips nested elements of the same name', () => {
    const xml = '<worksheet><a><extLst><x/></extLst></a><b/><extLst/></worksheet>';
    expect(insertTopLevelElement(xml, '<drawing/>', new Set(['extLst']))).toBe(
      '<worksheet><a><extLst><x/></extLst></a><b/><drawing/><extLst/></worksheet>',
    );
    expect(insertTopLevelElement('<worksheet><b/></worksheet>', '<drawing/>', new Set(['extLst']))).toBe(
      '<worksheet><b/><drawing/></worksheet>',
    );
  });
});
