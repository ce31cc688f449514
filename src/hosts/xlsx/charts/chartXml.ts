// DrawingML chartSpace for one chart: clustered column/bar (optionally with line series on the
// same axes for a combo), a line chart over text categories, or a scatter with markers. Element
// order follows the schema sequences (CT_Chart, CT_CatAx, CT_ValAx, CT_Scaling); the series
// themselves are in seriesXml.ts.
import { escapeXml } from '../text';
import { barSeries, lineSeries, scatterSeries, withPointRuns, type PointRun } from './seriesXml';
import type { ResolvedChart } from './types';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWING_MAIN_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CATEGORY_AXIS_ID = 50010001;
const VALUE_AXIS_ID = 50010002;

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

interface AxisSpec {
  kind: 'cat' | 'val';
  id: number;
  crossId: number;
  position: 'b' | 'l';
  title?: string;
  numFmt?: string;
  gridlines: boolean;
  min?: number;
  max?: number;
  /** Categories from the top (orientation maxMin). */
  reversed?: boolean;
  /** A value axis that crosses a reversed category axis at its last category, i.e. at the bottom. */
  crossesAtMax?: boolean;
}

/** Text in charts is as large as the cells' text, so printing shrinks both alike. */
const CHART_TEXT_POINTS = 11;

function axisXml(axis: AxisSpec): string {
  const tag = axis.kind === 'cat' ? 'c:catAx' : 'c:valAx';
  const numFmt = axis.numFmt
    ? `<c:numFmt formatCode="${escapeXml(axis.numFmt)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const tail =
    axis.kind === 'cat'
      ? '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>'
      : `<c:crosses val="${axis.crossesAtMax ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>`;
  // CT_Scaling: orientation, then max, then min.
  const bounds = `${axis.max !== undefined ? `<c:max val="${axis.max}"/>` : ''}${axis.min !== undefined ? `<c:min val="${axis.min}"/>` : ''}`;
  return (
    `<${tag}><c:axId val="${axis.id}"/><c:scaling><c:orientation val="${axis.reversed ? 'maxMin' : 'minMax'}"/>${bounds}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${axis.position}"/>${axis.gridlines ? '<c:majorGridlines/>' : ''}` +
    titleXml(axis.title, { size: CHART_TEXT_POINTS, bold: false, vertical: axis.position === 'l' }) +
    `${numFmt}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    // Labels stand level: turned 45° they are hard to read and print smaller than their size.
    `<c:txPr><a:bodyPr rot="0" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${CHART_TEXT_POINTS * 100}"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>` +
    `<c:crossAx val="${axis.crossId}"/>${tail}</${tag}>`
  );
}

function plotArea(chart: ResolvedChart): string {
  const { model } = chart;
  const valueFormat = model.valueFormat ?? 'General';
  const axIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  const bounds = { min: model.valueAxisMin, max: model.valueAxisMax };
  if (model.kind === 'scatter') {
    const series = chart.series.map((s, i) => scatterSeries(s, i, valueFormat)).join('');
    const xAxis: AxisSpec = { kind: 'val', id: CATEGORY_AXIS_ID, crossId: VALUE_AXIS_ID, position: 'b', title: model.xAxisTitle, gridlines: false };
    const yAxis: AxisSpec = { kind: 'val', id: VALUE_AXIS_ID, crossId: CATEGORY_AXIS_ID, position: 'l', title: model.yAxisTitle, numFmt: model.valueFormat, gridlines: true, ...bounds };
    return `<c:plotArea><c:layout/><c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axIds}</c:scatterChart>${axisXml(xAxis)}${axisXml(yAxis)}</c:plotArea>`;
  }
  const horizontal = model.kind === 'bar';
  // In a line chart every series is a line with markers; in a column/bar chart asLine overlays a line.
  const asLine = (s: ResolvedChart['series'][number]) => model.kind === 'line' || s.asLine;
  const bars = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => !asLine(s));
  const lines = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => asLine(s));
  const barXml =
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    bars.map(({ s, i }) => barSeries(s, i, valueFormat)).join('') +
    `<c:gapWidth val="80"/>${axIds}</c:barChart>`;
  const lineXml = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map(({ s, i }) => lineSeries(s, i, valueFormat, model.kind === 'line')).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
    : '';
  // A bar chart read like the table beside it: first category at the top, values still along the bottom.
  const topDown = horizontal && model.categoriesTopDown === true;
  const catAxis: AxisSpec = { kind: 'cat', id: CATEGORY_AXIS_ID, crossId: VALUE_AXIS_ID, position: horizontal ? 'l' : 'b', title: model.xAxisTitle, gridlines: false, reversed: topDown };
  const valAxis: AxisSpec = { kind: 'val', id: VALUE_AXIS_ID, crossId: CATEGORY_AXIS_ID, position: horizontal ? 'b' : 'l', title: model.yAxisTitle, numFmt: model.valueFormat, gridlines: true, ...bounds, crossesAtMax: topDown };
  // A chart whose series are all lines has no barChart at all: an empty one is invalid.
  return `<c:plotArea><c:layout/>${bars.length ? barXml : ''}${lineXml}${axisXml(catAxis)}${axisXml(valAxis)}</c:plotArea>`;
}

export function chartSpaceXml(chart: ResolvedChart): string {
  const showLegend = chart.series.length > 1 && chart.model.hideLegend !== true;
  const legend = showLegend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  // dispBlanksAs="gap": an empty cell is a gap in a line, never drawn as 0.
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.model.title, { bold: true, size: 13 })}<c:autoTitleDeleted val="${chart.model.title ? 0 : 1}"/>` +
    `${plotArea(chart)}${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    // Axis labels and legend at the body size: a sheet printed at 75 % keeps them at 8 pt or more.
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${CHART_TEXT_POINTS * 100}"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

/**
 * The chart's XML with its long point runs set aside: write `xml` with each POINTS_MARK replaced by
 * its run's elements, in order, and the part is exactly chartSpaceXml's.
 */
export function chartParts(chart: ResolvedChart): { xml: string; runs: PointRun[] } {
  return withPointRuns(() => chartSpaceXml(chart));
}
