// "Udvikling": per own municipality, its key figure, the group median and the national figure for
// every year the reference has, as a native table and a native line chart, with the rank, the
// change in kr. and in %, and the trend arrow. Current prices throughout, said beside every figure.
// Gaps (not reported, missing, zero and below) are empty cells, which a line chart leaves out.
import type { TrendPoint, UnitTrend } from '../core/benchmark/trend';
import type { BenchmarkResult, UnitBenchmark } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absColumnRange, cell, range, sheetRef } from './a1';
import { areaName } from './describe';
import type { SheetDraft } from './draft';
import { COLOR, FMT, STYLE } from './format';
import type { ChartModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';

const COL = { year: 1, own: 2, source: 3, median: 4, national: 5, rank: 6, n: 7, note: 8 } as const;
const PERCENT = '0.0%';
const CHART_HEIGHT = 18;

export interface TrendBlockContext {
  lang: Lang;
  sheetName: string;
  tables: TableNamer;
  keyFigureFormat: string;
  /** Width of the chart in columns (charts stand below their table, as the sheet's other charts). */
  chartWidthCols: number;
}

export interface TrendLayout {
  nextRow: number;
  /** Header rows of the trend tables, for the sheet's column fitting. */
  headerRows: number[];
}

/** The arrow and its assessment in words, e.g. '↑ stigende, bedre end gruppens median' (also for Overblik). */
export function trendText(trend: UnitTrend, lang: Lang): string {
  const arrow = t(`report.trend.arrow.${trend.arrow}`, lang);
  return trend.arrow === 'none' ? arrow : `${arrow}, ${t(`report.trend.assessment.${trend.assessment}`, lang)}`;
}

function noteFor(point: TrendPoint, lang: Lang): string | null {
  if (!point.gap) return null;
  if (point.gap === 'nonPositive') return t('report.trend.gap.nonPositive', lang, { value: point.published ?? 0 });
  return t(`report.trend.gap.${point.gap}`, lang);
}

function writeOne(draft: SheetDraft, result: BenchmarkResult, unit: UnitBenchmark, trend: UnitTrend, startRow: number, ctx: TrendBlockContext): number {
  const { lang } = ctx;
  const unitLabel = result.area.unitLabel[lang];
  const points = trend.points;
  const first = points[0]?.period ?? '';
  const last = points[points.length - 1]?.period ?? '';
  draft.value(1, startRow, t('report.trend.heading', lang, { from: first, to: last, name: unit.name }), { style: STYLE.heading });
  const ownPeriod = points.find((p) => p.ownSource === 'own')?.period ?? last;
  draft.value(1, startRow + 1, t('report.trend.note', lang, { own: ownPeriod }), { style: STYLE.note });
  const headerRow = startRow + 2;
  const headers = uniqueHeaders([
    t('report.trend.col.year', lang), t('report.trend.col.own', lang, { unit: unitLabel }), t('report.trend.col.source', lang),
    t('report.trend.col.median', lang), t('report.trend.col.national', lang), t('report.trend.col.rank', lang),
    t('report.trend.col.n', lang), t('report.trend.col.note', lang),
  ]);
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true } }));
  const rowOf = new Map<string, number>();
  points.forEach((point, i) => {
    const row = headerRow + 1 + i;
    rowOf.set(point.period, row);
    // Years as text, so the chart reads them as categories rather than as numbers to plot.
    draft.value(COL.year, row, point.period);
    draft.value(COL.own, row, point.own, { numFmt: ctx.keyFigureFormat, ...(point.ownSource === 'own' && { style: { bold: true } }) });
    draft.value(COL.source, row, t(`report.trend.source.${point.ownSource}`, lang), { style: { wrap: true } });
    draft.value(COL.median, row, point.groupMedian, { numFmt: ctx.keyFigureFormat });
    draft.value(COL.national, row, point.national, { numFmt: ctx.keyFigureFormat });
    draft.value(COL.rank, row, point.rank, { numFmt: FMT.count });
    draft.value(COL.n, row, point.n, { numFmt: FMT.count });
    const note = noteFor(point, lang);
    draft.value(COL.note, row, note, note ? { style: STYLE.caveat } : {});
  });
  const lastRow = headerRow + points.length;
  draft.tables.push({ name: ctx.tables.take('Udvikling'), range: range(1, headerRow, COL.note, lastRow), columns: headers, style: 'TableStyleLight9', showRowStripes: true });

  let row = lastRow + 1;
  const prices = t('measure.prices.current', lang);
  const put = (label: string, formula: string | null, value: number | null, numFmt: string): void => {
    draft.value(1, row, label, { style: STYLE.label });
    if (formula && value !== null) draft.formula(COL.own, row, formula, value, { numFmt });
    else draft.value(COL.own, row, value, { numFmt });
    draft.value(COL.source, row, prices, { style: STYLE.note });
    row++;
  };
  const fromRow = trend.from ? rowOf.get(trend.from) : undefined;
  const toRow = trend.to ? rowOf.get(trend.to) : undefined;
  const span = { from: trend.from ?? first, to: trend.to ?? last };
  const ownOf = (r: number | undefined): string => cell(COL.own, r ?? headerRow);
  const medianOf = (r: number | undefined): string => cell(COL.median, r ?? headerRow);
  const both = fromRow !== undefined && toRow !== undefined && fromRow !== toRow;
  put(t('report.trend.changeKr', lang, span), both ? `${ownOf(toRow)}-${ownOf(fromRow)}` : null, trend.changeKr, ctx.keyFigureFormat);
  put(t('report.trend.changePct', lang, span), both ? `${ownOf(toRow)}/${ownOf(fromRow)}-1` : null, trend.changePct, PERCENT);
  put(t('report.trend.medianChangePct', lang), both ? `${medianOf(toRow)}/${medianOf(fromRow)}-1` : null, trend.medianChangePct, PERCENT);
  draft.value(1, row, t('report.trend.arrow', lang), { style: STYLE.label });
  draft.value(COL.own, row, trendText(trend, lang), { style: { bold: true, wrap: true } });
  row += 2;

  draft.charts.push(trendChart(result, unit, ctx, headerRow + 1, lastRow, row));
  return row + CHART_HEIGHT + 2;
}

function trendChart(result: BenchmarkResult, unit: UnitBenchmark, ctx: TrendBlockContext, firstRow: number, lastRow: number, anchorRow: number): ChartModel {
  const { lang } = ctx;
  const column = (col: number): string => sheetRef(ctx.sheetName, absColumnRange(col, firstRow, lastRow));
  const categories = column(COL.year);
  return {
    kind: 'line',
    title: t('report.trend.chart', lang, { name: `${areaName(result, lang)}, ${unit.name}`, unit: result.area.unitLabel[lang] }),
    series: [
      { name: t('report.trend.chart.own', lang), values: column(COL.own), categories, color: COLOR.own },
      { name: t('report.trend.col.median', lang), values: column(COL.median), categories, color: COLOR.median },
      { name: t('report.trend.col.national', lang), values: column(COL.national), categories, color: COLOR.q3 },
    ],
    anchor: { from: cell(1, anchorRow), widthCols: ctx.chartWidthCols, heightRows: CHART_HEIGHT },
    valueFormat: FMT.count,
  };
}

/** One trend block per own unit that has a trend (table, changes, then its chart below). */
export function writeTrendBlocks(draft: SheetDraft, result: BenchmarkResult, startRow: number, ctx: TrendBlockContext): TrendLayout {
  let row = startRow;
  const headerRows: number[] = [];
  for (const unit of result.units) {
    if (!unit.trend || unit.trend.points.length < 2) continue;
    headerRows.push(row + 2);
    row = writeOne(draft, result, unit, unit.trend, row, ctx);
  }
  return { nextRow: row, headerRows };
}
