// The DEA potentials on Overblik, beside the key-figure headline and with the method named, as live
// links to the DEA sheet's sums. Overblik is built before the DEA sheet is known to it, so the cells
// are added to its finished model here, in cells the overview leaves free next to its headline.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell, parseCell, sheetRef } from './a1';
import type { DeaSheetLayout } from './deaSheet';
import { FMT, STYLE } from './format';
import type { CellModel, SheetModel } from './model';

/** Label column and value column on the headline rows (6 and 7) of Overblik. */
export const DEA_OVERVIEW = { labelCol: 4, valueCol: 8, firstRow: 6 } as const;

export function withDeaOnOverview(overview: SheetModel, layout: DeaSheetLayout, deaSheet: string, method: string, lang: Lang): SheetModel {
  if (layout.radialColumn === null || layout.slackColumn === null) return overview;
  const { labelCol, valueCol, firstRow } = DEA_OVERVIEW;
  const added: CellModel[] = [
    { address: cell(labelCol, firstRow), value: t('report.dea.overview.radial', lang, { method }), style: STYLE.headline },
    { address: cell(valueCol, firstRow), formula: sheetRef(deaSheet, absCell(layout.radialColumn, layout.totalRow)), value: layout.radialTotal, numFmt: FMT.kr, style: STYLE.headline },
    { address: cell(labelCol, firstRow + 1), value: t('report.dea.overview.slack', lang) },
    { address: cell(valueCol, firstRow + 1), formula: sheetRef(deaSheet, absCell(layout.slackColumn, layout.totalRow)), value: layout.slackTotal, numFmt: FMT.kr },
  ];
  const taken = new Set(overview.cells.map((c) => c.address));
  const clash = added.find((c) => taken.has(c.address));
  if (clash) throw new Error(`Overblik already has a cell at ${clash.address}`);
  const order = (c: CellModel): [number, number] => {
    const { row, column } = parseCell(c.address);
    return [row, column];
  };
  const cells = [...overview.cells, ...added].sort((a, b) => {
    const [ra, ca] = order(a);
    const [rb, cb] = order(b);
    return ra - rb || ca - cb;
  });
  return { ...overview, cells };
}
