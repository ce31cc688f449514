// WorkbookHost on .xlsx files through ExcelJS. Report sheets are written under temporary names
// and only swapped in (old own sheets out, final names on) once every sheet has been written
// and every chart resolved, so a failure leaves the workbook exactly as it was.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellGrid, Lang } from '../../core/types';
import type { ReportModel, SheetRole } from '../../report/model';
import { HostError, type OwnSheetContent, type ReadSource, type RunRead, type WorkbookHost, type WorkbookSources, type WriteSummary, type TableInfo } from '../types';
import { parseRange, quoteSheetName, type RangeRef } from './address';
import type { SheetCharts } from './charts/types';
import type { NameEntry } from './definedNames';
import { assertCopyKeepsEverything, inspectPackage, type PackageFinding } from './inspect';
import { findRegistrySheet, readRegistry, REGISTRY_SHEET, showSheet, writeRegistry } from './ownSheets';
import { readPackageExtras, tableModels, type ExcelJsTableModel } from './packageState';
import { pendingTables, pendingUsedRange, readPendingGrid } from './pendingRead';
import { readGrid, usedRange, type ReadNote } from './readGrid';
import { t } from '../../i18n';
import { listText } from '../common/listText';
import { ownSheetKeys } from '../common/registry';
import { writeReportPackage } from './reportPackage';
import { planSheetNames, writeNewSheets, SheetWriteError, type NewSheets, type PendingSheet } from './writeReport';

export interface XlsxOptions {
  /** Language of error messages; Danish unless asked otherwise. */
  lang?: Lang;
}

export class XlsxWorkbook implements WorkbookHost {
  private readonly pendingCharts = new Map<string, SheetCharts>();
  /** Report sheets written since the file was opened: ExcelJS holds their frames, these their cells. */
  private readonly pendingSheets = new Map<string, PendingSheet>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Content of the opened file that ExcelJS cannot keep; undefined for a new workbook. */
    private readonly findings: PackageFinding[] | undefined,
    private readonly lang: Lang,
    /** Every defined name of the workbook, the user's and ours, as it will be written. */
    private names: NameEntry[],
  ) {}

  static createNew(options: XlsxOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), undefined, options.lang ?? 'da', []);
  }

  static async open(source: string | Buffer, options: XlsxOptions = {}): Promise<XlsxWorkbook> {
    const lang = options.lang ?? 'da';
    try {
      const buffer = typeof source === 'string' ? await fs.readFile(source) : source;
      const workbook = new ExcelJS.Workbook();
      // ExcelJS's load() is typed for its own Buffer alias; Node's Buffer is what it reads.
      await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
      const names = await readPackageExtras(workbook, buffer);
      return new XlsxWorkbook(workbook, await inspectPackage(buffer), lang, names);
    } catch (error) {
      throw new HostError(t('xlsxHost.openFailed', lang, { reason: (error as Error).message }), 'open-failed');
    }
  }

  /** What the opened file holds that a copy written through ExcelJS would lose. */
  packageFindings(): PackageFinding[] {
    return [...(this.findings ?? [])];
  }

  private sheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name.toLowerCase() !== REGISTRY_SHEET);
  }

  async listSources(): Promise<WorkbookSources & { hiddenSheets: string[] }> {
    const sheets = this.sheets();
    const tables: TableInfo[] = sheets.flatMap((ws) =>
      this.tablesOf(ws).map((t) => ({ name: t.name, sheet: ws.name, range: t.tableRef ?? '' })),
    );
    return {
      sheets: sheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map((ws) => ws.name),
      hiddenSheets: sheets.filter((ws) => ws.state === 'hidden' || ws.state === 'veryHidden').map((ws) => ws.name),
      tables,
    };
  }

  async read(source: ReadSource): Promise<CellGrid> {
    return (await this.readWithNotes(source)).grid;
  }

  /** The user's figures and the own sheets of these roles an earlier run wrote, as they are now. */
  async readForRun(source: ReadSource, ownRoles: SheetRole[]): Promise<RunRead> {
    const grid = await this.read(source);
    const roles = new Set(ownRoles);
    const date1904 = this.workbook.properties.date1904 === true;
    const own: OwnSheetContent[] = [];
    for (const sheet of readRegistry(this.workbook)?.sheets ?? []) {
      if (sheet.role === undefined || !roles.has(sheet.role)) continue;
      const ws = this.sheets().find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
      if (!ws) continue; // the user deleted it
      const pending = this.pendingSheets.get(ws.name.toLowerCase());
      const used = pending ? pendingUsedRange(pending) : usedRange(ws, date1904);
      const whole = used && { top: 1, left: 1, bottom: used.bottom, right: used.right };
      const values = !whole ? [] : (pending ? readPendingGrid(pending, ws.name, whole, (a) => a) : readGrid(ws, whole, date1904, (a) => a)).grid.values;
      own.push({ name: ws.name, role: sheet.role, grid: { sheet: ws.name, topLeft: 'A1', values } });
    }
    return { grid, own };
  }

  /** Like read(), plus notes about cells read with caveats (formulas without a stored result). */
  async readWithNotes(source: ReadSource): Promise<{ grid: CellGrid; notes: (ReadNote & { message: string })[] }> {
    const date1904 = this.workbook.properties.date1904 === true;
    const quoted = (ws: ExcelJS.Worksheet) => (address: string) => `${quoteSheetName(ws.name)}!${address}`;
    let result: { grid: CellGrid; notes: ReadNote[] };
    if (source.kind === 'selection') throw new HostError(t('xlsxHost.noSelection', this.lang), 'no-selection');
    if (source.kind === 'table') {
      const found = this.findTable(source.name);
      const full = parseRange(found.table.tableRef ?? '');
      if (!full) throw new HostError(t('xlsxHost.badRange', this.lang, { range: found.table.tableRef ?? '', sheet: found.ws.name }), 'bad-range');
      const range = { ...full, bottom: full.bottom - (found.table.totalsRow ? 1 : 0) };
      result = this.readRange(found.ws, range, date1904, quoted(found.ws));
      result.grid.tableName = found.table.name;
    } else {
      const ws = this.findSheet(source.sheet);
      const pending = this.pendingSheets.get(ws.name.toLowerCase());
      let range = source.range !== undefined ? parseRange(source.range.replace(/\$/g, '')) : pending ? pendingUsedRange(pending) : usedRange(ws, date1904);
      if (source.range !== undefined && !range) {
        throw new HostError(t('xlsxHost.badRange', this.lang, { range: source.range, sheet: ws.name }), 'bad-range');
      }
      range ??= { top: 1, left: 1, bottom: 1, right: 1 };
      result = this.readRange(ws, range, date1904, quoted(ws));
    }
    const notes = result.notes.map((n) => ({ ...n, message: t('xlsxHost.formulaNoCache', this.lang, { address: n.address }) }));
    return { grid: result.grid, notes };
  }

  /** readGrid, or its equivalent for a report sheet written in this session (its cells are not in ExcelJS). */
  private readRange(ws: ExcelJS.Worksheet, range: RangeRef, date1904: boolean, qualify: (address: string) => string): { grid: CellGrid; notes: ReadNote[] } {
    const pending = this.pendingSheets.get(ws.name.toLowerCase());
    return pending ? readPendingGrid(pending, ws.name, range, qualify) : readGrid(ws, range, date1904, qualify);
  }

  /** The sheet's tables, including those of a report sheet written in this session. */
  private tablesOf(ws: ExcelJS.Worksheet): ExcelJsTableModel[] {
    const pending = this.pendingSheets.get(ws.name.toLowerCase());
    return pending ? pendingTables(pending) : tableModels(ws);
  }

  private findSheet(name: string): ExcelJS.Worksheet {
    const ws = this.sheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (ws) return ws;
    const existing = this.sheets().filter((s) => s.state !== 'veryHidden').map((s) => `"${s.name}"`);
    throw new HostError(t('xlsxHost.sheetMissing', this.lang, { sheet: name, existing: listText(existing, this.lang) }), 'sheet-not-found');
  }

  private findTable(name: string): { ws: ExcelJS.Worksheet; table: ExcelJsTableModel } {
    for (const ws of this.sheets()) {
      const table = this.tablesOf(ws).find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { ws, table };
    }
    const existing = this.sheets().flatMap((ws) => this.tablesOf(ws).map((t) => `"${t.name}" (${ws.name})`));
    throw new HostError(t('xlsxHost.tableMissing', this.lang, { table: name, existing: listText(existing, this.lang) }), 'table-not-found');
  }

  async writeReport(model: ReportModel): Promise<WriteSummary> {
    const wb = this.workbook;
    const registry = readRegistry(wb);
    // A sheet of the user's that happens to carry the registry's name is never replaced.
    const registrySheet = findRegistrySheet(wb);
    if (registrySheet && !registry) throw new HostError(t('xlsxHost.registryTaken', this.lang, { sheet: registrySheet.name }), 'registry-taken');
    const ownLower = ownSheetKeys(registry);
    assertCopyKeepsEverything(this.findings ?? [], ownLower, this.lang);
    const ownSheets = this.sheets().filter((ws) => ownLower.has(ws.name.toLowerCase()));
    const userSheets = this.sheets().filter((ws) => !ownLower.has(ws.name.toLowerCase()));

    const plan = planSheetNames(model, userSheets, tableModels);
    const userNames = this.userNames(registry?.names ?? [], ownLower);
    let written: NewSheets;
    try {
      written = writeNewSheets(wb, model, plan, userSheets, userNames);
    } catch (error) {
      const sheet = (error instanceof SheetWriteError ? error.sheet : undefined) ?? model.sheets[0]?.name ?? '';
      const reason = error instanceof Error ? error.message : String(error);
      throw new HostError(t('xlsxHost.invalidModel', this.lang, { sheet, reason }), 'invalid-model');
    }
    const { finalNames } = plan;
    const { created, pending, charts: resolved, names: ourNames } = written;

    for (const ws of ownSheets) {
      this.pendingCharts.delete(ws.name.toLowerCase());
      this.pendingSheets.delete(ws.name.toLowerCase());
      wb.removeWorksheet(ws.id);
    }
    created.forEach((ws, i) => {
      ws.name = finalNames[i];
      this.pendingSheets.set(finalNames[i].toLowerCase(), pending[i]);
    });
    for (const charts of resolved) this.pendingCharts.set(charts.sheet.toLowerCase(), charts);
    this.names = [...userNames, ...ourNames];
    const workbookNames = ourNames.filter((n) => n.scope === undefined).map((n) => n.name);
    writeRegistry(wb, {
      ...model.meta,
      sheets: model.sheets.map((sheet, i) => ({ name: finalNames[i], role: sheet.role })),
      names: workbookNames,
    });
    showSheet(wb, finalNames[0]);
    return { written: finalNames, replaced: ownSheets.map((ws) => ws.name), ...(workbookNames.length > 0 ? { names: workbookNames } : {}) };
  }

  /**
   * The names that stay when the report is rewritten: all but the workbook-level names an earlier
   * run added (listed in the registry) and the names local to the own sheets being replaced.
   */
  private userNames(ourEarlierNames: string[], ownSheetsLower: Set<string>): NameEntry[] {
    const ours = new Set(ourEarlierNames.map((n) => n.toLowerCase()));
    return this.names.filter((entry) =>
      entry.scope === undefined ? !ours.has(entry.name.toLowerCase()) : !ownSheetsLower.has(entry.scope.toLowerCase()),
    );
  }

  async toBuffer(): Promise<Buffer> {
    // ExcelJS's writeBuffer is typed as its own Buffer alias; at run time it is a Node Buffer.
    const plain = Buffer.from((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const live = new Map(this.workbook.worksheets.map((ws) => [ws.name.toLowerCase(), ws.name]));
    const sheets = new Map<string, PendingSheet>();
    for (const [key, sheet] of this.pendingSheets) {
      const name = live.get(key);
      if (name !== undefined) sheets.set(name, sheet);
    }
    const charts = [...this.pendingCharts.values()].filter((c) => live.has(c.sheet.toLowerCase()));
    return writeReportPackage({ plain, sheets, charts, names: this.names });
  }

  async save(path: string): Promise<void> {
    await fs.writeFile(path, await this.toBuffer());
  }

  /** Sheets an earlier run of the add-in wrote (and a re-run would replace), in workbook order. */
  ownSheetNames(): string[] {
    const own = ownSheetKeys(readRegistry(this.workbook));
    return this.sheets().filter((ws) => own.has(ws.name.toLowerCase())).map((ws) => ws.name);
  }

  /** The registry sheet, exposed for tests and diagnostics. */
  hasRegistry(): boolean {
    return findRegistrySheet(this.workbook) !== undefined;
  }
}
