// FakeExcel: the workbook a test seeds and inspects, plus `run`, shaped like Excel.run, that hands
// batches a fresh request context. Counts syncs and logs each sync's operations.
import type { CellGrid } from '../../../core/types';
import { parseA1 } from '../../../core/parse/address';
import { renameReferences, type ReferenceRenames } from '../../common/formulaRefs';
import { FakeRequestContext, type SyncRecord } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import { WorkbookProxy } from './proxies';
import { cellFromValue, cellKey, emptySheet, parseBox, type FakeCell, type FakeName, type FakeSheet, type FakeTable } from './state';

/** Office on the web refuses requests above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SeedTable {
  name: string;
  sheet: string;
  range: string;
  style?: string;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  /** Workbook-scoped defined names. */
  names: FakeName[] = [];
  selection?: { sheet: string; address: string };
  activeSheet?: string;
  readonly syncLog: SyncRecord[] = [];
  payloadLimit = DEFAULT_PAYLOAD_LIMIT;
  /** Return an error code to make the operation with this label fail at sync. */
  failWhen?: (label: string) => string | undefined;
  /**
   * Make the sync with this 1-based number fail half-way: the first half of its operations are
   * applied, then it throws, as a batch that Excel stops at a failing operation.
   */
  failSyncAt?: number;
  /** Where in that sync's operations it fails: 0 before the first, 0.5 half-way (default), 1 at the last. */
  failSyncFraction = 0.5;
  /** Instead of a fraction: fail at this operation counted from the end (1 = the last). */
  failSyncFromEnd?: number;
  private nextId = 1;

  /** A workbook holding each grid on its own sheet (hidden rows and tables too). */
  static fromGrids(grids: CellGrid[], tables: SeedTable[] = []): FakeExcel {
    const excel = new FakeExcel();
    for (const grid of grids) {
      const sheet = excel.sheet(grid.sheet) ?? excel.addSheet(grid.sheet);
      const origin = parseA1(grid.topLeft);
      grid.values.forEach((row, r) => {
        row.forEach((value, c) => {
          const cell = cellFromValue(value);
          if (cell.type !== 'Empty') sheet.cells.set(cellKey(origin.row + r, origin.col + c), cell);
        });
        if (grid.hiddenRows?.[r]) sheet.hiddenRows.add(origin.row + r);
      });
    }
    for (const table of tables) {
      const sheet = excel.sheet(table.sheet);
      const box = parseBox(table.range);
      if (!sheet || !box) throw new Error(`Cannot seed table ${table.name} at ${table.sheet}!${table.range}`);
      excel.tables.push({ name: table.name, sheet, box, style: table.style ?? 'TableStyleMedium2', showBandedRows: true, showTotals: false });
    }
    excel.activeSheet = excel.sheets[0]?.name;
    return excel;
  }

  /** Same signature as Excel.run. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    context.workbook = new WorkbookProxy(context);
    return batch(context);
  };

  get syncCount(): number {
    return this.syncLog.length;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(address.replace(/\$/g, '').toUpperCase());
  }

  /** Shown text-or-number of a cell (formula text when it holds a formula). */
  content(sheet: string, address: string): string | number | boolean | null {
    const cell = this.cell(sheet, address);
    return cell?.formula ?? cell?.value ?? null;
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name);
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    const sheet = emptySheet(this.nextId++, name);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (sheet.name === name) return;
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    const old = sheet.name;
    sheet.name = name;
    this.followRename({ sheets: new Map([[old, name]]) });
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    // Names that pointed at the sheet now point at nothing, as in Excel.
    const quoted = `'${sheet.name.replace(/'/g, "''")}'!`.toLowerCase();
    for (const named of this.names) {
      const formula = named.formula.toLowerCase();
      if (formula.includes(quoted) || formula.includes(`=${sheet.name.toLowerCase()}!`)) named.formula = '=#REF!';
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible')?.name;
  }

  renameTable(table: FakeTable, name: string): void {
    if (table.name === name) return;
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw invalidArgument(`'${name}' is not a valid table name.`);
    }
    const other = this.table(name);
    if (other && other !== table) throw new FakeOfficeError('ItemAlreadyExists', `A table named '${name}' already exists.`);
    const old = table.name;
    table.name = name;
    this.followRename({ tables: new Map([[old, name]]) });
  }

  /** Excel rewrites formulas (cells and conditional formats) when a sheet or table is renamed. */
  private followRename(renames: ReferenceRenames): void {
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = renameReferences(cell.formula, renames);
      for (const cf of sheet.conditionalFormats) if (cf.custom?.formula) cf.custom.formula = renameReferences(cf.custom.formula, renames);
      for (const series of sheet.charts.flatMap((c) => c.series)) {
        for (const label of Object.values(series.pointLabels ?? {})) if (label.formula) label.formula = renameReferences(label.formula, renames);
      }
    }
    for (const named of this.names) named.formula = renameReferences(named.formula, renames);
  }

  /** A plain, JSON-friendly copy of the workbook for a playground or a snapshot. */
  toJSON(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        cells: Object.fromEntries(s.cells),
        merges: s.merges,
        columnWidths: Object.fromEntries(s.columnWidths),
        rowHeights: Object.fromEntries(s.rowHeights),
        hiddenRows: [...s.hiddenRows],
        freeze: s.freeze,
        hiddenColumns: [...s.hiddenColumns],
        pageLayout: s.pageLayout,
        conditionalFormats: s.conditionalFormats,
        dataValidations: s.dataValidations,
        protection: s.protection,
        charts: s.charts.map((c) => ({
          ...c,
          series: c.series.map((x) => ({
            ...x,
            values: x.values && `${x.values.sheet.name}!${x.values.address}`,
            xValues: x.xValues && `${x.xValues.sheet.name}!${x.xValues.address}`,
          })),
        })),
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: this.names,
    };
  }
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw invalidArgument(`'${name}' is not a valid sheet name.`);
  }
}
