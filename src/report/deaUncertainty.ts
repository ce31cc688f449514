// The bootstrap on the DEA sheet: the data of an error-bar chart, sorted by score (live links to
// the result table), and the chart itself below it: a bar per unit at its bias-corrected score, a
// whisker over its 95 % interval, and the plain DEA score as a line for comparison.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absColumnRange, cell, sheetRef } from './a1';
import type { ResultTableLayout } from './deaResultTable';
import { placeBelow } from './deaCommon';
import { scoreInterval, type DeaRunResult, type DeaUnitOutcome } from './deaTypes';
import type { SheetDraft } from './draft';
import { COLOR, FMT, STYLE } from './format';
import type { ChartModel } from './model';
import { formatNumber } from '../core/parse/numbers';

/** More bars than this are unreadable; the chart keeps the lowest scores (where the potentials are). */
export const MAX_ERROR_BARS = 60;

const HEADER_STYLE = { bold: true, wrap: true, border: 'bottomThin' } as const;

interface Options {
  row: number;
  lang: Lang;
  result: ResultTableLayout;
}

export function writeUncertainty(draft: SheetDraft, dea: DeaRunResult, units: DeaUnitOutcome[], sheetName: string, options: Options): { nextRow: number; chart?: ChartModel } {
  const { lang, result } = options;
  const columns = result.intervalColumns;
  const measured = units.filter((u) => u.interval !== null);
  if (!columns || measured.length === 0) return { nextRow: options.row };
  const shown = measured.slice(-MAX_ERROR_BARS);
  let row = options.row;
  draft.value(1, row++, t('report.dea.uncertainty.heading', lang), { style: STYLE.heading });
  draft.value(1, row++, t('report.dea.uncertainty.note', lang), { style: STYLE.note });
  if (shown.length < measured.length) {
    draft.value(1, row++, t('report.dea.uncertainty.capped', lang, { shown: formatNumber(shown.length, lang), count: formatNumber(measured.length, lang) }), { style: STYLE.note });
  }
  const headers = [
    t('report.dea.col.unit', lang), t('report.dea.col.score', lang), t('report.dea.col.biasCorrected', lang),
    t('report.dea.uncertainty.up', lang), t('report.dea.uncertainty.down', lang),
  ];
  headers.forEach((h, i) => draft.value(i + 1, row, h, { style: HEADER_STYLE }));
  row++;
  const first = row;
  for (const unit of shown) {
    const source = result.rows.get(unit.id) as number;
    const interval = scoreInterval(unit.interval as NonNullable<DeaUnitOutcome['interval']>, dea.settings.orientation);
    const link = (col: number) => cell(col, source);
    draft.formula(1, row, link(1), unit.name);
    draft.formula(2, row, link(result.scoreColumn), unit.score, { numFmt: FMT.percentRank });
    draft.formula(3, row, link(columns.biasCorrected), interval.biasCorrected, { numFmt: FMT.percentRank });
    draft.formula(4, row, `MAX(0,${link(columns.high)}-${link(columns.biasCorrected)})`, Math.max(0, interval.high - interval.biasCorrected), { numFmt: FMT.percentRank });
    draft.formula(5, row, `MAX(0,${link(columns.biasCorrected)}-${link(columns.low)})`, Math.max(0, interval.biasCorrected - interval.low), { numFmt: FMT.percentRank });
    row++;
  }
  const last = row - 1;
  const ref = (col: number) => sheetRef(sheetName, absColumnRange(col, first, last));
  const place = placeBelow(row + 1);
  const chart: ChartModel = {
    kind: 'column',
    title: t('report.dea.uncertainty.chart', lang),
    series: [
      {
        name: t('report.dea.col.biasCorrected', lang), values: ref(3), categories: ref(1), color: COLOR.own,
        errorBars: { plus: ref(4), minus: ref(5) },
      },
      { name: t('report.dea.col.score', lang), values: ref(2), categories: ref(1), color: COLOR.median, asLine: true },
    ],
    anchor: { from: place.from, widthCols: 10, heightRows: 20 },
    valueFormat: '0%',
    valueAxisMin: 0,
    valueAxisMax: 1,
  };
  draft.charts.push(chart);
  return { nextRow: place.next, chart };
}
