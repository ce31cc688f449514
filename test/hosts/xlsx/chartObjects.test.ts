// Line charts with gaps, value-axis bounds, hidden legends, error bars, labels from cells and
// value labels, as the .xlsx host's own DrawingML writer puts them in the file.
import { XlsxWorkbook } from '../../../src/hosts/xlsx';
import type { ReportModel } from '../../../src/report/model';
import { META, trendSheet } from '../objectsModel';
import { openZip, partText } from './xmlParts';

async function charts(model: ReportModel = { sheets: [trendSheet()], meta: META }): Promise<string[]> {
  const wb = XlsxWorkbook.createNew();
  await wb.writeReport(model);
  const zip = await openZip(await wb.toBuffer());
  return Promise.all([1, 2, 3].map((n) => partText(zip, `xl/charts/chart${n}.xml`)));
}

/** Positions of the tags in `xml`, which must all be found and in this order. */
function inOrder(xml: string, tags: string[]): boolean {
  const positions = tags.map((tag) => xml.indexOf(tag));
  return positions.every((pos, i) => pos >= 0 && (i === 0 || pos > positions[i - 1]));
}

describe('line chart', () => {
  test('lines with markers over text categories; the empty year is a gap, not 0', async () => {
    const [line] = await charts();
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line).not.toContain('<c:barChart>');
    expect(line).toContain('<c:marker><c:symbol val="circle"/><c:size val="6"/>');
    expect(line).toContain('<c:cat><c:strRef><c:f>\'Udvikling\'!$A$2:$A$6</c:f><c:strCache><c:ptCount val="5"/><c:pt idx="0"><c:v>2019</c:v></c:pt>');
    // Index 2 (2021) is left out of the cache, and blanks are drawn as gaps.
    expect(line).toContain('<c:ptCount val="5"/><c:pt idx="0"><c:v>52000</c:v></c:pt><c:pt idx="1"><c:v>54000</c:v></c:pt><c:pt idx="3"><c:v>58000</c:v></c:pt>');
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
  });

  test('the value axis starts at 0 and the single-series legend is off', async () => {
    const [line] = await charts();
    expect(line).toMatch(/<c:valAx><c:axId val="\d+"\/><c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>/);
    expect(line).not.toContain('<c:legend>');
  });

  test('custom error bars in both directions from cells, after the labels and before the categories', async () => {
    const [line] = await charts();
    const bars = /<c:errBars>.*?<\/c:errBars>/.exec(line)?.[0] ?? '';
    expect(bars).toMatch(/^<c:errBars><c:errBarType val="both"\/><c:errValType val="cust"\/><c:noEndCap val="0"\/><c:plus><c:numRef><c:f>'Udvikling'!\$C\$2:\$C\$6<\/c:f>/);
    expect(bars).toContain("<c:minus><c:numRef><c:f>'Udvikling'!$D$2:$D$6</c:f>");
    expect(bars).not.toContain('errDir'); // only x/y charts choose a direction
    expect(inOrder(line, ['<c:marker>', '<c:errBars>', '<c:cat>', '<c:val>', '<c:smooth'])).toBe(true);
  });
});

describe('value labels on bars', () => {
  test("every bar shows its value in the axis' number format", async () => {
    const [, bar] = await charts();
    const labels = /<c:dLbls>.*?<\/c:dLbls>/.exec(bar)?.[0] ?? '';
    expect(labels).toContain('<c:numFmt formatCode="#,##0 "kr."" sourceLinked="0"/>'); // (entities decoded by partText)
    expect(labels).toContain('<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>');
    expect(inOrder(bar, ['<c:invertIfNegative', '<c:dLbls>', '<c:cat>', '<c:val>'])).toBe(true);
  });

  test('categories top-down, as the table reads, with the value axis still at the bottom', async () => {
    const [line, bar] = await charts();
    expect(bar).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="maxMin"\/><\/c:scaling>/);
    expect(bar).toMatch(/<c:valAx>.*<c:crosses val="max"\/><c:crossBetween val="between"\/><\/c:valAx>/);
    // Only bar charts turn their categories around.
    expect(line).not.toContain('maxMin');
  });
});

describe('scatter with labels from cells and error bars', () => {
  test('c15:datalabelsRange names the label cells and caches their text', async () => {
    const [, , scatter] = await charts();
    const ext = /<c:extLst><c:ext uri="\{02D57815-91ED-43cb-92C2-25804820EDAC\}"[^>]*>.*?<\/c:ext><\/c:extLst><\/c:ser>/.exec(scatter)?.[0] ?? '';
    expect(ext).toContain('xmlns:c15="http://schemas.microsoft.com/office/drawing/2012/chart"');
    expect(ext).toContain("<c15:datalabelsRange><c15:f>'Udvikling'!$E$2:$E$6</c15:f><c15:dlblRangeCache><c:ptCount val=\"5\"/><c:pt idx=\"0\"><c:v>Aarhus</c:v></c:pt>");
    // The series' extLst is its last child, after smooth.
    expect(inOrder(scatter, ['<c:yVal>', '<c:smooth val="0"/>', '<c:extLst><c:ext uri="{02D57815'])).toBe(true);
  });

  test('each point has a CELLRANGE field whose own text is the cell text, and "value from cells" is on', async () => {
    const [, , scatter] = await charts();
    const labels = /<c:dLbls>.*?<\/c:dLbls>/.exec(scatter)?.[0] ?? '';
    const points = labels.match(/<c:dLbl>.*?<\/c:dLbl>/g) ?? [];
    expect(points).toHaveLength(5);
    expect(points[1]).toMatch(/^<c:dLbl><c:idx val="1"\/><c:tx><c:rich>.*<a:fld id="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}" type="CELLRANGE">.*<a:t>Odense<\/a:t><\/a:fld>/);
    expect(points[1]).toContain('<c:showVal val="0"/>');
    expect(points[1]).toContain('<c15:showDataLabelsRange val="1"/>');
    expect(new Set(points.map((p) => /fld id="([^"]+)"/.exec(p)?.[1])).size).toBe(5);
    // The series-level labels: no values, labels from cells, at the right of the point.
    expect(labels).toMatch(/<c:dLblPos val="r"\/><c:showLegendKey val="0"\/><c:showVal val="0"\/>.*<c15:showDataLabelsRange val="1"\/>/);
    expect(labels).not.toContain('[CELLRANGE]');
  });

  test('y error bars and a 0–1 value axis (max before min, as CT_Scaling orders them)', async () => {
    const [, , scatter] = await charts();
    expect(scatter).toContain('<c:errBars><c:errDir val="y"/><c:errBarType val="both"/><c:errValType val="cust"/>');
    expect(scatter).toContain("<c:plus><c:numRef><c:f>'Udvikling'!$G$2:$G$6</c:f>");
    expect(scatter).toContain('<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>');
    expect(inOrder(scatter, ['<c:marker>', '<c:dLbls>', '<c:errBars>', '<c:xVal>', '<c:yVal>'])).toBe(true);
  });
});

describe('chart model defects', () => {
  test('error bars or labels that do not match the points, or an empty axis range, are refused', async () => {
    const broken: ((s: ReturnType<typeof trendSheet>) => void)[] = [
      (s) => void (s.charts[0].series[0].errorBars = { plus: "'Udvikling'!$C$2:$C$5", minus: "'Udvikling'!$D$2:$D$6" }),
      (s) => void (s.charts[2].series[0].pointLabels = "'Udvikling'!$E$2:$E$9"),
      (s) => void (s.charts[2].valueAxisMin = 2),
    ];
    for (const breakIt of broken) {
      const sheet = trendSheet();
      breakIt(sheet);
      const wb = XlsxWorkbook.createNew();
      await expect(wb.writeReport({ sheets: [sheet], meta: META })).rejects.toThrow(/Udvikling/);
      expect(wb.workbook.worksheets).toHaveLength(0);
    }
  });
});
