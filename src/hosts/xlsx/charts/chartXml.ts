// DrawingML chartSpace for one chart: clustered column/bar (optionally with line series on the
// same axes for a combo) or a scatter with markers only. Element order follows the schema
// sequences (CT_BarSer, CT_LineSer, CT_ScatterSer, CT_CatAx, CT_ValAx); Excel rejects files
// that deviate, LibreOffice is more forgiving, so the tests check the order explicitly.
import { escapeXml } from '../text';
import type { CachedRef, ResolvedChart, ResolvedSeries } from './types';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWING_MAIN_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CATEGORY_AXIS_ID = 50010001;
const VALUE_AXIS_ID = 50010002;

function num(value: number): string {
  // Cached numbers are written in full precision, '.' decimal point, as the format requires.
  return Number.isFinite(value) ? String(value) : '0';
}

function strRef(ref: CachedRef<string>): string {
  const pts = ref.points.map((p, i) => `<c:pt idx="${i}"><c:v>${escapeXml(p)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(ref.ref)}</c:f><c:strCache><c:ptCount val="${ref.points.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: CachedRef<number | null>, formatCode: string): string {
  // Empty cells are left out of the cache (gaps), exactly as Excel caches them.
  const pts = ref.points
    .map((p, i) => (p === null ? '' : `<c:pt idx="${i}"><c:v>${num(p)}</c:v></c:pt>`))
    .join('');
  return `<c:numRef><c:f>${escapeXml(ref.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${ref.points.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesName(series: ResolvedSeries): string {
  return 'literal' in series.name
    ? `<c:tx><c:v>${escapeXml(series.name.literal)}</c:v></c:tx>`
    : `<c:tx>${strRef(series.name)}</c:tx>`;
}

function categoriesXml(series: ResolvedSeries, tag: 'c:cat' | 'c:xVal'): string {
  const cats = series.categories;
  if (!cats) return '';
  return 'text' in cats ? `<${tag}>${strRef(cats.text)}</${tag}>` : `<${tag}>${numRef(cats.numbers, 'General')}</${tag}>`;
}

function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

function richText(text: string, options: { bold?: boolean; size?: number; vertical?: boolean } = {}): string {
  const bodyPr = options.vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  const size = options.size ? ` sz="${options.size * 100}"` : '';
  const bold = ` b="${options.bold ? 1 : 0}"`;
  return `<c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr${size}${bold}/></a:pPr><a:r><a:rPr lang="da-DK"${size}${bold}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function titleXml(text: string | undefined, options: { bold?: boolean; size?: number; vertical?: boolean }): string {
  if (!text) return '';
  return `<c:title>${richText(text, options)}<c:overlay val="0"/></c:title>`;
}

function serPrefix(series: ResolvedSeries, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/>${seriesName(series)}`;
}

function barSeries(series: ResolvedSeries, index: number, valueFormat: string): string {
  return `<c:ser>${serPrefix(series, index)}<c:spPr>${solidFill(series.color)}</c:spPr><c:invertIfNegative val="0"/>${categoriesXml(series, 'c:cat')}<c:val>${numRef(series.values, valueFormat)}</c:val></c:ser>`;
}

function lineSeries(series: ResolvedSeries, index: number, valueFormat: string): string {
  const line = `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(series.color)}<a:round/></a:ln></c:spPr>`;
  return `<c:ser>${serPrefix(series, index)}${line}<c:marker><c:symbol val="none"/></c:marker>${categoriesXml(series, 'c:cat')}<c:val>${numRef(series.values, valueFormat)}</c:val><c:smooth val="0"/></c:ser>`;
}

/** Points as markers; a series marked asLine (e.g. a median rule through two points) as a plain line. */
function scatterSeries(series: ResolvedSeries, index: number, valueFormat: string): string {
  const lineOrNone = series.asLine
    ? `<c:spPr><a:ln w="19050">${solidFill(series.color)}<a:prstDash val="dash"/></a:ln></c:spPr>`
    : '<c:spPr><a:ln w="25400"><a:noFill/></a:ln></c:spPr>';
  const marker = series.asLine
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solidFill(series.color)}<a:ln w="9525">${solidFill(series.color)}</a:ln></c:spPr></c:marker>`;
  return `<c:ser>${serPrefix(series, index)}${lineOrNone}${marker}${categoriesXml(series, 'c:xVal')}<c:yVal>${numRef(series.values, valueFormat)}</c:yVal><c:smooth val="0"/></c:ser>`;
}

interface AxisSpec {
  kind: 'cat' | 'val';
  id: number;
  crossId: number;
  position: 'b' | 'l';
  title?: string;
  numFmt?: string;
  gridlines: boolean;
}

function axisXml(axis: AxisSpec): string {
  const tag = axis.kind === 'cat' ? 'c:catAx' : 'c:valAx';
  const numFmt = axis.numFmt
    ? `<c:numFmt formatCode="${escapeXml(axis.numFmt)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const tail =
    axis.kind === 'cat'
      ? '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>'
      : '<c:crosses val="autoZero"/><c:crossBetween val="between"/>';
  return (
    `<${tag}><c:axId val="${axis.id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${axis.position}"/>${axis.gridlines ? '<c:majorGridlines/>' : ''}` +
    titleXml(axis.title, { size: 10, bold: false, vertical: axis.position === 'l' }) +
    `${numFmt}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${axis.crossId}"/>${tail}</${tag}>`
  );
}

function plotArea(chart: ResolvedChart): string {
  const { model } = chart;
  const valueFormat = model.valueFormat ?? 'General';
  const axIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  if (model.kind === 'scatter') {
    const series = chart.series.map((s, i) => scatterSeries(s, i, valueFormat)).join('');
    const xAxis: AxisSpec = { kind: 'val', id: CATEGORY_AXIS_ID, crossId: VALUE_AXIS_ID, position: 'b', title: model.xAxisTitle, gridlines: false };
    const yAxis: AxisSpec = { kind: 'val', id: VALUE_AXIS_ID, crossId: CATEGORY_AXIS_ID, position: 'l', title: model.yAxisTitle, numFmt: model.valueFormat, gridlines: true };
    return `<c:plotArea><c:layout/><c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axIds}</c:scatterChart>${axisXml(xAxis)}${axisXml(yAxis)}</c:plotArea>`;
  }
  const horizontal = model.kind === 'bar';
  const bars = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => !s.asLine);
  const lines = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => s.asLine);
  const barXml =
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    bars.map(({ s, i }) => barSeries(s, i, valueFormat)).join('') +
    `<c:gapWidth val="80"/>${axIds}</c:barChart>`;
  const lineXml = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map(({ s, i }) => lineSeries(s, i, valueFormat)).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
    : '';
  const catAxis: AxisSpec = { kind: 'cat', id: CATEGORY_AXIS_ID, crossId: VALUE_AXIS_ID, position: horizontal ? 'l' : 'b', title: model.xAxisTitle, gridlines: false };
  const valAxis: AxisSpec = { kind: 'val', id: VALUE_AXIS_ID, crossId: CATEGORY_AXIS_ID, position: horizontal ? 'b' : 'l', title: model.yAxisTitle, numFmt: model.valueFormat, gridlines: true };
  // A chart whose series are all lines has no barChart at all: an empty one is invalid.
  return `<c:plotArea><c:layout/>${bars.length ? barXml : ''}${lineXml}${axisXml(catAxis)}${axisXml(valAxis)}</c:plotArea>`;
}

export function chartSpaceXml(chart: ResolvedChart): string {
  const legend = chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.model.title, { bold: true, size: 13 })}<c:autoTitleDeleted val="${chart.model.title ? 0 : 1}"/>` +
    `${plotArea(chart)}${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '</c:chartSpace>'
  );
}
