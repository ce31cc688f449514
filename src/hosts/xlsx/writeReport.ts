// The new sheets of a report, written under temporary names into an ExcelJS workbook: bodies,
// tables, conditional formats, charts resolved against the written cells, and the defined names
// the sheets bring (print areas and titles, the model's names). The workbook swaps them in.
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../report/model';
import { planDefinedNames } from '../common/definedNames';
import { freeSheetName, freeTableName } from '../common/naming';
import { StyleBook } from './cellStyles';
import { resolveChart } from './charts/resolve';
import type { SheetCharts } from './charts/types';
import type { NameEntry } from './definedNames';
import type { ExcelJsTableModel } from './packageState';
import { printNames } from './printSetup';
import { writeSheetBody } from './writeSheet';
import { writeConditionalFormats, writeTable } from './writeTables';

export interface SheetNamePlan {
  finalNames: string[];
  finalTableNames: string[][];
  /** Model name → final name, for the sheets and tables that had to give way to the user's. */
  sheetRenames: Map<string, string>;
  tableRenames: Map<string, string>;
}

export interface NewSheets {
  created: ExcelJS.Worksheet[];
  charts: SheetCharts[];
  /** Print names (local to the new sheets) and the model's workbook names. */
  names: NameEntry[];
}

/** Thrown with the sheet being written when the model has a defect; the new sheets are gone again. */
export class SheetWriteError extends Error {
  constructor(
    readonly sheet: string | undefined,
    readonly failure: unknown,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = 'SheetWriteError';
  }
}

export function planSheetNames(model: ReportModel, userSheets: ExcelJS.Worksheet[], tablesOf: (ws: ExcelJS.Worksheet) => ExcelJsTableModel[]): SheetNamePlan {
  const takenSheets = new Set(userSheets.map((ws) => ws.name.toLowerCase()));
  const finalNames = model.sheets.map((s) => freeSheetName(s.name, takenSheets));
  const sheetRenames = new Map<string, string>();
  model.sheets.forEach((s, i) => s.name !== finalNames[i] && sheetRenames.set(s.name, finalNames[i]));
  const takenTables = new Set(userSheets.flatMap((ws) => tablesOf(ws).map((table) => table.name.toLowerCase())));
  const tableRenames = new Map<string, string>();
  const finalTableNames = model.sheets.map((s) =>
    s.tables.map((table) => {
      const name = freeTableName(table.name, takenTables);
      if (name !== table.name) tableRenames.set(table.name, name);
      return name;
    }),
  );
  return { finalNames, finalTableNames, sheetRenames, tableRenames };
}

export function writeNewSheets(
  wb: ExcelJS.Workbook,
  model: ReportModel,
  plan: SheetNamePlan,
  userSheets: ExcelJS.Worksheet[],
  userNames: NameEntry[],
): NewSheets {
  const created: ExcelJS.Worksheet[] = [];
  const charts: SheetCharts[] = [];
  const names: NameEntry[] = [];
  const styles = new StyleBook();
  let current: string | undefined;
  try {
    const takenNames = new Set(userNames.filter((n) => n.scope === undefined).map((n) => n.name.toLowerCase()));
    const namePlan = planDefinedNames(model.names ?? [], takenNames, plan.sheetRenames);
    const rewrite = { sheetRenames: plan.sheetRenames, tableRenames: plan.tableRenames, nameRenames: namePlan.renames };
    const existingLower = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
    model.sheets.forEach((sheet, i) => {
      current = sheet.name;
      let temp = `~pm-${i + 1}`;
      while (existingLower.has(temp)) temp += '~';
      const ws = wb.addWorksheet(temp);
      created.push(ws);
      writeSheetBody(ws, sheet, rewrite, styles);
      sheet.tables.forEach((table, j) => writeTable(ws, table, plan.finalTableNames[i][j]));
      writeConditionalFormats(ws, sheet.conditionalFormats, rewrite);
      for (const print of printNames(plan.finalNames[i], sheet.print)) {
        names.push({ name: print.name, scope: plan.finalNames[i], formula: print.formula, attributes: [] });
      }
    });
    current = undefined;
    for (const name of namePlan.names) {
      names.push({ name: name.name, formula: name.formula, attributes: name.comment ? [['comment', name.comment]] : [] });
    }
    const byFinal = new Map(plan.finalNames.map((name, i) => [name.toLowerCase(), created[i]]));
    const lookup = (name: string) =>
      byFinal.get(name.toLowerCase()) ?? userSheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
    const date1904 = wb.properties.date1904 === true;
    model.sheets.forEach((sheet, i) => {
      current = sheet.name;
      charts.push({ sheet: plan.finalNames[i], charts: sheet.charts.map((c) => resolveChart(c, lookup, plan.sheetRenames, date1904)) });
    });
  } catch (cause) {
    for (const ws of created) wb.removeWorksheet(ws.id);
    throw new SheetWriteError(current, cause);
  }
  return { created, charts, names };
}
