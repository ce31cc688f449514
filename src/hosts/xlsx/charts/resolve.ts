// Turns a ChartModel into a ResolvedChart: references follow any sheet renames, and the values
// they point at are read from the workbook being written, for the cached points.
import type ExcelJS from 'exceljs';
import type { ChartModel, ChartSeriesModel } from '../../../report/model';
import { parseCell, parseRange, splitSheetRef } from '../address';
import { cellValueOf, normaliseCellValue } from '../cellValues';
import { rewriteFormula } from '../formulas';
import { ModelError } from '../modelError';
import type { CachedRef, ResolvedChart, ResolvedSeries } from './types';

/** Office's default series colours, used when the model leaves a series uncoloured. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

export type SheetLookup = (name: string) => ExcelJS.Worksheet | undefined;

interface ResolveContext {
  lookup: SheetLookup;
  sheetRenames: Map<string, string>;
  date1904: boolean;
  chartTitle: string;
}

function readRef(ref: string, ctx: ResolveContext): { ref: string; values: ReturnType<typeof normaliseCellValue>['value'][] } {
  const fail = (): never => {
    throw new ModelError(`the chart "${ctx.chartTitle}" refers to "${ref}", which does not exist`);
  };
  const rewritten = rewriteFormula(ref, { sheetRenames: ctx.sheetRenames });
  const split = splitSheetRef(rewritten) ?? fail();
  const sheet = ctx.lookup(split.sheet) ?? fail();
  const range = parseRange(split.range) ?? fail();
  const values = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      values.push(normaliseCellValue(cellValueOf(sheet.getCell(row, col)), ctx.date1904).value);
    }
  }
  return { ref: rewritten, values };
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return (value as { error?: string }).error ?? '';
  return String(value);
}

function textRef(ref: string, ctx: ResolveContext): CachedRef<string> {
  const read = readRef(ref, ctx);
  return { ref: read.ref, points: read.values.map(asText) };
}

function numberRef(ref: string, ctx: ResolveContext): CachedRef<number | null> {
  const read = readRef(ref, ctx);
  return { ref: read.ref, points: read.values.map((v) => (typeof v === 'number' ? v : null)) };
}

/** A series name that is exactly one sheet-qualified cell is a reference; anything else is text. */
function isCellRef(name: string): boolean {
  const split = splitSheetRef(name);
  return split !== undefined && parseCell(split.range) !== undefined;
}

function resolveSeries(series: ChartSeriesModel, index: number, kind: ChartModel['kind'], ctx: ResolveContext): ResolvedSeries {
  const name = isCellRef(series.name) ? textRef(series.name, ctx) : { literal: series.name };
  let categories: ResolvedSeries['categories'];
  if (series.categories) {
    categories = kind === 'scatter' ? { numbers: numberRef(series.categories, ctx) } : { text: textRef(series.categories, ctx) };
  }
  const color = (series.color ?? PALETTE[index % PALETTE.length]).replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(color)) throw new ModelError(`"${series.color}" is not an RRGGBB colour`);
  const values = numberRef(series.values, ctx);
  const sameLength = <T>(ref: CachedRef<T>, what: string): CachedRef<T> => {
    if (ref.points.length !== values.points.length) {
      throw new ModelError(`the ${what} of "${series.name}" in "${ctx.chartTitle}" has ${ref.points.length} cells for ${values.points.length} points`);
    }
    return ref;
  };
  return {
    name,
    values,
    categories,
    color,
    asLine: series.asLine === true,
    valueLabels: series.valueLabels === true,
    ...(series.errorBars
      ? { errorBars: { plus: sameLength(numberRef(series.errorBars.plus, ctx), 'error bars'), minus: sameLength(numberRef(series.errorBars.minus, ctx), 'error bars') } }
      : {}),
    ...(series.pointLabels ? { pointLabels: sameLength(textRef(series.pointLabels, ctx), 'point labels') } : {}),
  };
}

export function resolveChart(
  chart: ChartModel,
  lookup: SheetLookup,
  sheetRenames: Map<string, string>,
  date1904 = false,
): ResolvedChart {
  const ctx: ResolveContext = { lookup, sheetRenames, date1904, chartTitle: chart.title };
  const from = parseCell(chart.anchor.from);
  if (!from) throw new ModelError(`the chart "${chart.title}" is anchored at "${chart.anchor.from}", not a cell`);
  if (chart.series.length === 0) throw new ModelError(`the chart "${chart.title}" has no series`);
  const { valueAxisMin: min, valueAxisMax: max } = chart;
  if ((min !== undefined && !Number.isFinite(min)) || (max !== undefined && !Number.isFinite(max)) || (min !== undefined && max !== undefined && min >= max)) {
    throw new ModelError(`the value axis of "${chart.title}" runs from ${min} to ${max}`);
  }
  const width = Math.max(1, Math.round(chart.anchor.widthCols));
  const height = Math.max(1, Math.round(chart.anchor.heightRows));
  return {
    model: chart,
    series: chart.series.map((s, i) => resolveSeries(s, i, chart.kind, ctx)),
    from: { row: from.row - 1, col: from.col - 1 },
    to: { row: from.row - 1 + height, col: from.col - 1 + width },
  };
}
