// The DEA sheet's second table, the calculation behind the result: per unit its rank and
// super-efficiency, its own figures and the targets its learning partners set, the potential
// including the remaining saving (a live formula on the result table's potential), how much more it
// could deliver, and every learning partner with its share. Rows in the result table's order.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell, range } from './a1';
import type { ResultTableLayout } from './deaResultTable';
import { peerText } from './deaCommon';
import type { DeaRunResult, DeaUnitOutcome } from './deaTypes';
import type { SheetDraft } from './draft';
import { activityFormat, FMT, STYLE } from './format';
import { uniqueHeaders, type TableNamer } from './names';

export interface DetailTableLayout {
  headerRow: number;
  totalRow: number;
  nextRow: number;
  columns: number;
  slackColumn: number | null;
  slackTotal: number;
}

interface Options {
  row: number;
  lang: Lang;
  method: string;
  tables: TableNamer;
  result: ResultTableLayout;
}

/** Columns before the first variable: unit, rank, super-efficiency. */
const FIRST_VARIABLE_COLUMN = 4;

interface Column {
  header: string;
  write: (draft: SheetDraft, col: number, row: number, unit: DeaUnitOutcome, resultRow: number) => void;
}

/** A number format that fits a variable: kr. for cost, whole counts, or two decimals for scales. */
function variableFormat(role: string, values: number[]): string {
  if (role === 'cost') return FMT.kr;
  if (role === 'activity') return activityFormat(values.filter(Number.isFinite));
  return '#,##0.00';
}

const number = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

function columnsFor(dea: DeaRunResult, lang: Lang, result: ResultTableLayout): Column[] {
  const columns: Column[] = [
    { header: t('report.dea.col.unit', lang), write: (d, c, r, u) => d.value(c, r, u.name) },
    { header: t('report.dea.col.rank', lang), write: (d, c, r, u) => d.value(c, r, u.rank, { numFmt: FMT.count }) },
    {
      header: t('report.dea.col.superScore', lang),
      write: (d, c, r, u) =>
        u.superStatus === 'undefined' ? d.value(c, r, t('report.dea.notDefined', lang)) : d.value(c, r, u.superScore, { numFmt: FMT.percentRank }),
    },
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
  const potential = result.potentialColumn;
  if (potential !== null && dea.settings.slack) {
    const costCol = FIRST_VARIABLE_COLUMN + (dea.costInputIndex ?? 0);
    const targetCostCol = costCol + variables.length;
    columns.push({
      header: t('report.dea.col.slackPotential', lang),
      write: (d, c, r, u, resultRow) =>
        // A unit without targets (super-efficiency not defined) has no potential to add.
        u.targetInputs === null
          ? d.value(c, r, 0, { numFmt: FMT.kr })
          : d.formula(c, r, `MAX(${cell(potential, resultRow)},${cell(costCol, r)}-${cell(targetCostCol, r)})`, u.slackAdjustedSaving ?? 0, { numFmt: FMT.kr }),
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

export function writeDetailTable(draft: SheetDraft, dea: DeaRunResult, units: DeaUnitOutcome[], options: Options): DetailTableLayout {
  const { lang, result } = options;
  let row = options.row;
  draft.value(1, row++, t('report.dea.detailHeading', lang), { style: STYLE.heading });
  const headerRow = row;
  const columns = columnsFor(dea, lang, result);
  const headers = uniqueHeaders(columns.map((c) => c.header));
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true } }));
  const firstRow = headerRow + 1;
  units.forEach((unit, i) => columns.forEach((column, c) => column.write(draft, c + 1, firstRow + i, unit, result.rows.get(unit.id) as number)));
  const lastRow = firstRow + Math.max(units.length, 1) - 1;
  if (units.length > 0) {
    draft.tables.push({ name: options.tables.take('DEA_detaljer'), range: range(1, headerRow, headers.length, lastRow), columns: headers, style: 'TableStyleLight9', showRowStripes: true });
  }
  const totalRow = lastRow + 1;
  const slackIndex = headers.indexOf(t('report.dea.col.slackPotential', lang));
  const slackColumn = slackIndex >= 0 ? slackIndex + 1 : null;
  let slackTotal = 0;
  if (slackColumn !== null) {
    slackTotal = units.reduce((s, u) => s + (u.slackAdjustedSaving ?? 0), 0);
    draft.value(1, totalRow, t('report.dea.total', lang, { method: options.method }), { style: STYLE.total });
    draft.formula(slackColumn, totalRow, `SUM(${absCell(slackColumn, firstRow)}:${absCell(slackColumn, lastRow)})`, slackTotal, { numFmt: FMT.kr, style: STYLE.total });
  }
  return { headerRow, totalRow, nextRow: totalRow + 2, columns: headers.length, slackColumn, slackTotal };
}
