// Engine and report builder behind a dynamic import: the pane can show the data step before this
// code (parse aside) has loaded.
import type { DeaResult } from '../core/dea';
import type { CellGrid } from '../core/types';
import { benchmarkGrid, parseForBenchmark, type BenchmarkOutcome } from '../pipeline/benchmarkGrid';
import { planDea, type DeaJobs, type DeaSolutions } from '../pipeline/dea';
import { reportFor, type RunRequest } from '../pipeline/run';
import type { ReportModel } from '../report/model';
import type { DeaJob } from '../workers/protocol';

export interface ComputeOutput {
  outcome: BenchmarkOutcome;
  report?: ReportModel;
}

export function computeReport(grid: CellGrid, request: RunRequest): ComputeOutput {
  const outcome = benchmarkGrid(grid, request);
  return outcome.canRun ? { outcome, report: reportFor(outcome, grid, request) } : { outcome };
}

/** Solves a DEA's engine runs somewhere else (the pane's worker) and gives back their results in order. */
export type SolveDea = (jobs: DeaJob[]) => Promise<DeaResult[]>;

/**
 * As computeReport, but a DEA's engine runs go to `solve` first (asynchronously); the pipeline then
 * assembles the same result it would have computed itself.
 */
export async function computeReportWith(grid: CellGrid, request: RunRequest, solve: SolveDea): Promise<ComputeOutput> {
  const method = request.method ?? 'keyfigures';
  if (method === 'keyfigures') return computeReport(grid, request);
  const parse = parseForBenchmark(grid, request);
  if (!parse.canRun) return computeReport(grid, request);
  const plan = planDea(parse, { ...request.dea, lang: request.lang });
  // A DEA that cannot run needs no solving; benchmarkGrid reports why.
  if (!plan.ok) return computeReport(grid, request);
  const solved = solutionsOf(plan.jobs, await solve(jobList(plan.jobs)));
  return computeReport(grid, { ...request, dea: { ...request.dea, solved } });
}

function jobList(jobs: DeaJobs): DeaJob[] {
  return jobs.output ? [jobs.primary, jobs.ranking, jobs.output] : [jobs.primary, jobs.ranking];
}

function solutionsOf(jobs: DeaJobs, results: DeaResult[]): DeaSolutions {
  const expected = jobs.output ? 3 : 2;
  if (results.length !== expected) throw new Error(`DEA: ${results.length} results for ${expected} runs`);
  return jobs.output ? { primary: results[0], ranking: results[1], output: results[2] } : { primary: results[0], ranking: results[1] };
}
