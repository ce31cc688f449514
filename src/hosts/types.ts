// The small interface both workbook hosts (ExcelJS on .xlsx files, Office.js in Excel) implement,
// so the pipeline and its tests run the same way against either.
import type { CellGrid } from '../core/types';
import type { ReportModel } from '../report/model';

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
}

export interface WorkbookHost {
  listSources(): Promise<WorkbookSources>;
  read(source: ReadSource): Promise<CellGrid>;
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
