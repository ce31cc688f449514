// One run from the pane, in four stages (reading, fetching only when live, computing, writing).
// Cancellation is checked between stages; the write itself is all-or-nothing in the host, so a
// cancelled run has either written nothing or everything. Reading and writing take 2–3 syncs.
import type { MeasureKind } from '../core/benchmark/measure';
import type { GroupSpec, StandardKind } from '../core/benchmark/types';
import { offsetA1 } from '../core/parse/address';
import type { ExplicitMapping } from '../core/parse/types';
import type { CellGrid, Lang, Problem } from '../core/types';
import { HostError, type ReadSource, type WorkbookHost } from '../hosts/types';
import { t } from '../i18n';
import type { Orientation } from '../core/dea';
import type { BenchmarkMethod } from '../pipeline/benchmarkGrid';
import type { DeaRts, DeaRunResult } from '../report/deaTypes';
import type { DeaProgress, DeaSolver } from '../workers/protocol';
import type { ComputeOutput, SolveDea } from './compute';
import { previousPlanIn, RUN_OWN_ROLES } from '../pipeline/previousPlan';
import type { RunRequest } from '../pipeline/run';
import type { ReferenceBundle } from '../reference/types';
import type { ReferenceSource } from './settings';
import type { SheetRole } from '../report/model';
import { contradictionOf, type Contradiction } from './findings';
import { topPotentials, type PotentialRow } from './viewModel';

export type Stage = 'reading' | 'fetching' | 'computing' | 'writing';

/** The stages a run goes through: only a live run fetches anything. */
export function stagesFor(referenceSource: ReferenceSource): readonly Stage[] {
  return referenceSource === 'live' ? ['reading', 'fetching', 'computing', 'writing'] : ['reading', 'computing', 'writing'];
}

/** Where the reference figures came from, as the pane shows it (mirrors the loader's status). */
export interface PaneReferenceStatus {
  origin: 'live' | 'cache' | 'snapshot';
  asOf: string;
  fellBack: boolean;
  reason?: string;
}

export interface PaneReference {
  bundle: ReferenceBundle;
  status: PaneReferenceStatus;
  /** DST's own key figures (NGLK) against the live figures, one line each; live runs only. */
  checks?: string[];
}

export interface PaneRunRequest {
  source: ReadSource;
  mapping: ExplicitMapping;
  /** Catalogue id; undefined when the rows carry their own area or there is none. */
  area?: string;
  year?: string;
  referenceSource: ReferenceSource;
  baseUrl: string;
  /** The most a live run waits for StatBank in all (seconds); default 20. */
  deadlineSeconds?: number;
  group: GroupSpec;
  standard: StandardKind;
  lang: Lang;
  /** Key figures (default), DEA beside them, or both. */
  method?: BenchmarkMethod;
  /** The key figure's measure (kr. per inhabitant by default); a fallback that cannot give it says so. */
  measure?: MeasureKind;
  /** Keep figures flagged as booking practice in the best, best-quartile and expected standards. */
  includeAnomalies?: boolean;
  dea?: PaneDeaChoice;
}

/** The DEA as chosen in the pane; empty lists mean the pipeline's defaults. */
export interface PaneDeaChoice {
  inputs: string[];
  outputs: string[];
  rts: DeaRts;
  orientation: Orientation;
  /** Bootstrap replicates; 0 or absent = no intervals. */
  bootstrap?: number;
}

export interface RunDeps {
  host: WorkbookHost;
  loadReference: (request: PaneRunRequest) => Promise<PaneReference>;
  /** With `solve`, a DEA's engine runs go there; without, the engine runs in the compute step itself. */
  compute: (grid: CellGrid, request: RunRequest, solve?: SolveDea) => Promise<ComputeOutput>;
  /** Where DEA is solved: the worker in the browser, the engine directly in node tests. */
  solveDea?: DeaSolver;
  now?: () => Date;
}

export interface WrittenSheet {
  /** The name the sheet got in the workbook (may differ from the model's when a user sheet had it). */
  name: string;
  role: SheetRole;
}

export interface PaneRunResult {
  /** False when nothing could be computed (and so nothing was written). */
  written: boolean;
  /** What was read, a selection pinned to the range it covered, for a re-run. */
  source: ReadSource;
  /** The cells the run read, so the data step can show them after a one-click re-run. */
  grid: CellGrid;
  sheets: WrittenSheet[];
  /** The reference period the key figures use (REGK31's year), when the run used one. */
  period?: string;
  /** Municipalities against a group, or institutions with each other. */
  level: 'municipality' | 'institution';
  top: PotentialRow[];
  problems: Problem[];
  reference: PaneReferenceStatus;
  /** Every unit's potential by unit id, for checks against the written sheets. */
  potentials: Record<string, number>;
  /**
   * A DEA run's headline: units on the frontier and the potential in kr.; with a bootstrap, how
   * many units below the frontier differ surely from their main learning partner.
   */
  dea?: { efficient: number; measured: number; saving: number | null; bootstrap?: { replicates: number; sure: number; below: number } };
  /** A unit the key figures call dear but DEA scores 100 %, said in one sentence. */
  contradiction?: Contradiction;
}

export class RunCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RunCancelled';
  }
}

export interface RunControl {
  onStage?: (stage: Stage) => void;
  isCancelled?: () => boolean;
  /** Units solved so far while a DEA is solved. */
  onDeaProgress?: (progress: DeaProgress) => void;
  /** Aborting stops a DEA solve midway (the worker is terminated). */
  signal?: AbortSignal;
}

export async function runPane(deps: RunDeps, request: PaneRunRequest, control: RunControl = {}): Promise<PaneRunResult> {
  const enter = (stage: Stage) => {
    if (control.isCancelled?.()) throw new RunCancelled();
    control.onStage?.(stage);
  };
  enter('reading');
  // One round trip for the figures, the workbook's state (which the write then reuses) and the
  // earlier Prioritering, whose planner input the new one keeps.
  const { grid, own } = await deps.host.readForRun(request.source, [...RUN_OWN_ROLES]).catch((error: unknown) => {
    throw explained(error, 'runner.readFailed', request.lang);
  });
  if (request.referenceSource === 'live') enter('fetching');
  const reference = await deps.loadReference(request);
  enter('computing');
  const method = request.method ?? 'keyfigures';
  const runRequest: RunRequest = {
    source: request.source,
    reference: reference.bundle,
    group: request.group,
    standard: request.standard,
    area: request.area,
    mapping: request.mapping,
    lang: request.lang,
    referenceNote: reference.status.fellBack ? reference.status.reason : undefined,
    referenceChecks: reference.checks,
    now: deps.now?.(),
    previousPlan: previousPlanIn(own),
    method,
    ...(request.measure && { measure: request.measure }),
    ...(request.includeAnomalies && { includeAnomalies: true }),
    ...(request.year && { referenceYear: request.year }),
    ...(request.dea && method !== 'keyfigures' ? { dea: deaOptions(request.dea) } : {}),
  };
  const solveDea = deps.solveDea;
  const solve: SolveDea | undefined =
    solveDea && method !== 'keyfigures' ? (jobs) => solveDea(jobs, (progress) => control.onDeaProgress?.(progress), control.signal) : undefined;
  let computed: ComputeOutput;
  try {
    computed = await deps.compute(grid, runRequest, solve);
  } catch (error) {
    // A cancelled solve ends with the worker's own error; the user asked for it, so say "cancelled".
    if (control.isCancelled?.() || control.signal?.aborted) throw new RunCancelled();
    throw error;
  }
  const { outcome, report } = computed;
  const contradiction = contradictionOf(outcome.results, outcome.dea);
  // The year the key figures are for (the reference holds earlier years too, for the trends).
  const period = outcome.results.find((result) => result.measure)?.measure?.period.year
    ?? outcome.sources.find((note) => note.table === 'REGK31')?.period;
  const base = {
    source: pinnedSource(request.source, grid),
    grid,
    level: outcome.parse.shape,
    ...(period ? { period } : {}),
    top: topPotentials(outcome.results),
    problems: outcome.problems,
    reference: reference.status,
    potentials: Object.fromEntries(outcome.results.flatMap((r) => r.units.map((u) => [u.unitId, u.potential]))),
    ...(outcome.dea ? { dea: deaHeadline(outcome.dea) } : {}),
    ...(contradiction ? { contradiction } : {}),
  };
  if (!report) return { ...base, written: false, sheets: [] };
  enter('writing');
  // The host explains its own failures (and removes what it had written); anything else stopped
  // it before it wrote a sheet.
  const write = await deps.host.writeReport(report).catch((error: unknown) => {
    throw explained(error, 'runner.writeNotStarted', request.lang);
  });
  // The host writes the model's sheets in order; a name may differ where a user sheet had it.
  const sheets = write.written.map((name, i) => ({ name, role: report.sheets[i]?.role ?? 'overview' }));
  return { ...base, written: true, sheets };
}

function deaHeadline(dea: DeaRunResult): NonNullable<PaneRunResult['dea']> {
  const headline = { efficient: dea.efficientCount, measured: dea.measuredCount, saving: dea.totalRadialSaving };
  const bootstrap = dea.settings.bootstrap;
  if (!bootstrap || bootstrap.bandwidth === null) return headline;
  const below = dea.units.filter((u) => u.surePartner !== null);
  return { ...headline, bootstrap: { replicates: bootstrap.replicates, sure: below.filter((u) => u.surePartner).length, below: below.length } };
}

/** Host errors carry a message for the user already; Excel's own errors get one that says what happened. */
function explained(error: unknown, key: string, lang: Lang): Error {
  if (error instanceof HostError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const reason = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return new HostError(t(key, lang, { reason }), 'excel-failed');
}

/** A selection becomes the range it covered, so "run again" reads the same cells. */
export function pinnedSource(source: ReadSource, grid: CellGrid): ReadSource {
  if (source.kind !== 'selection') return source;
  const rows = grid.values.length;
  const cols = grid.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  const range = rows <= 1 && cols <= 1 ? grid.topLeft : `${grid.topLeft}:${offsetA1(grid.topLeft, rows - 1, cols - 1)}`;
  return { kind: 'range', sheet: grid.sheet, range };
}

/** The snapshot (bundled with the engine's chunk); live through the lazily loaded StatBank client. */
export async function loadPaneReference(request: PaneRunRequest): Promise<PaneReference> {
  if (request.referenceSource === 'snapshot') return (await import(/* webpackChunkName: "engine" */ './snapshotReference')).snapshotReference();
  const live = await import(/* webpackChunkName: "statbank" */ './live');
  const loaded = await live.loadLive(request.baseUrl, request.year, request.lang, { area: request.area, deadlineSeconds: request.deadlineSeconds, measure: request.measure });
  const { origin, asOf, fellBack, reason } = loaded.status;
  return { bundle: loaded.bundle, status: { origin, asOf, fellBack, reason }, checks: loaded.checks };
}

function deaOptions(choice: PaneDeaChoice): NonNullable<RunRequest['dea']> {
  return {
    ...(choice.inputs.length > 0 ? { inputs: [...choice.inputs] } : {}),
    ...(choice.outputs.length > 0 ? { outputs: [...choice.outputs] } : {}),
    rts: choice.rts,
    orientation: choice.orientation,
    bootstrap: choice.bootstrap ?? 0,
  };
}

/** The engine and report builder, loaded on first run. */
export async function computeLazily(grid: CellGrid, request: RunRequest, solve?: SolveDea): Promise<ComputeOutput> {
  const { computeReport, computeReportWith } = await import(/* webpackChunkName: "engine" */ './compute');
  return solve ? computeReportWith(grid, request, solve) : computeReport(grid, request);
}
