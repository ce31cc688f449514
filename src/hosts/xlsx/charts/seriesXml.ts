// The <c:ser> elements of a chart, with their data labels and error bars. Element order follows
// the schema sequences: CT_BarSer (idx, order, tx, spPr, invertIfNegative, dLbls, errBars, cat,
// val, extLst), CT_LineSer (idx, order, tx, spPr, marker, dLbls, errBars, cat, val, smooth,
// extLst), CT_ScatterSer (idx, order, tx, spPr, marker, dLbls, errBars, xVal, yVal, smooth, extLst).
// Excel rejects a file that deviates; LibreOffice is more forgiving, so tests check the order.
import { escapeXml } from '../text';
import type { CachedRef, ResolvedSeries } from './types';

/** Namespace of the Office 2013 chart extensions (labels from cells). */
export const C15_NS = 'http://schemas.microsoft.com/office/drawing/2012/chart';
/** Extension of a series that holds the cells its labels come from. */
const SERIES_LABEL_RANGE_EXT = '{02D57815-91ED-43cb-92C2-25804820EDAC}';
/** Extension of a series' data labels that switches "value from cells" on. */
const LABELS_FROM_CELLS_EXT = '{CE6537A1-D6FC-4f65-9D91-7224C49458BB}';
const ERROR_BAR_COLOUR = '595959';

export type SeriesKind = 'bar' | 'line' | 'scatter';

function num(value: number): string {
  // Cached numbers are written in full precision, '.' decimal point, as the format requires.
  return Number.isFinite(value) ? String(value) : '0';
}

function strPoints(points: string[]): string {
  return `<c:ptCount val="${points.length}"/>${points.map((p, i) => `<c:pt idx="${i}"><c:v>${escapeXml(p)}</c:v></c:pt>`).join('')}`;
}

export function strRef(ref: CachedRef<string>): string {
  return `<c:strRef><c:f>${escapeXml(ref.ref)}</c:f><c:strCache>${strPoints(ref.points)}</c:strCache></c:strRef>`;
}

export function numRef(ref: CachedRef<number | null>, formatCode: string): string {
  // Empty cells are left out of the cache (gaps), exactly as Excel caches them.
  const pts = ref.points
    .map((p, i) => (p === null ? '' : `<c:pt idx="${i}"><c:v>${num(p)}</c:v></c:pt>`))
    .join('');
  return `<c:numRef><c:f>${escapeXml(ref.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${ref.points.length}"/>${pts}</c:numCache></c:numRef>`;
}

export function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
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

const LABEL_POSITION: Record<SeriesKind, string> = { bar: 'outEnd', line: 't', scatter: 'r' };

const LABEL_TEXT = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>';
/**
 * "Value from cells" on. The 2006 schema lets an <c:ext> hold exactly one element, so this is the
 * only one (Excel adds an empty c15:dlblFieldTable, which says nothing and would break that rule).
 */
const FROM_CELLS_EXT_LIST = `<c:extLst><c:ext uri="${LABELS_FROM_CELLS_EXT}" xmlns:c15="${C15_NS}"><c15:showDataLabelsRange val="1"/></c:ext></c:extLst>`;
const NO_FRAME = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';

function showFlags(value: boolean): string {
  return `<c:showLegendKey val="0"/><c:showVal val="${value ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;
}

/** A stable GUID for a text field (the schema requires one); the same chart gives the same file. */
function fieldId(series: number, point: number): string {
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
  return `{${hex(0x5045_4a4c, 8)}-${hex(series, 4)}-4000-8000-${hex(point, 12)}}`;
}

/**
 * One label per point whose text is a CELLRANGE field: Excel 2013 and later fill it from the
 * series' label cells (c15:datalabelsRange), so the label follows the cell; older readers and
 * LibreOffice show the field's own text, which is the cell's text cached here (never Excel's
 * "[CELLRANGE]" placeholder, which they would print literally).
 */
function labelFromCell(text: string, seriesIndex: number, point: number, kind: SeriesKind): string {
  return (
    `<c:dLbl><c:idx val="${point}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>` +
    `<a:fld id="${fieldId(seriesIndex, point)}" type="CELLRANGE"><a:rPr lang="da-DK" sz="1100"/><a:pPr/><a:t>${escapeXml(text)}</a:t></a:fld>` +
    `<a:endParaRPr lang="da-DK"/></a:p></c:rich></c:tx>${NO_FRAME}<c:dLblPos val="${LABEL_POSITION[kind]}"/>${showFlags(false)}` +
    `${FROM_CELLS_EXT_LIST}</c:dLbl>`
  );
}

/**
 * Labels with each point's value (in the value axis' number format), or with the text of the
 * label cells ("value from cells", the Office 2013 extension, with a fallback text per point).
 */
function dataLabelsXml(series: ResolvedSeries, seriesIndex: number, kind: SeriesKind, valueFormat: string): string {
  if (!series.valueLabels && !series.pointLabels) return '';
  const perPoint = series.pointLabels?.points.map((text, i) => labelFromCell(text, seriesIndex, i, kind)).join('') ?? '';
  const fromCells = series.pointLabels ? FROM_CELLS_EXT_LIST : '';
  return (
    `<c:dLbls>${perPoint}<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/>${NO_FRAME}${LABEL_TEXT}` +
    `<c:dLblPos val="${LABEL_POSITION[kind]}"/>${showFlags(series.valueLabels)}${fromCells}</c:dLbls>`
  );
}

/** Custom error amounts on the value axis, both directions, from cells. */
function errorBarsXml(series: ResolvedSeries, kind: SeriesKind, valueFormat: string): string {
  if (!series.errorBars) return '';
  // Only x/y charts have two directions to choose from; bar and line charts take no errDir.
  const direction = kind === 'scatter' ? '<c:errDir val="y"/>' : '';
  return (
    `<c:errBars>${direction}<c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/>` +
    `<c:plus>${numRef(series.errorBars.plus, valueFormat)}</c:plus><c:minus>${numRef(series.errorBars.minus, valueFormat)}</c:minus>` +
    `<c:spPr><a:ln w="12700">${solidFill(ERROR_BAR_COLOUR)}</a:ln></c:spPr></c:errBars>`
  );
}

/** The series extension naming the label cells, with their texts cached. */
function labelRangeExt(series: ResolvedSeries): string {
  if (!series.pointLabels) return '';
  const labels = series.pointLabels;
  return (
    `<c:extLst><c:ext uri="${SERIES_LABEL_RANGE_EXT}" xmlns:c15="${C15_NS}"><c15:datalabelsRange>` +
    `<c15:f>${escapeXml(labels.ref)}</c15:f><c15:dlblRangeCache>${strPoints(labels.points)}</c15:dlblRangeCache>` +
    '</c15:datalabelsRange></c:ext></c:extLst>'
  );
}

function prefix(series: ResolvedSeries, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/>${seriesName(series)}`;
}

export function barSeries(series: ResolvedSeries, index: number, valueFormat: string): string {
  return (
    `<c:ser>${prefix(series, index)}<c:spPr>${solidFill(series.color)}</c:spPr><c:invertIfNegative val="0"/>` +
    `${dataLabelsXml(series, index, 'bar', valueFormat)}${errorBarsXml(series, 'bar', valueFormat)}` +
    `${categoriesXml(series, 'c:cat')}<c:val>${numRef(series.values, valueFormat)}</c:val>${labelRangeExt(series)}</c:ser>`
  );
}

/** A line over text categories; `markers` for a line chart of its own, none for a combo's overlay. */
export function lineSeries(series: ResolvedSeries, index: number, valueFormat: string, markers: boolean): string {
  const line = `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(series.color)}<a:round/></a:ln></c:spPr>`;
  const marker = markers
    ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solidFill(series.color)}<a:ln w="9525">${solidFill(series.color)}</a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    `<c:ser>${prefix(series, index)}${line}${marker}${dataLabelsXml(series, index, 'line', valueFormat)}${errorBarsXml(series, 'line', valueFormat)}` +
    `${categoriesXml(series, 'c:cat')}<c:val>${numRef(series.values, valueFormat)}</c:val><c:smooth val="0"/>${labelRangeExt(series)}</c:ser>`
  );
}

/** Points as markers; a series marked asLine (e.g. a median rule through two points) as a plain line. */
export function scatterSeries(series: ResolvedSeries, index: number, valueFormat: string): string {
  const lineOrNone = series.asLine
    ? `<c:spPr><a:ln w="19050">${solidFill(series.color)}<a:prstDash val="dash"/></a:ln></c:spPr>`
    : '<c:spPr><a:ln w="25400"><a:noFill/></a:ln></c:spPr>';
  const marker = series.asLine
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solidFill(series.color)}<a:ln w="9525">${solidFill(series.color)}</a:ln></c:spPr></c:marker>`;
  return (
    `<c:ser>${prefix(series, index)}${lineOrNone}${marker}${dataLabelsXml(series, index, 'scatter', valueFormat)}${errorBarsXml(series, 'scatter', valueFormat)}` +
    `${categoriesXml(series, 'c:xVal')}<c:yVal>${numRef(series.values, valueFormat)}</c:yVal><c:smooth val="0"/>${labelRangeExt(series)}</c:ser>`
  );
}
