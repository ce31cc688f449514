// Excel tables (ListObjects) and conditional formats of one report sheet. The tables are parts of
// their own in the package; conditional formats go on the sheet through ExcelJS.
import type ExcelJS from 'exceljs';
import type { ConditionalFormatModel, TableModel } from '../../report/model';
import { cellAddress } from './address';
import { toFileFormula, type FormulaRewrite } from './formulas';
import { argb, ModelError, requireRange } from './modelError';
import { escapeXml } from './text';

const TABLE_ROOT = '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
  + 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" '
  + 'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
  + 'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"';

/** Throws ModelError unless the table's range and column names make a table Excel accepts. */
export function checkTable(table: TableModel): void {
  const range = requireRange(table.range);
  const width = range.right - range.left + 1;
  if (table.columns.length !== width) {
    throw new ModelError(`table ${table.name} spans ${width} columns but names ${table.columns.length}`);
  }
  const seen = new Set<string>();
  for (const column of table.columns) {
    const key = column.trim().toLowerCase();
    if (!key || seen.has(key)) throw new ModelError(`table ${table.name} has an empty or repeated column name "${column}"`);
    seen.add(key);
  }
}

/**
 * The table part of a table over cells written with the sheet: a header row holding the column
 * names (the sheet writer puts them in the header cells), every column with a filter button, no
 * totals row, and always at least one data row (Excel wants one; an empty table gets an empty row).
 * Attributes as the ExcelJS writer set them before, so the tables of a report look as they did.
 */
export function tableXml(table: TableModel, finalName: string, id: number): string {
  const range = requireRange(table.range);
  const bottom = Math.max(range.bottom, range.top + 1);
  const ref = `${cellAddress(range.top, range.left)}:${cellAddress(bottom, range.right)}`;
  const name = escapeXml(finalName);
  const filters = table.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join('');
  const columns = table.columns
    .map((column, i) => `<tableColumn id="${i + 1}" name="${escapeXml(column)}" ${i === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`)
    .join('');
  const style = `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showRowStripes ? 1 : 0}" showColumnStripes="0"/>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `${TABLE_ROOT} id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="1" headerRowCount="1">`
    + `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${table.columns.length}">${columns}</tableColumns>${style}</table>`;
}

function conditionalRule(cf: ConditionalFormatModel, topLeft: string, rewrite: FormulaRewrite): ExcelJS.ConditionalFormattingRule {
  switch (cf.kind) {
    case 'dataBar':
      // Solid bars (gradient: false) make ExcelJS write the 2010 x14 extension as Excel does; with
      // gradient bars it leaves a dangling empty <x14:id> reference in the rule.
      return {
        type: 'dataBar',
        priority: 1,
        gradient: false,
        cfvo: [{ type: 'min' }, { type: 'max' }],
        color: { argb: argb(cf.color) },
      } as ExcelJS.DataBarRuleType;
    case 'iconSet':
      return {
        type: 'iconSet',
        priority: 1,
        iconSet: cf.iconSet,
        reverse: cf.reverse ?? false,
        showValue: cf.showValue ?? true,
        cfvo: [{ type: 'percent', value: 0 }, ...cf.thresholds.map((th) => ({ type: th.type, value: th.value }))],
      } as ExcelJS.IconSetRuleType;
    case 'expression': {
      const style: Partial<ExcelJS.Style> = {};
      if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
      if (cf.style.color || cf.style.bold !== undefined) {
        style.font = {
          ...(cf.style.color ? { color: { argb: argb(cf.style.color) } } : {}),
          ...(cf.style.bold !== undefined ? { bold: cf.style.bold } : {}),
        };
      }
      if (!cf.formula) throw new ModelError(`conditional format on ${topLeft} has no formula`);
      return { type: 'expression', priority: 1, formulae: [toFileFormula(cf.formula, rewrite)], style };
    }
  }
}

/** Priorities follow model order: the first format wins where rules overlap, as listed. */
export function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  formats: ConditionalFormatModel[],
  rewrite: FormulaRewrite,
): void {
  formats.forEach((cf, i) => {
    const range = requireRange(cf.range);
    const rule = conditionalRule(cf, cellAddress(range.top, range.left), rewrite);
    rule.priority = i + 1;
    ws.addConditionalFormatting({ ref: cf.range.replace(/\$/g, ''), rules: [rule] });
  });
}
