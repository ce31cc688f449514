// "DEA – <område>": first a short result table a leader reads (score, interval, light, cost and
// potential, main learning partner), then the detail blocks: the uncertainty with its error-bar
// chart, the learning partners side by side, cost against quality, and the method in words a
// leader can repeat. Printing stops there; below, the wide calculation per unit (figures, targets,
// every partner) is read on screen. Potentials are live formulas over cells of this sheet.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { cell } from './a1';
import { deaMethodName, measuredInOrder } from './deaCommon';
import { writeChartBlock, writeLearningPartners, writeMethodText } from './deaBlocks';
import { writeDetailTable } from './deaDetailTable';
import { writeResultTable } from './deaResultTable';
import type { DeaRunResult } from './deaTypes';
import { writeUncertainty } from './deaUncertainty';
import { sourceLine } from './describe';
import { SheetDraft } from './draft';
import { widthsFromContent } from './widths';
import { STYLE } from './format';
import type { SheetModel } from './model';
import type { TableNamer } from './names';
import { formatNumber } from '../core/parse/numbers';

export { deaMethodName, peerText } from './deaCommon';

export interface DeaSheetContext {
  lang: Lang;
  tables: TableNamer;
  methodSheet: string;
}

/** Where the sheet's totals stand, for Overblik and Prioritering. */
export interface DeaSheetLayout {
  sheet: SheetModel;
  /** Row of the sum under the result table. */
  totalRow: number;
  /** Result-table column of the potential in kr.; null when cost is not an input or orientation is output. */
  radialColumn: number | null;
  /** Detail-table column of the potential incl. the remaining saving, and the row of its sum. */
  slackColumn: number | null;
  slackTotalRow: number | null;
  radialTotal: number;
  slackTotal: number;
  /** Row of each measured unit in the result table, by unit id. */
  unitRows: Map<string, number>;
}

export function buildDeaSheet(dea: DeaRunResult, sheetName: string, ctx: DeaSheetContext): DeaSheetLayout {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'dea');
  const method = deaMethodName(dea, lang);
  let row = 1;
  draft.value(1, row++, t('report.dea.title', lang, { area: dea.area.name }), { style: STYLE.title });
  draft.value(1, row++, sourceLine([], lang), { style: STYLE.note });
  const headers = (list: { header: string }[]) => list.map((v) => v.header).join(', ');
  draft.value(1, row++, t('report.dea.methodLine', lang, { method, inputs: headers(dea.inputs), outputs: headers(dea.outputs) }), { style: STYLE.note });
  draft.value(1, row++, t('report.dea.caveat', lang), { style: STYLE.caveat });
  draft.value(1, row++, t('report.dea.summary', lang, { efficient: dea.efficientCount, measured: dea.measuredCount }), { style: STYLE.label });
  if (dea.efficientCount * 2 > dea.measuredCount && dea.settings.superEfficiency === 'ranking') {
    const variables = dea.inputs.length + dea.outputs.length;
    draft.value(1, row++, t('report.dea.mostOnFrontier', lang, { measured: dea.measuredCount, variables }), { style: STYLE.note });
  }
  if (dea.settings.bootstrap && dea.settings.bootstrap.bandwidth !== null) {
    draft.value(1, row++, t('report.dea.bootstrapLine', lang, { replicates: formatNumber(dea.settings.bootstrap.replicates, lang) }), { style: STYLE.note });
  }
  row++;

  const units = measuredInOrder(dea);
  const result = writeResultTable(draft, dea, units, { row, lang, method, tables: ctx.tables });
  row = writeUncertainty(draft, dea, units, sheetName, { row: result.nextRow, lang, result }).nextRow;
  row = writeLearningPartners(draft, dea, row, lang);
  row = writeChartBlock(draft, dea, sheetName, row + 1, lang);
  row = writeMethodText(draft, dea, row + 1, ctx.methodSheet, lang);
  // What a leader prints ends here; the calculation below is wide and is read on screen.
  const printedRows = row;
  const detail = writeDetailTable(draft, dea, units, { row: row + 1, lang, method, tables: ctx.tables, result });
  const printedColumns = Math.max(result.columns, 7 + dea.qualityColumns.length, 10);
  draft.printArea = `A1:${cell(printedColumns, printedRows)}`;

  // The printed part sets the widths; the wide calculation below only widens a column where one of
  // its numbers would not fit (it would show as ###).
  const columns = Math.max(result.columns, detail.columns, 8);
  const printed = draft.fitColumns(columns, { headerRows: [result.headerRow], min: 9, max: 40, skipRows: (r) => r > printedRows });
  const numbers = widthsFromContent(draft.cellModels().filter((c) => typeof c.value === 'number'), columns, { min: 0, max: 40, skipRows: (r) => r <= printedRows });
  draft.columnWidths = printed.map((width, i) => Math.max(width, numbers[i] ?? 0));
  draft.freeze = { rows: result.headerRow, columns: 1 };
  // No print titles: the blocks after the result table have columns of their own.
  draft.tabColor = '7030A0';
  return {
    sheet: draft.finish('landscape'),
    totalRow: result.totalRow,
    radialColumn: result.potentialColumn,
    slackColumn: detail.slackColumn,
    slackTotalRow: detail.slackColumn === null ? null : detail.totalRow,
    radialTotal: result.total,
    slackTotal: detail.slackTotal,
    unitRows: result.rows,
  };
}
