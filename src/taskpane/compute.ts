// Engine and report builder behind a dynamic import: the pane can show the data step before this
// code (parse aside) has loaded.
import type { CellGrid } from '../core/types';
import { benchmarkGrid, type BenchmarkOutcome } from '../pipeline/benchmarkGrid';
import { reportFor, type RunRequest } from '../pipeline/run';
import type { ReportModel } from '../report/model';

export function computeReport(grid: CellGrid, request: RunRequest): { outcome: BenchmarkOutcome; report?: ReportModel } {
  const outcome = benchmarkGrid(grid, request);
  return outcome.canRun ? { outcome, report: reportFor(outcome, grid, request) } : { outcome };
}
