// WorkbookHost inside Excel through Office.js. A write is one read sync (sheet names, tables,
// names, the registry) and one write sync (writeReport.ts); a run that starts with readForRun
// reads the user's figures, that state and the planner's own sheets in one sync, and the write
// that follows reuses the state, so a whole run is two syncs in the common case.
import type { CellGrid, CellValue, Lang } from '../../core/types';
import type { ReportModel, SheetRole } from '../../report/model';
import type { OwnSheet } from '../common/registry';
import { HostError, type OwnSheetContent, type ReadSource, type RunRead, type WorkbookHost, type WorkbookSources, type WriteSummary } from '../types';
import { queueExisting, type Existing } from './existing';
import { listSourcesIn, normaliseValue, queueGridRead, readError, readGrid, topLeftOf, type RequirementCheck } from './read';
import { packSteps, writeReportIn } from './writeReport';
import { cellRef } from './cellBlocks';

export { packSteps };

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where the host keeps the names of the own sheets it last saw, to read them on speculation. */
export interface OwnSheetMemory {
  get(): OwnSheet[];
  set(sheets: OwnSheet[]): void;
}

export interface ExcelHostOptions {
  lang?: Lang;
  /** Defaults to Office.context.requirements.isSetSupported, or "everything" outside Office. */
  isSetSupported?: RequirementCheck;
  /** Largest request the host sends in one sync; Office's limit is 5 MB, the default keeps a margin for estimates. */
  maxPayloadBytes?: number;
  /**
   * Own-sheet names remembered between runs (e.g. in the document's settings, so a new session
   * reads the planner's sheet in the first round trip too). In memory when not given.
   */
  ownSheetMemory?: OwnSheetMemory;
}

const DEFAULT_MAX_PAYLOAD = 4 * 1024 * 1024;

function defaultRequirementCheck(): RequirementCheck {
  if (typeof Office !== 'undefined' && Office.context?.requirements) {
    return (name, version) => Office.context.requirements.isSetSupported(name, version);
  }
  return () => true;
}

function memoryInHost(): OwnSheetMemory {
  let sheets: OwnSheet[] = [];
  return { get: () => sheets, set: (next) => void (sheets = next) };
}

/** "'Mine tal'!$C$7" → { sheet: 'Mine tal', range: 'C7' }; a bare range has no sheet. */
export function splitSheetAddress(address: string): { sheet?: string; range: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!match) return { range: address.trim().replace(/\$/g, '') };
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), range: match[3].replace(/\$/g, '') };
}

/** A used range's values as a grid from A1: rows and columns above and left of it are empty. */
export function gridFromA1(sheet: string, address: string | undefined, values: unknown[][], types: string[][]): CellGrid {
  if (address === undefined) return { sheet, topLeft: 'A1', values: [] };
  const { row, col } = cellRef(topLeftOf(address));
  const width = col - 1 + (values[0]?.length ?? 0);
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const rows: CellValue[][] = Array.from({ length: row - 1 }, blank);
  values.forEach((line, r) => rows.push([...new Array<CellValue>(col - 1).fill(null), ...line.map((v, c) => normaliseValue(v, types[r]?.[c]))]));
  return { sheet, topLeft: 'A1', values: rows };
}

export class ExcelWorkbookHost implements WorkbookHost {
  private readonly lang: Lang;
  private readonly supports: RequirementCheck;
  private readonly maxPayload: number;
  private readonly memory: OwnSheetMemory;
  /** What readForRun learned, for the writeReport that follows it; any other call forgets it. */
  private learned?: Existing;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelHostOptions = {},
  ) {
    this.lang = options.lang ?? 'da';
    this.supports = options.isSetSupported ?? defaultRequirementCheck();
    this.maxPayload = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD;
    this.memory = options.ownSheetMemory ?? memoryInHost();
  }

  listSources(): Promise<WorkbookSources> {
    this.learned = undefined;
    return this.run((context) => listSourcesIn(context));
  }

  read(source: ReadSource): Promise<CellGrid> {
    this.learned = undefined;
    return this.run((context) => readGrid(context, source, this.supports, this.lang));
  }

  /** Selects a cell or range given as "'Mine tal'!C7" (or 'C7' on the active sheet), in one sync. */
  selectAddress(address: string): Promise<void> {
    this.learned = undefined;
    const { sheet, range } = splitSheetAddress(address);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const target = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
      target.getRange(range).select();
      await context.sync();
    });
  }

  /** Shows a sheet, e.g. a result sheet the pane links to, in one sync. */
  activateSheet(name: string): Promise<void> {
    this.learned = undefined;
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  readForRun(source: ReadSource, ownRoles: SheetRole[]): Promise<RunRead> {
    this.learned = undefined;
    const roles = new Set(ownRoles);
    return this.run(async (context) => {
      const sync = async (): Promise<void> => {
        await context.sync();
      };
      // The own sheets seen last time are read on speculation; if one has gone, that sync fails
      // as a whole (nothing was changed) and the read is repeated without guessing.
      const guesses = this.memory.get().filter((s) => s.role !== undefined && roles.has(s.role));
      let attempt = this.queueRunRead(context, source, guesses);
      try {
        await sync();
      } catch (error) {
        if (guesses.length === 0) throw await readError(context, source, error, this.lang);
        this.memory.set([]);
        attempt = this.queueRunRead(context, source, []);
        try {
          await sync();
        } catch (retryError) {
          throw await readError(context, source, retryError, this.lang);
        }
      }
      const existing = await attempt.state.finish(sync);
      const grid = await attempt.input.finish(sync);
      const wanted = (existing.registry?.sheets ?? []).filter(
        (s): s is OwnSheet & { role: SheetRole } =>
          s.role !== undefined && roles.has(s.role) && existing.sheets.some((x) => x.name.toLowerCase() === s.name.toLowerCase()),
      );
      const read = new Map<string, QueuedSheet>(attempt.own.map((o) => [o.name.toLowerCase(), o]));
      const missing = wanted.filter((s) => !read.has(s.name.toLowerCase()));
      if (missing.length > 0) {
        for (const sheet of missing) read.set(sheet.name.toLowerCase(), queueUsedRange(context, sheet.name));
        await sync();
      }
      const own: OwnSheetContent[] = wanted.map((s) => ({ name: s.name, role: s.role, grid: (read.get(s.name.toLowerCase()) as QueuedSheet).grid() }));
      this.memory.set(existing.registry?.sheets ?? []);
      this.learned = existing;
      return { grid, own };
    });
  }

  private queueRunRead(context: Excel.RequestContext, source: ReadSource, guesses: OwnSheet[]) {
    return {
      input: queueGridRead(context, source, this.supports),
      state: queueExisting(context, this.lang),
      own: guesses.map((s) => ({ name: s.name, ...queueUsedRange(context, s.name) })),
    };
  }

  writeReport(model: ReportModel): Promise<WriteSummary> {
    const learned = this.learned;
    this.learned = undefined;
    return this.run(async (context) => {
      let syncs = 0;
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      const options = { lang: this.lang, supports: this.supports, maxPayload: this.maxPayload };
      if (learned) {
        try {
          return this.remember({ ...(await writeReportIn(context, model, learned, sync, options)), syncs }, model);
        } catch (error) {
          // The workbook may have changed since it was read (the write was rolled back): read it
          // again and write once more. Anything else is reported as it is.
          if (!(error instanceof HostError) || error.code !== 'write-failed') throw error;
        }
      }
      const state = queueExisting(context, this.lang);
      await sync();
      const existing = await state.finish(sync);
      return this.remember({ ...(await writeReportIn(context, model, existing, sync, options)), syncs }, model);
    });
  }

  private remember(summary: WriteSummary, model: ReportModel): WriteSummary {
    this.memory.set(model.sheets.map((sheet, i) => ({ name: summary.written[i], role: sheet.role })));
    return summary;
  }
}

interface QueuedSheet {
  grid: () => CellGrid;
}

/** The used range of an own sheet (values only), queued; an empty sheet gives an empty grid. */
function queueUsedRange(context: Excel.RequestContext, name: string): QueuedSheet {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('address,values,valueTypes');
  return {
    grid: () => (used.isNullObject ? gridFromA1(name, undefined, [], []) : gridFromA1(name, used.address, used.values, used.valueTypes)),
  };
}

