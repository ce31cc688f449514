// Engine and report builder behind a dynamic import: the pane can show the data step before this
// code (parse aside) has loaded.
import type { CellGrid } from '../core/types';
import { benchmarkGrid, parseForBenchmark, type BenchmarkOutcome } from '../pipeline/benchmarkGrid';
import { planDea, type DeaJobs, type DeaSolutions } from '../pipeline/dea';
import { reportFor, type RunRequest } from '../pipeline/run';
import type { ReportModel } from '../report/model';
import type { DeaBatch, DeaBatchResult } from '../workers/protocol';

export interface ComputeOutput {
  outcome: BenchmarkOutcome;
  report?: ReportModel;
}

export function computeReport(grid: CellGrid, request: RunRequest): ComputeOutput {
  const outcome = benchmarkGrid(grid, request);
  return outcome.canRun ? { outcome, report: reportFor(outcome, grid, request) } : { outcome };
}

/** Solves a DEA's engine runs (and bootstrap) somewhere else (the pane's worker); results in job order. */
export type SolveDea = (batch: DeaBatch) => Promise<DeaBatchResult>;

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
  const solved = solutionsOf(plan.jobs, await solve(batchOf(plan.jobs)));
  return computeReport(grid, { ...request, dea: { ...request.dea, solved } });
}

/** The planned runs in a fixed order (primary, ranking, output), the bootstrap on the primary. */
export function batchOf(jobs: DeaJobs): DeaBatch {
  const list = [jobs.primary, ...(jobs.ranking ? [jobs.ranking] : []), ...(jobs.output ? [jobs.output] : [])];
  return { jobs: list, ...(jobs.bootstrap ? { bootstrap: { job: jobs.bootstrap, baseline: 0 } } : {}) };
}

function solutionsOf(jobs: DeaJobs, answer: DeaBatchResult): DeaSolutions {
  const results = [...answer.results];
  const expected = 1 + (jobs.ranking ? 1 : 0) + (jobs.output ? 1 : 0);
  if (results.length !== expected) throw new Error(`DEA: ${results.length} results for ${expected} runs`);
  const primary = results.shift() as DeaSolutions['primary'];
  const ranking = jobs.ranking ? results.shift() : undefined;
  const output = jobs.output ? results.shift() : undefined;
  return { primary, ...(ranking ? { ranking } : {}), ...(output ? { output } : {}), ...(answer.bootstrap ? { bootstrap: answer.bootstrap } : {}) };
}
