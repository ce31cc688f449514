// The blocks below the DEA table: learning partners side by side with the unit, the data behind the
// cost-vs-quality scatter (with live medians for the quadrant lines), and the method in words.
import type { Lang } from '../core/types';
import { max, min } from '../core/stats';
import { t } from '../i18n';
import { absColumnRange, cell, sheetRef } from './a1';
import type { DeaRunResult, DeaUnitOutcome } from './deaTypes';
import type { SheetDraft } from './draft';
import { activityFormat, COLOR, FMT, keyFigureFormat, STYLE } from './format';
import type { ChartModel } from './model';

const QUALITY_FORMAT = '#,##0.00';
const HEADER_STYLE = { bold: true, wrap: true, border: 'bottomThin' } as const;

function keyFigureOf(unit: DeaUnitOutcome): number | null {
  return unit.activity !== null && unit.activity > 0 ? unit.cost / unit.activity : null;
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
  const inefficient = dea.units.filter((u) => u.status === 'ok' && u.light !== 'green').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  let row = startRow;
  draft.value(1, row++, t('report.dea.partners.heading', lang), { style: STYLE.heading });
  draft.value(1, row++, t('report.dea.partners.note', lang), { style: STYLE.note });
  if (inefficient.length === 0) {
    draft.value(1, row++, t('report.dea.partners.none', lang), { style: STYLE.note });
    return row;
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
    row++;
  }
  return row;
}

export interface ChartBlock {
  chart?: ChartModel;
  nextRow: number;
}

/**
 * Cost per activity (x) against the first quality measure (y), one point per measured unit, and the
 * median lines as two 2-point series whose ends are live MEDIAN/MIN/MAX formulas.
 */
export function writeChartBlock(draft: SheetDraft, dea: DeaRunResult, sheetName: string, startRow: number, lang: Lang): ChartBlock {
  const quality = dea.qualityColumns[0];
  const points = dea.units.filter((u) => u.status === 'ok' && keyFigureOf(u) !== null);
  if (!quality || points.length < 2) return { nextRow: startRow };
  let row = startRow;
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
  const xs = absColumnRange(4, first, last);
  const ys = absColumnRange(5, first, last);
  const kfValues = points.map((u) => keyFigureOf(u) as number);
  const qValues = points.map((u) => u.quality[quality.key]).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (qValues.length === 0) return { nextRow: row + 1 };

  row++;
  draft.value(1, row, t('report.dea.chartData.lines', lang), { style: STYLE.label });
  draft.value(4, row, t('report.dea.chartData.x', lang), { style: HEADER_STYLE });
  draft.value(5, row, t('report.dea.chartData.y', lang), { style: HEADER_STYLE });
  row++;
  const lineRows = row;
  const put = (label: string, x: [string, number], y: [string, number]): void => {
    draft.value(1, row, label);
    draft.formula(4, row, x[0], x[1], { numFmt: formats.kf });
    draft.formula(5, row, y[0], y[1], { numFmt: QUALITY_FORMAT });
    row++;
  };
  const medianX = median(kfValues);
  const medianY = median(qValues);
  const verticalName = t('report.dea.chart.medianCost', lang, { unit: dea.area.unitLabel });
  const horizontalName = t('report.dea.chart.medianQuality', lang, { quality: quality.header });
  put(verticalName, [`MEDIAN(${xs})`, medianX], [`MIN(${ys})`, min(qValues)]);
  put(verticalName, [`MEDIAN(${xs})`, medianX], [`MAX(${ys})`, max(qValues)]);
  put(horizontalName, [`MIN(${xs})`, min(kfValues)], [`MEDIAN(${ys})`, medianY]);
  put(horizontalName, [`MAX(${xs})`, max(kfValues)], [`MEDIAN(${ys})`, medianY]);
  const ref = (col: number, from: number, to: number): string => sheetRef(sheetName, absColumnRange(col, from, to));
  const chart: ChartModel = {
    kind: 'scatter',
    title: t('report.dea.chart.title', lang, { quality: quality.header }),
    series: [
      { name: t('report.dea.chart.units', lang), values: ref(5, first, last), categories: ref(4, first, last), color: COLOR.own },
      { name: verticalName, values: ref(5, lineRows, lineRows + 1), categories: ref(4, lineRows, lineRows + 1), color: COLOR.median, asLine: true },
      { name: horizontalName, values: ref(5, lineRows + 2, lineRows + 3), categories: ref(4, lineRows + 2, lineRows + 3), color: COLOR.q3, asLine: true },
    ],
    anchor: { from: 'A1', widthCols: 9, heightRows: 20 },
    xAxisTitle: kfLabel,
    yAxisTitle: quality.header,
    valueFormat: QUALITY_FORMAT,
  };
  draft.value(1, row, t('report.dea.chart.quadrants', lang), { style: STYLE.note });
  return { chart, nextRow: row + 2 };
}

/** The method in a few sentences; one line per point so each can be read (and printed) alone. */
export function writeMethodText(draft: SheetDraft, dea: DeaRunResult, startRow: number, methodSheet: string, lang: Lang): number {
  let row = startRow;
  draft.value(1, row++, t('report.dea.method.heading', lang), { style: STYLE.heading });
  const fixed = [...dea.inputs, ...dea.outputs].filter((v) => v.fixed).map((v) => v.header);
  const keys = [
    'report.dea.method.frontier', 'report.dea.method.score', 'report.dea.method.partners',
    `report.dea.method.rts.${dea.settings.rts}`, `report.dea.method.orientation.${dea.settings.orientation}`,
    'report.dea.method.slack', 'report.dea.method.rank', 'report.dea.method.light',
    'report.dea.method.caveat.fewUnits', 'report.dea.method.caveat.outliers', 'report.dea.method.caveat.quality',
  ];
  for (const key of keys) draft.value(1, row++, t(key, lang));
  if (fixed.length > 0) draft.value(1, row++, t('report.dea.method.fixed', lang, { headers: fixed.join(', ') }));
  draft.value(1, row++, t('report.dea.method.more', lang, { sheet: methodSheet }), { style: STYLE.note });
  return row;
}
