// Queues one ChartModel as an Office.js chart. What the host's API version cannot do is left out
// and reported (never a failure): custom error bars have no Office.js API at all (ChartErrorBars
// of ExcelApi 1.9 has no way to give the amounts), labels from cells need ExcelApi 1.8
// (ChartDataLabel.formula), and so do the label number format and blanks-as-gaps.
import { offsetA1 } from '../../core/parse/address';
import type { ChartModel } from '../../report/model';
import type { OmittedObject } from '../types';
import { cellRef, ModelError, rectAddress } from './cellBlocks';

export type { OmittedObject };

export interface ChartContext {
  /** A range proxy for a sheet-qualified reference (report sheets resolve to the new worksheets). */
  rangeFor: (ref: string) => Excel.Range;
  /** Model formula (no '=') → formula text as written now (temporary sheet names). */
  rewrite: (formula: string) => string;
  supports: (version: string) => boolean;
}

const CHART_TYPES: Record<ChartModel['kind'], Excel.ChartType> = {
  column: 'ColumnClustered' as Excel.ChartType,
  bar: 'BarClustered' as Excel.ChartType,
  scatter: 'XYScatter' as Excel.ChartType,
  line: 'LineMarkers' as Excel.ChartType,
};

export function colour(hex: string): string {
  const clean = hex.replace(/^#/, '');
  if (!/^[0-9A-Fa-f]{6}$/.test(clean)) throw new ModelError(`"${hex}" is not an RRGGBB colour`);
  return `#${clean.toUpperCase()}`;
}

/** "'Udvikling'!$E$2:$E$6" → one sheet-qualified absolute reference per cell, row by row. */
export function cellReferences(ref: string): string[] {
  const match = /^((?:'(?:[^']|'')+'|[^'!]+)!)(.+)$/.exec(ref.trim());
  if (!match) throw new ModelError(`"${ref}" is not a sheet-qualified range`);
  const [first, last = first] = match[2].replace(/\$/g, '').split(':');
  const a = cellRef(first);
  const b = cellRef(last);
  const refs: string[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) {
      refs.push(`${match[1]}${rectAddress({ top: row, left: col, bottom: row, right: col }).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`);
    }
  }
  return refs;
}

/** Operations a chart costs in the request, for the step's size estimate. */
export function chartOperations(chart: ChartModel): number {
  return 10 + chart.series.reduce((sum, s) => sum + 6 + (s.pointLabels ? 2 * cellReferences(s.pointLabels).length : 0), 0);
}

export function checkChart(chart: ChartModel): void {
  if (chart.series.length === 0) throw new ModelError(`chart "${chart.title}" has no series`);
  const { valueAxisMin: min, valueAxisMax: max } = chart;
  if (min !== undefined && max !== undefined && min >= max) throw new ModelError(`the value axis of "${chart.title}" runs from ${min} to ${max}`);
  for (const series of chart.series) {
    if (series.color) colour(series.color);
    const points = cellReferences(series.values).length;
    for (const ref of [series.pointLabels, series.errorBars?.plus, series.errorBars?.minus]) {
      if (ref !== undefined && cellReferences(ref).length !== points) {
        throw new ModelError(`"${ref}" in "${chart.title}" does not have one cell per point of "${series.name}"`);
      }
    }
  }
}

/** What of the chart this API version cannot write (and queueChart therefore leaves out). */
export function chartOmissions(chart: ChartModel, supports: (version: string) => boolean): OmittedObject[] {
  const omitted: OmittedObject[] = [];
  if (chart.series.some((s) => s.errorBars)) omitted.push('errorBars');
  if (!supports('1.8') && chart.series.some((s) => s.pointLabels)) omitted.push('pointLabels');
  return omitted;
}

export function queueChart(ws: Excel.Worksheet, chart: ChartModel, c: ChartContext): void {
  const added = ws.charts.add(CHART_TYPES[chart.kind], c.rangeFor(chart.series[0].values), 'Columns');
  chart.series.forEach((model, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(model.name);
    series.name = model.name;
    series.setValues(c.rangeFor(model.values));
    if (model.categories) series.setXAxisValues(c.rangeFor(model.categories));
    // A line series in a scatter stays a scatter (x/y), drawn as a line through its points.
    if (model.asLine) series.chartType = chart.kind === 'scatter' ? 'XYScatterLinesNoMarkers' : 'Line';
    if (model.color && (model.asLine || chart.kind === 'line')) series.format.line.color = colour(model.color);
    else if (model.color) series.format.fill.setSolidColor(colour(model.color));
    if (model.valueLabels) {
      series.hasDataLabels = true;
      if (c.supports('1.8')) {
        series.dataLabels.showValue = true;
        if (chart.valueFormat) series.dataLabels.numberFormat = chart.valueFormat;
      }
    }
    if (model.pointLabels && c.supports('1.8')) {
      // One label per point whose text is a formula pointing at its cell, so it follows the cell.
      cellReferences(model.pointLabels).forEach((ref, p) => {
        const point = series.points.getItemAt(p);
        point.hasDataLabel = true;
        point.dataLabel.formula = `=${c.rewrite(ref)}`;
      });
    }
  });
  added.title.text = chart.title;
  added.legend.visible = chart.series.length > 1 && chart.hideLegend !== true;
  if (chart.xAxisTitle) added.axes.categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle) added.axes.valueAxis.title.text = chart.yAxisTitle;
  if (chart.valueFormat) added.axes.valueAxis.numberFormat = chart.valueFormat;
  if (chart.kind === 'bar' && chart.categoriesTopDown && c.supports('1.8')) {
    // First category at the top, and the value axis still at the bottom (it crosses at the last category).
    added.axes.categoryAxis.reversePlotOrder = true;
    added.axes.categoryAxis.position = 'Maximum';
  }
  if (chart.valueAxisMin !== undefined) added.axes.valueAxis.minimum = chart.valueAxisMin;
  if (chart.valueAxisMax !== undefined) added.axes.valueAxis.maximum = chart.valueAxisMax;
  // Empty cells are gaps, never 0 (Excel's default for new charts, set so a changed default cannot bite).
  if (c.supports('1.8')) added.displayBlanksAs = 'NotPlotted';
  const from = chart.anchor.from.replace(/\$/g, '');
  added.setPosition(from, offsetA1(from, Math.max(0, chart.anchor.heightRows - 1), Math.max(0, chart.anchor.widthCols - 1)));
}
