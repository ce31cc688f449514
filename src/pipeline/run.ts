// One run against workbook hosts: read the user's cells, compute, build the report model, write it.
// Reading and writing may be different hosts (the CLI reads a file and writes a new workbook) or
// the same one (Excel, or the CLI's copy mode). Nothing is written when the run cannot compute.
import { offsetA1 } from '../core/parse';
import type { CellGrid } from '../core/types';
import type { ReadSource, RunRead, WorkbookHost, WriteSummary } from '../hosts/types';
import type { PreviousPlan } from '../report/plan';
import { previousPlanIn, RUN_OWN_ROLES } from './previousPlan';
import { buildReport } from '../report';
import type { ReportModel } from '../report/model';
import { benchmarkGrid, type BenchmarkOptions, type BenchmarkOutcome } from './benchmarkGrid';

export const PEJLEMAERKE_VERSION = '0.1.0';

export interface RunRequest extends BenchmarkOptions {
  source: ReadSource;
  /** Shown on the method sheet, e.g. the input file's name. */
  inputFile?: string;
  /** Said on the method sheet when the reference data are not what was asked for (a fallback). */
  referenceNote?: string;
  /** Cross-checks of the reference figures (NGLK), shown on the method sheet. */
  referenceChecks?: string[];
  /** The planner's input from the Prioritering sheet of an earlier run, carried into the new one. */
  previousPlan?: PreviousPlan;
  /** Injected for reproducible output in tests; defaults to now. */
  now?: Date;
  runId?: string;
  /** Where the user's framework conditions are (a table or sheet in the workbook), read with the input. */
  frameworkSource?: ReadSource;
  /** Where the user's comparison group is (codes or names), read with the input. */
  groupListSource?: ReadSource;
  /** Told as each step ends, e.g. for progress or to measure a step (scripts/bench-e2e.ts). */
  onStage?: (stage: RunStage) => void;
}

/** The steps of a run: the user's cells read, the engine's results, the report model, the sheets written. */
export type RunStage = 'read' | 'computed' | 'reported' | 'written';

/** Where in the user's workbook a run reads. */
export type RunSources = Pick<RunRequest, 'source' | 'frameworkSource' | 'groupListSource'>;

/** Everything a run reads from the user's workbook. */
export interface RunInput extends RunRead {
  framework?: CellGrid;
  groupList?: CellGrid;
}

export interface RunOutcome extends BenchmarkOutcome {
  grid: CellGrid;
  report?: ReportModel;
  write?: WriteSummary;
}

/** Without a write host (the CLI's `--json` without `--out`) the run computes and reports only. */
export async function runBenchmark(readHost: WorkbookHost, writeHost: WorkbookHost | undefined, request: RunRequest): Promise<RunOutcome> {
  const input = await readRun(readHost, writeHost, request);
  request.onStage?.('read');
  return runOnRead(input, writeHost, request);
}

/**
 * What a run reads. Into the same workbook (Excel, or the CLI's copy mode), the earlier Prioritering
 * is read in the same round trip as the figures; a new workbook has no planner input to keep.
 */
export async function readRun(readHost: WorkbookHost, writeHost: WorkbookHost | undefined, request: RunSources): Promise<RunInput> {
  const read = readHost === writeHost
    ? await readHost.readForRun(request.source, [...RUN_OWN_ROLES])
    : { grid: await readHost.read(request.source), own: [] };
  // The user's framework conditions and comparison group, when named, are tables of the same workbook.
  const framework = request.frameworkSource ? await readHost.read(request.frameworkSource) : undefined;
  const groupList = request.groupListSource ? await readHost.read(request.groupListSource) : undefined;
  return { ...read, ...(framework && { framework }), ...(groupList && { groupList }) };
}

/**
 * The run after the read: for a shell that has read the user's workbook itself (the CLI reads a
 * file it writes no result into, and lets go of it before the report is built, which can be as large).
 */
export async function runOnRead(input: RunInput, writeHost: WorkbookHost | undefined, request: RunRequest): Promise<RunOutcome> {
  const { grid, framework, groupList } = input;
  const outcome = benchmarkGrid(grid, { ...request, ...(framework && { framework }), ...(groupList && { groupList }) });
  request.onStage?.('computed');
  if (!outcome.canRun || !writeHost) return { ...outcome, grid };
  const report = reportFor(outcome, grid, { ...request, previousPlan: request.previousPlan ?? previousPlanIn(input.own) });
  request.onStage?.('reported');
  const write = await writeHost.writeReport(report);
  request.onStage?.('written');
  return { ...outcome, grid, report, write };
}

export function reportFor(outcome: BenchmarkOutcome, grid: CellGrid, request: RunRequest): ReportModel {
  const now = request.now ?? new Date();
  const variableNames = Object.fromEntries(
    request.reference.structuralVariables.map((variable) => [variable.id, variable.name[request.lang ?? 'da']]),
  );
  const engineProblems = new Set(outcome.results.flatMap((result) => result.problems));
  for (const column of outcome.parse.columns) {
    if (column.role === 'structural' && column.key) variableNames[column.key] = column.header;
  }
  for (const variable of outcome.framework?.variables ?? []) variableNames[variable.key] = variable.header;
  Object.assign(variableNames, categoryLevelNames(request, variableNames));
  return buildReport({
    lang: request.lang ?? 'da',
    results: outcome.results,
    sources: outcome.sources,
    input: {
      file: request.inputFile,
      sheet: grid.sheet,
      range: gridRange(grid),
      tableName: grid.tableName,
      unitsUsed: outcome.parse.units.length,
      rowsExcluded: outcome.parse.excluded.length,
    },
    // The report lists each result's own problems itself; pass the rest once.
    problems: outcome.problems.filter((problem) => !engineProblems.has(problem)),
    referenceNote: request.referenceNote,
    referenceChecks: request.referenceChecks,
    createdAt: now.toISOString(),
    runId: request.runId ?? runIdFor(now),
    version: PEJLEMAERKE_VERSION,
    variableNames,
    frameworkVariables: request.reference.structuralVariables,
    ...((outcome.framework || outcome.groupList) && { userTables: { framework: outcome.framework, groupList: outcome.groupList } }),
    ...(outcome.dea ? { dea: outcome.dea } : {}),
    ...(request.previousPlan ? { previousPlan: request.previousPlan } : {}),
  });
}

/** 'kommunegruppe=2' → 'Kommunegruppe: Storbykommuner', for the regression's dummy columns. */
function categoryLevelNames(request: RunRequest, names: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of request.reference.municipalities) {
    out[`kommunegruppe=${m.groupCode}`] = `${names.kommunegruppe ?? 'kommunegruppe'}: ${m.groupName}`;
    out[`region=${m.regionCode}`] = `${names.region ?? 'region'}: ${m.regionName}`;
  }
  return out;
}

function gridRange(grid: CellGrid): string {
  const rows = grid.values.length;
  const cols = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows === 0 || cols === 0) return grid.topLeft;
  return `${grid.topLeft}:${offsetA1(grid.topLeft, rows - 1, cols - 1)}`;
}

function runIdFor(now: Date): string {
  return `run-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}`;
}
