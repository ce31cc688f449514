// Excel tables (ListObjects) and conditional formats of one report sheet.
import type ExcelJS from 'exceljs';
import type { ConditionalFormatModel, TableModel } from '../../report/model';
import { cellAddress } from './address';
import { cellValueOf } from './cellValues';
import { toFileFormula, type FormulaRewrite } from './formulas';
import { argb, ModelError, requireRange } from './modelError';

/**
 * Adds the table over cells already written. ExcelJS's addTable writes header and row values
 * itself, so it is handed exactly what the sheet holds (keeping cached formula results) and the
 * column names for the header, which makes header cells and table columns agree by construction.
 * Values are read with cellValueOf so a cached 0 or false survives the rewrite.
 */
export function writeTable(ws: ExcelJS.Worksheet, table: TableModel, finalName: string): void {
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
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = range.top + 1; row <= range.bottom; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let col = range.left; col <= range.right; col++) values.push(cellValueOf(ws.getCell(row, col)));
    rows.push(values);
  }
  // Excel tables always have at least one data row.
  if (rows.length === 0) rows.push(table.columns.map(() => null));
  ws.addTable({
    name: finalName,
    ref: cellAddress(range.top, range.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: table.showRowStripes },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
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
