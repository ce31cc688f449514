// The blocks below the DEA tables: learning partners side by side with the unit (and, with a
// bootstrap, whether the gap to the main partner is sure), the data behind the cost-vs-quality
// scatter (with live medians for the quadrant lines) and the scatter below it, and the method.
import type { Lang } from '../core/types';
import { max, min } from '../core/stats';
import { t } from '../i18n';
import { absColumnRange, cell, sheetRef } from './a1';
import { placeBelow } from './deaCommon';
import { scoreInterval, type DeaRunResult, type DeaUnitOutcome } from './deaTypes';
import type { SheetDraft } from './draft';
import { activityFormat, COLOR, FMT, keyFigureFormat, STYLE } from './format';
import { formatNumber } from '../core/parse/numbers';

const QUALITY_FORMAT = '#,##0.00';
/** Units below the frontier shown with their partners; the result table has them all. */
export const MAX_PARTNER_UNITS = 50;
/** Above this many units the scatter is left out: its points would be a blot. */
export const MAX_SCATTER_POINTS = 2000;
const HEADER_STYLE = { bold: true, wrap: true, border: 'bottomThin' } as const;

function keyFigureOf(unit: DeaUnitOutcome): number | null {
  return unit.cost !== null && unit.activity !== null && unit.activity > 0 ? unit.cost / unit.activity : null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Cost, activity and the live cost per activity, side by side from `firstCol`. */
function writeKeyFigures(draft: SheetDraft, unit: DeaUnitOutcome, row: number, firstCol: number, formats: { kf: string; activity: string }): void {
  const [costCol, activityCol, kfCol] = [firstCol, firstCol + 1, firstCol + 2];
  draft.value(costCol, row, unit.cost, { numFmt: FMT.kr });
  draft.value(activityCol, row, unit.activity, { numFmt: formats.activity });
  const kf = keyFigureOf(unit);
  if (kf === null) draft.value(kfCol, row, null, { numFmt: formats.kf });
  else draft.formula(kfCol, row, `${cell(costCol, row)}/${cell(activityCol, row)}`, kf, { numFmt: formats.kf });
}

function formatsFor(dea: DeaRunResult): { kf: string; activity: string } {
  const kfs = dea.units.map(keyFigureOf).filter((v): v is number => v !== null);
  const activities = dea.units.map((u) => u.activity).filter((v): v is number => v !== null);
  return { kf: keyFigureFormat(kfs), activity: activityFormat(activities) };
}

/**
 * For each unit below the frontier: the unit and its learning partners with their share of the
 * benchmark, and the key figures side by side, so a leader sees where the partners differ.
 */
export function writeLearningPartners(draft: SheetDraft, dea: DeaRunResult, startRow: number, lang: Lang): number {
  const below = dea.units.filter((u) => u.status === 'ok' && u.light !== 'green').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  // With many units, the lowest scores (the largest gaps to learn from) are shown.
  const inefficient = below.slice(-MAX_PARTNER_UNITS);
  let row = startRow;
  draft.value(1, row++, t('report.dea.partners.heading', lang), { style: STYLE.heading });
  draft.value(1, row++, t('report.dea.partners.note', lang), { style: STYLE.note });
  if (inefficient.length === 0) {
    draft.value(1, row++, t('report.dea.partners.none', lang), { style: STYLE.note });
    return row;
  }
  if (inefficient.length < below.length) {
    draft.value(1, row++, t('report.dea.partners.capped', lang, { shown: formatNumber(inefficient.length, lang), count: formatNumber(below.length, lang) }), { style: STYLE.note });
  }
  const headers = [
    t('report.dea.col.unit', lang), t('report.dea.partners.role', lang), t('report.dea.partners.share', lang),
    t('report.dea.partners.cost', lang), dea.activityHeader ?? t('report.dea.unitWord', lang),
    t('report.dea.partners.keyFigure', lang, { unit: dea.area.unitLabel }), ...dea.qualityColumns.map((q) => q.header),
  ];
  headers.forEach((h, i) => draft.value(i + 1, row, h, { style: HEADER_STYLE }));
  row++;
  const formats = formatsFor(dea);
  const byId = new Map(dea.units.map((u) => [u.id, u]));
  for (const unit of inefficient) {
    const lines: { unit: DeaUnitOutcome; role: string; share: number | null }[] = [
      { unit, role: t('report.dea.partners.own', lang), share: null },
      ...unit.peers.flatMap((p) => {
        const peer = byId.get(p.id);
        return peer ? [{ unit: peer, role: t('report.dea.partners.peer', lang), share: p.share }] : [];
      }),
    ];
    for (const line of lines) {
      const own = line.unit === unit;
      draft.value(1, row, line.unit.name, own ? { style: { bold: true } } : {});
      draft.value(2, row, line.role);
      draft.value(3, row, line.share, { numFmt: FMT.percentRank });
      writeKeyFigures(draft, line.unit, row, 4, formats);
      dea.qualityColumns.forEach((q, i) => draft.value(7 + i, row, line.unit.quality[q.key] ?? null, { numFmt: QUALITY_FORMAT }));
      row++;
    }
    const sure = sureText(dea, unit, byId, lang);
    if (sure) draft.value(1, row++, sure, { style: STYLE.note });
    row++;
  }
  return row;
}

/** "Forskellen til X er (ikke) sikker: …" with both intervals, or nothing without a bootstrap. */
function sureText(dea: DeaRunResult, unit: DeaUnitOutcome, byId: Map<string, DeaUnitOutcome>, lang: Lang): string | undefined {
  const partner = unit.peers[0] ? byId.get(unit.peers[0].id) : undefined;
  if (unit.surePartner === null || !unit.interval || !partner?.interval) return undefined;
  const own = scoreInterval(unit.interval, dea.settings.orientation);
  const theirs = scoreInterval(partner.interval, dea.settings.orientation);
  const percent = (v: number) => `${(100 * v).toFixed(1).replace('.', lang === 'da' ? ',' : '.')} %`;
  return t(`report.dea.partners.${unit.surePartner ? 'sure' : 'notSure'}`, lang, {
    partner: partner.name, unit: unit.name, unitLow: percent(own.low), unitHigh: percent(own.high),
    partnerLow: percent(theirs.low), partnerHigh: percent(theirs.high),
  });
}

/**
 * Cost per activity (y, from 0) against the first quality measure (x), one labelled point per
 * measured unit, and the median lines as two 2-point series whose ends are live MEDIAN/MIN/MAX
 * formulas. The chart goes below its data; returns the first free row under the chart.
 */
export function writeChartBlock(draft: SheetDraft, dea: DeaRunResult, sheetName: string, startRow: number, lang: Lang): number {
  const quality = dea.qualityColumns[0];
  const points = dea.units.filter((u) => u.status === 'ok' && keyFigureOf(u) !== null);
  if (!quality || points.length < 2) return startRow;
  let row = startRow;
  if (points.length > MAX_SCATTER_POINTS) {
    draft.value(1, row++, t('report.dea.chart.scatterCapped', lang, { count: formatNumber(points.length, lang) }), { style: STYLE.note });
    return row + 1;
  }
  draft.value(1, row++, t('report.dea.chartData.heading', lang), { style: STYLE.heading });
  const kfLabel = t('report.dea.partners.keyFigure', lang, { unit: dea.area.unitLabel });
  const headers = [t('report.dea.col.unit', lang), t('report.dea.partners.cost', lang), dea.activityHeader ?? t('report.dea.unitWord', lang), kfLabel, quality.header];
  headers.forEach((h, i) => draft.value(i + 1, row, h, { style: HEADER_STYLE }));
  row++;
  const formats = formatsFor(dea);
  const first = row;
  for (const unit of points) {
    draft.value(1, row, unit.name);
    writeKeyFigures(draft, unit, row, 2, formats);
    draft.value(5, row, unit.quality[quality.key] ?? null, { numFmt: QUALITY_FORMAT });
    row++;
  }
  const last = row - 1;
  const kfs = absColumnRange(4, first, last);
  const qs = absColumnRange(5, first, last);
  const kfValues = points.map((u) => keyFigureOf(u) as number);
  const qValues = points.map((u) => u.quality[quality.key]).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (qValues.length === 0) return row + 1;

  row++;
  draft.value(1, row, t('report.dea.chartData.lines', lang), { style: STYLE.label });
  draft.value(4, row, t('report.dea.chartData.x', lang), { style: HEADER_STYLE });
  draft.value(5, row, t('report.dea.chartData.y', lang), { style: HEADER_STYLE });
  row++;
  const lineRows = row;
  // x is the quality, y the cost per unit (a cost axis starts at 0).
  const put = (label: string, x: [string, number], y: [string, number]): void => {
    draft.value(1, row, label);
    draft.formula(4, row, x[0], x[1], { numFmt: QUALITY_FORMAT });
    draft.formula(5, row, y[0], y[1], { numFmt: formats.kf });
    row++;
  };
  const medianCost = median(kfValues);
  const medianQuality = median(qValues);
  const horizontalName = t('report.dea.chart.medianCost', lang, { unit: dea.area.unitLabel });
  const verticalName = t('report.dea.chart.medianQuality', lang, { quality: quality.header });
  put(horizontalName, [`MIN(${qs})`, min(qValues)], [`MEDIAN(${kfs})`, medianCost]);
  put(horizontalName, [`MAX(${qs})`, max(qValues)], [`MEDIAN(${kfs})`, medianCost]);
  put(verticalName, [`MEDIAN(${qs})`, medianQuality], [`MIN(${kfs})`, min(kfValues)]);
  put(verticalName, [`MEDIAN(${qs})`, medianQuality], [`MAX(${kfs})`, max(kfValues)]);
  draft.value(1, row++, t('report.dea.chart.quadrants', lang), { style: STYLE.note });
  const ref = (col: number, from: number, to: number): string => sheetRef(sheetName, absColumnRange(col, from, to));
  const place = placeBelow(row + 1);
  draft.charts.push({
    kind: 'scatter',
    // The cost's unit goes in the title: a rotated axis title is hard to read and prints small.
    title: t('report.dea.chart.title', lang, { quality: quality.header, unit: kfLabel }),
    series: [
      { name: t('report.dea.chart.units', lang), values: ref(4, first, last), categories: ref(5, first, last), color: COLOR.own, pointLabels: ref(1, first, last) },
      { name: horizontalName, values: ref(5, lineRows, lineRows + 1), categories: ref(4, lineRows, lineRows + 1), color: COLOR.median, asLine: true },
      { name: verticalName, values: ref(5, lineRows + 2, lineRows + 3), categories: ref(4, lineRows + 2, lineRows + 3), color: COLOR.q3, asLine: true },
    ],
    anchor: { from: place.from, widthCols: 9, heightRows: 20 },
    xAxisTitle: quality.header,
    valueFormat: formats.kf,
    valueAxisMin: 0,
  });
  return place.next;
}

/** The method in a few sentences; one line per point so each can be read (and printed) alone. */
export function writeMethodText(draft: SheetDraft, dea: DeaRunResult, startRow: number, methodSheet: string, lang: Lang): number {
  let row = startRow;
  draft.value(1, row++, t('report.dea.method.heading', lang), { style: STYLE.heading });
  const fixed = [...dea.inputs, ...dea.outputs].filter((v) => v.fixed).map((v) => v.header);
  const { settings } = dea;
  const keys = [
    'report.dea.method.frontier', 'report.dea.method.score', 'report.dea.method.partners',
    `report.dea.method.rts.${settings.rts}`, `report.dea.method.orientation.${settings.orientation}`,
    ...(settings.rts === 'fdh' ? ['report.dea.method.fdh'] : []),
    ...(dea.costInputIndex !== null && settings.orientation === 'in' ? ['report.dea.method.slack'] : []),
    ...(settings.slack ? [] : ['report.dea.method.noSlack']),
    'report.dea.method.weak',
    settings.superEfficiency === 'model' ? 'report.dea.method.super' : 'report.dea.method.rank',
    'report.dea.method.light',
    'report.dea.method.caveat.fewUnits', 'report.dea.method.caveat.outliers', 'report.dea.method.caveat.quality',
  ];
  for (const key of keys) draft.value(1, row++, t(key, lang));
  if (settings.bootstrap && settings.bootstrap.bandwidth !== null) {
    draft.value(1, row++, t('report.dea.method.bootstrap', lang, { replicates: formatNumber(settings.bootstrap.replicates, lang) }));
  }
  if (fixed.length > 0) draft.value(1, row++, t('report.dea.method.fixed', lang, { headers: fixed.join(', ') }));
  draft.value(1, row++, t('report.dea.method.more', lang, { sheet: methodSheet }), { style: STYLE.note });
  return row;
}
