// "Overblik": the page a leader reads. Headline potential, the largest potentials, one line per
// unit and area, and where to read more. Potentials are live links to the Potentialer sheet.
import type { BenchmarkResult } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, absColumnRange, cell, range, sheetRef } from './a1';
import { areaName, headlineStandard, sourceLine } from './describe';
import { SheetDraft } from './draft';
import { COLOR, FMT, keyFigureFormat, LIGHT_STYLE, lightText, STYLE, TRAFFIC_LIGHTS } from './format';
import type { SheetModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';
import { HEADLINE_COL, RANGE_MAX_COL, RANGE_MIN_COL, type PotentialsLayout } from './potentialsSheet';
import type { SourceNote } from './types';

const TOP_COUNT = 3;
const SUMMARY = { area: 1, unit: 2, keyFigure: 3, median: 4, rank: 5, n: 6, light: 7, potential: 8 } as const;

export interface OverviewContext {
  lang: Lang;
  sources: SourceNote[];
  tables: TableNamer;
  methodSheet: string;
  potentialsSheet: string;
  /** Why some reference figures are not live (and any change of measure), said where a leader looks first. */
  referenceNote?: string;
}

function lightFormats(draft: SheetDraft, col: number, firstRow: number, lastRow: number, lang: Lang): void {
  for (const light of TRAFFIC_LIGHTS) {
    draft.conditionalFormats.push({
      kind: 'expression', range: range(col, firstRow, col, lastRow),
      formula: `${cell(col, firstRow)}="${lightText(light, lang)}"`, style: LIGHT_STYLE[light],
    });
  }
}

export function buildOverviewSheet(results: BenchmarkResult[], potentials: PotentialsLayout, sheetName: string, ctx: OverviewContext): SheetModel {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'overview');
  const potRef = (col: number, row: number): string => sheetRef(ctx.potentialsSheet, absCell(col, row));
  const totalOf = (col: number): number =>
    Number(potentials.sheet.cells.find((c) => c.address === cell(col, potentials.totalRow))?.value ?? 0);

  draft.value(1, 1, t('report.overview.title', lang), { style: STYLE.title });
  draft.value(1, 2, sourceLine(ctx.sources, lang), { style: STYLE.note });
  draft.value(1, 3, t('report.overview.methodLine', lang, { sheet: ctx.methodSheet }), { style: STYLE.note });
  draft.value(1, 4, t('report.caveat.relative', lang), { style: STYLE.caveat });
  if (ctx.referenceNote) draft.value(1, 5, ctx.referenceNote, { style: STYLE.caveat });

  draft.value(1, 6, t('report.overview.headline', lang, { standard: headlineStandard(results, lang) }), { style: STYLE.headline });
  draft.formula(2, 6, potRef(HEADLINE_COL, potentials.totalRow), totalOf(HEADLINE_COL), { numFmt: FMT.kr, style: STYLE.headline });
  draft.value(1, 7, t('report.overview.range', lang));
  draft.formula(2, 7, potRef(RANGE_MIN_COL, potentials.totalRow), totalOf(RANGE_MIN_COL), { numFmt: FMT.kr });
  draft.formula(3, 7, potRef(RANGE_MAX_COL, potentials.totalRow), totalOf(RANGE_MAX_COL), { numFmt: FMT.kr });

  // The largest potentials, as the engine ranked them; the amounts stay live links.
  const top = [...potentials.rows].filter((r) => r.unit.potential > 0).sort((a, b) => b.unit.potential - a.unit.potential).slice(0, TOP_COUNT);
  draft.value(1, 9, t('report.overview.topHeading', lang, { count: top.length }), { style: STYLE.heading });
  let row = 10;
  if (top.length === 0) {
    draft.value(1, row, t('report.overview.noPotential', lang), { style: STYLE.note });
  } else {
    const topHeaders = [t('report.own.col.name', lang), t('report.potentials.col.area', lang), t('report.own.col.light', lang), t('report.potentials.col.headline', lang)];
    topHeaders.forEach((h, i) => draft.value(i + 1, row, h, { style: { bold: true, border: 'bottomThin' } }));
    for (const entry of top) {
      row++;
      draft.value(1, row, entry.unit.name);
      draft.value(2, row, areaName(entry.result, lang));
      draft.value(3, row, lightText(entry.unit.position.light, lang));
      draft.formula(4, row, potRef(HEADLINE_COL, entry.row), entry.unit.potential, { numFmt: FMT.kr });
    }
    lightFormats(draft, 3, 11, row, lang);
  }

  const summaryHeading = row + 2;
  const headerRow = summaryHeading + 1;
  draft.value(1, summaryHeading, t('report.overview.summaryHeading', lang), { style: STYLE.heading });
  const headers = uniqueHeaders([
    t('report.potentials.col.area', lang), t('report.own.col.name', lang), t('report.potentials.col.keyFigure', lang),
    t('report.own.col.median', lang), t('report.own.col.rank', lang), t('report.own.col.n', lang),
    t('report.own.col.light', lang), t('report.potentials.col.headline', lang),
  ]);
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true } }));
  potentials.rows.forEach((entry, i) => {
    const r = headerRow + 1 + i;
    const { unit } = entry;
    const kfFormat = keyFigureFormat([unit.keyFigure, unit.distribution.median]);
    draft.value(SUMMARY.area, r, areaName(entry.result, lang));
    draft.value(SUMMARY.unit, r, unit.name);
    draft.value(SUMMARY.keyFigure, r, unit.keyFigure, { numFmt: kfFormat });
    draft.value(SUMMARY.median, r, unit.distribution.median, { numFmt: kfFormat });
    draft.value(SUMMARY.rank, r, unit.position.rank, { numFmt: FMT.count });
    draft.value(SUMMARY.n, r, unit.position.n, { numFmt: FMT.count });
    draft.value(SUMMARY.light, r, lightText(unit.position.light, lang));
    draft.formula(SUMMARY.potential, r, potRef(HEADLINE_COL, entry.row), unit.potential, { numFmt: FMT.kr });
  });
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(potentials.rows.length, 1);
  if (potentials.rows.length > 0) {
    draft.tables.push({ name: ctx.tables.take('Overblik'), range: range(1, headerRow, headers.length, lastRow), columns: headers, style: 'TableStyleMedium2', showRowStripes: true });
    lightFormats(draft, SUMMARY.light, firstRow, lastRow, lang);
    draft.conditionalFormats.push({ kind: 'dataBar', range: range(SUMMARY.potential, firstRow, SUMMARY.potential, lastRow), color: COLOR.dataBar });
    // Label the bars by whichever column tells the rows apart.
    const distinct = (values: string[]): boolean => new Set(values).size === values.length;
    const labelCol = distinct(potentials.rows.map((r) => r.unit.name)) || !distinct(potentials.rows.map((r) => r.result.area.id))
      ? SUMMARY.unit
      : SUMMARY.area;
    draft.charts.push({
      kind: 'bar',
      title: t('report.chart.potentials', lang),
      series: [{
        name: t('report.potentials.col.headline', lang),
        values: sheetRef(sheetName, absColumnRange(SUMMARY.potential, firstRow, lastRow)),
        categories: sheetRef(sheetName, absColumnRange(labelCol, firstRow, lastRow)),
        color: COLOR.dataBar,
      }],
      anchor: { from: cell(SUMMARY.potential + 2, 6), widthCols: 8, heightRows: 16 },
      valueFormat: FMT.kr,
    });
  }
  draft.value(1, lastRow + 2, t('report.overview.methodPointer', lang, { sheet: ctx.methodSheet }), { style: STYLE.note });

  draft.columnWidths = [40, 22, 16, 16, 8, 8, 10, 18];
  draft.tabColor = '1F4E79';
  return draft.finish('landscape');
}
