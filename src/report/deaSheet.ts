// "DEA – <område>": each institution's DEA score, rank and traffic light, its actual and target
// figures, the money potential as live formulas on the same row, its learning partners, a scatter
// of cost against quality with median quadrants, and the method in words a leader can repeat.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell, range } from './a1';
import { writeChartBlock, writeLearningPartners, writeMethodText } from './deaBlocks';
import type { DeaRunResult, DeaUnitOutcome } from './deaTypes';
import { sourceLine } from './describe';
import { SheetDraft } from './draft';
import { activityFormat, FMT, LIGHT_STYLE, lightText, STYLE, TRAFFIC_LIGHTS } from './format';
import type { SheetModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';

export const DEA_HEADER_ROW = 7;
export const DEA_COL = { name: 1, score: 2, rank: 3, light: 4 } as const;

export interface DeaSheetContext {
  lang: Lang;
  tables: TableNamer;
  methodSheet: string;
}

/** Where the sheet's totals stand, for the Overblik links. */
export interface DeaSheetLayout {
  sheet: SheetModel;
  totalRow: number;
  /** Columns of the two potential sums; null when cost is not an input or orientation is output. */
  radialColumn: number | null;
  slackColumn: number | null;
  radialTotal: number;
  slackTotal: number;
  /** Row of each measured unit in the result table, by unit id. */
  unitRows: Map<string, number>;
}

interface Column {
  header: string;
  write: (draft: SheetDraft, col: number, row: number, unit: DeaUnitOutcome) => void;
}

export function deaMethodName(dea: DeaRunResult, lang: Lang): string {
  return t('report.dea.methodName', lang, {
    rts: t(`report.dea.rts.${dea.settings.rts}`, lang),
    orientation: t(`report.dea.orientation.${dea.settings.orientation}`, lang),
  });
}

/** A number format that fits a variable: kr. for cost, whole counts, or two decimals for scales. */
function variableFormat(role: string, values: number[]): string {
  if (role === 'cost') return FMT.kr;
  if (role === 'activity') return activityFormat(values.filter(Number.isFinite));
  return '#,##0.00';
}

/** "Skole A (62 %), Skole B (38 %)"; an efficient unit is its own learning partner, said in words. */
export function peerText(unit: DeaUnitOutcome, lang: Lang): string {
  if (unit.peers.every((p) => p.id === unit.id)) return t('report.dea.ownPeer', lang);
  return unit.peers.map((p) => t('report.dea.peerShare', lang, { name: p.name, share: Math.round(p.share * 100) })).join(', ');
}

function tableColumns(dea: DeaRunResult, lang: Lang, costCol: () => number, targetCostCol: () => number, radialCol: () => number): Column[] {
  const number = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);
  const columns: Column[] = [
    { header: t('report.dea.col.unit', lang), write: (d, c, r, u) => d.value(c, r, u.name) },
    { header: t('report.dea.col.score', lang), write: (d, c, r, u) => d.value(c, r, u.score, { numFmt: FMT.percentRank, style: { bold: true } }) },
    { header: t('report.dea.col.rank', lang), write: (d, c, r, u) => d.value(c, r, u.rank, { numFmt: FMT.count }) },
    { header: t('report.dea.col.light', lang), write: (d, c, r, u) => d.value(c, r, u.light ? lightText(u.light, lang) : null) },
  ];
  const variables = [...dea.inputs.map((v, i) => ({ v, i, side: 'in' as const })), ...dea.outputs.map((v, i) => ({ v, i, side: 'out' as const }))];
  const formats = variables.map(({ v, i, side }) => variableFormat(v.role, dea.units.map((u) => (side === 'in' ? u.inputs[i] : u.outputs[i]))));
  variables.forEach(({ v, i, side }, k) => {
    columns.push({ header: v.header, write: (d, c, r, u) => d.value(c, r, number(side === 'in' ? u.inputs[i] : u.outputs[i]), { numFmt: formats[k] }) });
  });
  variables.forEach(({ v, i, side }, k) => {
    columns.push({
      header: t('report.dea.col.target', lang, { header: v.header }),
      write: (d, c, r, u) => d.value(c, r, number(side === 'in' ? u.targetInputs?.[i] : u.targetOutputs?.[i]), { numFmt: formats[k] }),
    });
  });
  if (dea.costInputIndex !== null && dea.settings.orientation === 'in') {
    const costFixed = dea.inputs[dea.costInputIndex].fixed;
    columns.push({
      header: t('report.dea.col.potential', lang),
      write: (d, c, r, u) => {
        // A non-discretionary cost is never scaled by the score: the engine gives it no radial part.
        if (costFixed) d.value(c, r, 0, { numFmt: FMT.kr });
        else d.formula(c, r, `MAX(0,(1-${cell(DEA_COL.score, r)})*${cell(costCol(), r)})`, u.radialSaving ?? 0, { numFmt: FMT.kr, style: { bold: true } });
      },
    });
    columns.push({
      header: t('report.dea.col.slackPotential', lang),
      write: (d, c, r, u) =>
        d.formula(c, r, `MAX(${cell(radialCol(), r)},${cell(costCol(), r)}-${cell(targetCostCol(), r)})`, u.slackAdjustedSaving ?? 0, { numFmt: FMT.kr }),
    });
  }
  dea.outputs.forEach((v, i) => {
    if (v.fixed || dea.units.every((u) => u.outputGaps === null)) return;
    columns.push({
      header: t('report.dea.col.outputGap', lang, { header: v.header }),
      write: (d, c, r, u) => d.value(c, r, number(u.outputGaps?.[i]), { numFmt: v.role === 'cost' ? FMT.kr : '#,##0.00' }),
    });
  });
  columns.push({ header: t('report.dea.col.peers', lang), write: (d, c, r, u) => d.value(c, r, peerText(u, lang)) });
  return columns;
}

export function buildDeaSheet(dea: DeaRunResult, sheetName: string, ctx: DeaSheetContext): DeaSheetLayout {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'dea');
  const method = deaMethodName(dea, lang);
  draft.value(1, 1, t('report.dea.title', lang, { area: dea.area.name }), { style: STYLE.title });
  draft.value(1, 2, sourceLine([], lang), { style: STYLE.note });
  draft.value(1, 3, t('report.dea.methodLine', lang, {
    method,
    inputs: dea.inputs.map((v) => v.header).join(', '),
    outputs: dea.outputs.map((v) => v.header).join(', '),
  }), { style: STYLE.note });
  draft.value(1, 4, t('report.dea.caveat', lang), { style: STYLE.caveat });
  draft.value(1, 5, t('report.dea.summary', lang, { efficient: dea.efficientCount, measured: dea.measuredCount }), { style: STYLE.label });
  draft.value(1, DEA_HEADER_ROW - 1, t('report.dea.tableHeading', lang), { style: STYLE.heading });

  const firstVariableCol = Object.keys(DEA_COL).length + 1;
  const nVariables = dea.inputs.length + dea.outputs.length;
  const costCol = (): number => firstVariableCol + (dea.costInputIndex ?? 0);
  const targetCostCol = (): number => costCol() + nVariables;
  const radialCol = (): number => firstVariableCol + 2 * nVariables;
  const columns = tableColumns(dea, lang, costCol, targetCostCol, radialCol);
  const headers = uniqueHeaders(columns.map((c) => c.header));
  headers.forEach((h, i) => draft.value(i + 1, DEA_HEADER_ROW, h, { style: { bold: true, wrap: true } }));

  const measured = dea.units.filter((u) => u.status === 'ok').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const firstRow = DEA_HEADER_ROW + 1;
  const rowOf = new Map<string, number>();
  measured.forEach((unit, i) => {
    const row = firstRow + i;
    rowOf.set(unit.id, row);
    columns.forEach((column, c) => column.write(draft, c + 1, row, unit));
  });
  const lastRow = firstRow + Math.max(measured.length, 1) - 1;
  if (measured.length > 0) {
    draft.tables.push({ name: ctx.tables.take('DEA'), range: range(1, DEA_HEADER_ROW, headers.length, lastRow), columns: headers, style: 'TableStyleMedium2', showRowStripes: true });
    const lightRange = range(DEA_COL.light, firstRow, DEA_COL.light, lastRow);
    for (const light of TRAFFIC_LIGHTS) {
      draft.conditionalFormats.push({ kind: 'expression', range: lightRange, formula: `${cell(DEA_COL.light, firstRow)}="${lightText(light, lang)}"`, style: LIGHT_STYLE[light] });
    }
  }

  // The sums, with the method named so nobody adds them to the key-figure potentials.
  const totalRow = lastRow + 1;
  const withPotentials = dea.costInputIndex !== null && dea.settings.orientation === 'in';
  let radialTotal = 0;
  let slackTotal = 0;
  draft.value(1, totalRow, t('report.dea.total', lang, { method }), { style: STYLE.total });
  if (withPotentials) {
    radialTotal = measured.reduce((s, u) => s + (u.radialSaving ?? 0), 0);
    slackTotal = measured.reduce((s, u) => s + (u.slackAdjustedSaving ?? 0), 0);
    const sum = (col: number, value: number): void => {
      draft.formula(col, totalRow, `SUM(${absCell(col, firstRow)}:${absCell(col, lastRow)})`, value, { numFmt: FMT.kr, style: STYLE.total });
    };
    sum(radialCol(), radialTotal);
    sum(radialCol() + 1, slackTotal);
  }
  let row = totalRow + 2;
  const excluded = dea.units.filter((u) => u.status === 'excluded');
  if (excluded.length > 0) {
    draft.value(1, row++, t('report.dea.excludedHeading', lang, { count: excluded.length }), { style: STYLE.label });
    for (const unit of excluded) {
      draft.value(1, row++, t('report.dea.excludedUnit', lang, { name: unit.name, reason: t(`report.dea.reasonShort.${unit.reason ?? 'missing'}`, lang), address: unit.address }), { style: STYLE.note });
    }
    row++;
  }

  row = writeLearningPartners(draft, dea, row, lang);
  const chart = writeChartBlock(draft, dea, sheetName, row + 1, lang);
  row = chart.nextRow;
  if (chart.chart) {
    chart.chart.anchor = { from: cell(headers.length + 2, DEA_HEADER_ROW - 1), widthCols: 9, heightRows: 20 };
    draft.charts.push(chart.chart);
  }
  writeMethodText(draft, dea, row + 1, ctx.methodSheet, lang);

  // Columns B–D also carry kr. amounts in the learning-partner and chart-data blocks below the table.
  draft.columnWidths = [28, 15, 11, 15, ...headers.slice(4, -1).map(() => 15), 44];
  draft.freeze = { rows: DEA_HEADER_ROW, columns: 1 };
  draft.printTitleRows = `${DEA_HEADER_ROW}:${DEA_HEADER_ROW}`;
  draft.tabColor = '7030A0';
  return {
    sheet: draft.finish('landscape'),
    totalRow,
    radialColumn: withPotentials ? radialCol() : null,
    slackColumn: withPotentials ? radialCol() + 1 : null,
    radialTotal,
    slackTotal,
    unitRows: rowOf,
  };
}
