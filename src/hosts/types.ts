// The small interface both workbook hosts (ExcelJS on .xlsx files, Office.js in Excel) implement,
// so the pipeline and its tests run the same way against either.
import type { CellGrid } from '../core/types';
import type { ReportModel, SheetRole } from '../report/model';

export interface TableInfo {
  name: string;
  sheet: string;
  /** Range including the header row, e.g. 'A1:F26'. */
  range: string;
}

export interface WorkbookSources {
  sheets: string[];
  tables: TableInfo[];
}

export type ReadSource =
  | { kind: 'table'; name: string }
  /** A sheet's used range, or the given range on it. */
  | { kind: 'range'; sheet: string; range?: string }
  | { kind: 'selection' };

export interface WriteSummary {
  /** Names of the sheets written, in order (may differ from the model when a user sheet had the name). */
  written: string[];
  /** Own sheets from an earlier run that were replaced or removed. */
  replaced: string[];
  /** Round trips to the host, where that is meaningful (Office.js context.sync calls). */
  syncs?: number;
  /** Workbook-level defined names written, in model order (a name may have given way to a user's). */
  names?: string[];
  /** Objects the host could not write (an older Excel API), left out of the sheet named. */
  omitted?: { sheet: string; object: OmittedObject }[];
}

/** Kinds of sheet objects a host may have to leave out. */
export type OmittedObject = 'charts' | 'conditionalFormats' | 'dataValidation' | 'errorBars' | 'pointLabels' | 'printSetup';

/** An own sheet an earlier run wrote, as the user left it. */
export interface OwnSheetContent {
  name: string;
  role: SheetRole;
  /** Cell values from A1 to the bottom-right of the sheet's used range (empty cells are null). */
  grid: CellGrid;
}

export interface RunRead {
  /** The user's figures, as read() gives them. */
  grid: CellGrid;
  /** Own sheets of the asked roles from the earlier run, in workbook order; none on a first run. */
  own: OwnSheetContent[];
}

export interface WorkbookHost {
  listSources(): Promise<WorkbookSources>;
  read(source: ReadSource): Promise<CellGrid>;
  /**
   * Everything a run needs before it computes: the user's figures and the cells of the own sheets
   * of these roles (the planner's input on Prioritering), so a re-run keeps what was typed there.
   * In Excel one round trip in the common case; a following writeReport reuses what it learned.
   */
  readForRun(source: ReadSource, ownRoles: SheetRole[]): Promise<RunRead>;
  /**
   * Write every sheet of the report. Own sheets from an earlier run are replaced; user sheets are
   * never touched. All or nothing: on failure, sheets written by this call are removed again.
   */
  writeReport(model: ReportModel): Promise<WriteSummary>;
}

/** Thrown by hosts for conditions the user must act on; the message is ready to show. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
