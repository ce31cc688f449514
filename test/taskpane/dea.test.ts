// DEA in the pane without a browser: the column choices, the worker's solve loop and its client
// (with a fake Worker), and a whole pane run whose solver is injected.
import { dea } from '../../src/core/dea';
import type { CellGrid } from '../../src/core/types';
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';
import { computeLazily } from '../../src/taskpane/runner';
import { deaAvailable, deaChoiceError, deaChoiceFor, deaColumns, deaSelection, runMethod, toggleDeaColumn } from '../../src/taskpane/deaChoices';
import { RunCancelled, runPane, type PaneRunRequest, type RunDeps } from '../../src/taskpane/runner';
import { snapshotReference } from '../../src/taskpane/snapshotReference';
import { defaultSettings, parseReplicates, parseSettings } from '../../src/taskpane/settings';
import { previewParse } from '../../src/taskpane/preview';
import { solveInWorker, type WorkerLike } from '../../src/workers/deaClient';
import type { DeaBatch, DeaJob, DeaProgress, DeaSolveRequest, DeaWorkerReply } from '../../src/workers/protocol';
import { progressFraction } from '../../src/workers/protocol';
import { solveDirectly, solveJobs } from '../../src/workers/solveJobs';

// Pupils per million kr.: A 20, B 16.67, C 20, D 15 — so with CRS and pupils alone the scores are
// 1, 0.8333, 1 and 0.75 (each ratio over the best ratio, 20).
const SCHOOLS: CellGrid = {
  sheet: 'Skoler',
  topLeft: 'A1',
  values: [
    ['Inst.nr.', 'Skole', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel'],
    ['1', 'Askeskolen', 1_000_000, 20, 7.1, 3.9],
    ['2', 'Bøgeskolen', 1_500_000, 25, 6.8, 4.0],
    ['3', 'Cedertræskolen', 2_000_000, 40, 7.4, 3.8],
    ['4', 'Danseskolen', 3_000_000, 45, 6.5, 4.1],
  ],
};
const MUNICIPAL: CellGrid = {
  sheet: 'Budget',
  topLeft: 'A1',
  values: [['Kommunekode', 'Serviceområde', 'Nettoudgift (kr.)'], ['791', 'Folkeskole', 742310000]],
};

const parsed = () => previewParse(SCHOOLS, {}, 'da');

describe('DEA choices in the pane', () => {
  it('offers DEA for institutions only and runs key figures otherwise', () => {
    expect(deaAvailable(parsed())).toBe(true);
    const municipal = previewParse(MUNICIPAL, {}, 'da');
    expect(deaAvailable(municipal)).toBe(false);
    expect(runMethod(defaultSettings({ method: 'both' }), municipal)).toBe('keyfigures');
    expect(runMethod(defaultSettings({ method: 'both' }), parsed())).toBe('both');
    // A remembered re-run has no parse yet: the stored method goes as it is.
    expect(runMethod(defaultSettings({ method: 'dea' }), undefined)).toBe('dea');
  });

  it('lists the number columns and ticks cost in, activity and every quality column out by default', () => {
    const columns = deaColumns(parsed());
    expect(columns.map((c) => [c.header, c.role])).toEqual([
      ['Nettoudgift (kr.)', 'cost'], ['Elever', 'activity'], ['Karaktergennemsnit', 'quality'], ['Trivsel', 'quality'],
    ]);
    const keys = columns.map((c) => c.key);
    expect(deaSelection(parsed(), defaultSettings(), 'da')).toEqual({ inputs: [keys[0]], outputs: [keys[1], keys[2], keys[3]] });
  });

  it('moves a ticked column off the other side and reports an empty side', () => {
    const parse = parsed();
    const [cost, pupils, grade, wellbeing] = deaColumns(parse).map((c) => c.key);
    const selection = deaSelection(parse, defaultSettings(), 'da');
    const moved = toggleDeaColumn(selection, 'inputs', wellbeing, true);
    expect(moved).toEqual({ deaInputs: [cost, wellbeing], deaOutputs: [pupils, grade] });
    const cleared = toggleDeaColumn({ inputs: [cost], outputs: [pupils] }, 'outputs', pupils, false);
    expect(cleared).toEqual({ deaInputs: [cost], deaOutputs: [] });
    // An empty side means "the defaults", less any column already on the other side: here none is left.
    const allIn = { deaInputs: [cost, pupils, grade, wellbeing], deaOutputs: [] };
    expect(deaSelection(parse, defaultSettings(allIn), 'da').outputs).toEqual([]);
    expect(deaChoiceError(parse, defaultSettings({ ...allIn, method: 'dea' }), 'da')).toBe('Vælg mindst én ting, der leveres, fx antal elever.');
    expect(deaChoiceError(parse, defaultSettings({ ...allIn, method: 'keyfigures' }), 'da')).toBeUndefined();
    // A remembered column that is gone falls back to the defaults.
    expect(deaSelection(parse, defaultSettings({ deaInputs: [cost], deaOutputs: ['gone'] }), 'da').outputs).toEqual([pupils, grade, wellbeing]);
    expect(deaChoiceFor(parse, defaultSettings({ deaInputs: [cost], deaOutputs: [pupils], rts: 'crs' }), 'da')).toEqual({
      inputs: [cost], outputs: [pupils], rts: 'crs', orientation: 'in', bootstrap: 2000,
    });
  });

  it('offers columns it does not recognise too, and keeps the bootstrap setting within bounds', () => {
    const extra: CellGrid = { ...SCHOOLS, values: SCHOOLS.values.map((row, i) => [...row, i === 0 ? 'Lærerårsværk' : 2 + i]) };
    const parse = previewParse(extra, {}, 'da');
    expect(deaColumns(parse).map((c) => [c.header, c.role])).toContainEqual(['Lærerårsværk', 'figure']);
    expect(parseSettings(JSON.stringify({ ...defaultSettings(), deaBootstrap: 500 })).deaBootstrap).toBe(500);
    expect(parseSettings(JSON.stringify({ ...defaultSettings(), deaBootstrap: -3 })).deaBootstrap).toBe(2000);
    expect(parseSettings(JSON.stringify({ ...defaultSettings(), deaBootstrap: 'many' })).deaBootstrap).toBe(2000);
    expect(parseReplicates('2.000')).toBe(2000);
    expect(parseReplicates('0')).toBe(0);
    expect(parseReplicates('')).toBeUndefined();
  });

  it('says what is missing when a side has no column left', () => {
    const parse = previewParse({ ...SCHOOLS, values: SCHOOLS.values.map((row) => row.slice(0, 3)) }, {}, 'da');
    expect(deaChoiceError(parse, defaultSettings({ method: 'both' }), 'da')).toBe('Vælg mindst én ting, der leveres, fx antal elever.');
    expect(deaChoiceError(parse, defaultSettings({ method: 'both' }), 'en')).toBe('Choose at least one thing that is delivered, e.g. the number of pupils.');
  });
});

const job = (orientation: 'in' | 'out' = 'in'): DeaJob => ({
  X: [[1], [1.5], [2], [3]],
  Y: [[20], [25], [40], [45]],
  rts: 'crs',
  orientation,
});

describe('the worker solve loop', () => {
  it('gives the engine results and reports each run to its last unit', () => {
    const progress: DeaProgress[] = [];
    const { results } = solveJobs({ jobs: [job('in'), job('out')] }, (p) => progress.push(p));
    expect(results.map((r) => r.units.map((u) => u.score))).toEqual([dea(job('in')), dea(job('out'))].map((r) => r.units.map((u) => u.score)));
    [1, 25 / 1.5 / 20, 1, 15 / 20].forEach((score, j) => expect(results[0].units[j].score).toBeCloseTo(score, 9));
    expect(progress.filter((p) => p.run === 1).map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress[progress.length - 1]).toEqual({ run: 2, runs: 2, done: 4, total: 4, kind: 'units' });
    const fractions = progress.map(progressFraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('says a run with no usable unit is finished', () => {
    const progress: DeaProgress[] = [];
    solveJobs({ jobs: [{ ...job(), X: [[Number.NaN], [0]], Y: [[1], [1]] }] }, (p) => progress.push(p));
    expect(progress).toEqual([{ run: 1, runs: 1, done: 0, total: 0, kind: 'units' }]);
  });

  it('runs the bootstrap last, on its baseline run, and counts replicates', () => {
    const progress: DeaProgress[] = [];
    const bootJob = { X: job().X, Y: job().Y, rts: 'crs' as const, orientation: 'in' as const, replicates: 40, seed: 5 };
    const answer = solveJobs({ jobs: [job('in')], bootstrap: { job: bootJob, baseline: 0 } }, (p) => progress.push(p));
    expect(answer.bootstrap?.replicates).toBe(40);
    expect(answer.bootstrap?.units[1].ciLow).toBeLessThan(answer.bootstrap?.units[1].ciHigh as number);
    const last = progress[progress.length - 1];
    expect(last).toEqual({ run: 2, runs: 2, done: 40, total: 40, kind: 'replicates' });
    expect(progress.filter((p) => p.kind === 'replicates').length).toBe(40);
  });
});

/** A Worker that runs solveJobs when told to, or stays silent (to be cancelled). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<DeaWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: boolean) {}
  postMessage(message: DeaSolveRequest): void {
    if (!this.answer) return;
    const send = (reply: DeaWorkerReply) => setTimeout(() => !this.terminated && this.onmessage?.({ data: reply } as MessageEvent<DeaWorkerReply>), 0);
    const answer = solveJobs(message, (p) => send({ type: 'progress', ...p }));
    send({ type: 'done', ...answer });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('solveInWorker', () => {
  it('relays progress, resolves with the results and ends the worker', async () => {
    const worker = new FakeWorker(true);
    const progress: DeaProgress[] = [];
    const { results } = await solveInWorker(() => worker, { jobs: [job()] }, (p) => progress.push(p));
    expect(results[0].units.map((u) => u.score)).toEqual(dea(job()).units.map((u) => u.score));
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when the run is cancelled', async () => {
    const worker = new FakeWorker(false);
    const controller = new AbortController();
    const solving = solveInWorker(() => worker, { jobs: [job()] }, () => undefined, controller.signal);
    controller.abort();
    await expect(solving).rejects.toThrow('DEA solve cancelled');
    expect(worker.terminated).toBe(true);
  });

  it('passes a worker error on', async () => {
    const failing: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage() {
        setTimeout(() => failing.onmessage?.({ data: { type: 'error', message: 'DEA: 1 ids for 4 units' } } as MessageEvent<DeaWorkerReply>), 0);
      },
    };
    await expect(solveInWorker(() => failing, { jobs: [job()] }, () => undefined)).rejects.toThrow('DEA: 1 ids for 4 units');
  });
});

function paneSetUp() {
  const excel = FakeExcel.fromGrids([SCHOOLS]);
  const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
  const deps: RunDeps = { host, loadReference: async () => snapshotReference(), compute: computeLazily, now: () => new Date(Date.UTC(2025, 0, 15)) };
  const parse = previewParse(SCHOOLS, {}, 'da');
  const [cost, pupils] = deaColumns(parse).map((c) => c.key);
  const request: PaneRunRequest = {
    source: { kind: 'range', sheet: 'Skoler', range: 'A1:F5' }, mapping: {}, area: 'folkeskole', referenceSource: 'snapshot',
    baseUrl: 'https://api.statbank.dk/v1', group: { kind: 'all' }, standard: 'median', lang: 'da',
    method: 'both', dea: { inputs: [cost], outputs: [pupils], rts: 'crs', orientation: 'in' },
  };
  return { excel, deps, request };
}

/** A pane run whose DEA is solved in a (fake) worker and cancelled as soon as the solve starts. */
function cancelledDuringSolve(deps: RunDeps, request: PaneRunRequest, inspect: (batch: DeaBatch) => void = () => undefined) {
  const controller = new AbortController();
  const worker = new FakeWorker(false);
  const run = runPane({ ...deps, solveDea: (batch, onProgress, signal) => {
    inspect(batch);
    return solveInWorker(() => worker, batch, onProgress, signal);
  } }, request, {
    signal: controller.signal,
    isCancelled: () => controller.signal.aborted,
    onStage: (stage) => stage === 'computing' && setTimeout(() => controller.abort(), 20),
  });
  return { run, worker };
}

/** Score per school name in the DEA sheet's table (name in column A, score in column B; first row per name). */
function deaScores(excel: FakeExcel, sheet: string): Record<string, number> {
  const cells = excel.sheet(sheet)?.cells ?? new Map();
  const scores: Record<string, number> = {};
  for (const [address, cell] of cells) {
    const match = /^A(\d+)$/.exec(address);
    const score = match ? cells.get(`B${match[1]}`)?.value : undefined;
    if (match && typeof cell.value === 'string' && typeof score === 'number' && !(cell.value in scores)) scores[cell.value] = score;
  }
  return scores;
}

describe('a pane run with DEA', () => {
  it('solves through the injected solver with progress and writes the DEA sheet', async () => {
    const { excel, deps, request } = paneSetUp();
    const progress: DeaProgress[] = [];
    const result = await runPane({ ...deps, solveDea: solveDirectly }, request, { onDeaProgress: (p) => progress.push(p) });
    expect(result.sheets.map((sheet) => sheet.name)).toContain('DEA – Folkeskole');
    const scores = deaScores(excel, 'DEA – Folkeskole');
    expect(scores.Askeskolen).toBeCloseTo(1, 9);
    expect(scores['Bøgeskolen']).toBeCloseTo(25 / 1.5 / 20, 9);
    expect(scores.Cedertræskolen).toBeCloseTo(1, 9);
    expect(scores.Danseskolen).toBeCloseTo(0.75, 9);
    // Primary, super-efficiency ranking and the output-oriented run: three engine runs.
    expect(progress[progress.length - 1]).toEqual({ run: 3, runs: 3, done: 4, total: 4, kind: 'units' });
  });

  it('writes the same sheets as the engine run in the compute step itself', async () => {
    const viaSolver = paneSetUp();
    const inline = paneSetUp();
    await runPane({ ...viaSolver.deps, solveDea: solveDirectly }, viaSolver.request);
    await runPane(inline.deps, inline.request);
    const dump = (excel: FakeExcel) => excel.sheets.map((s) => [s.name, Object.fromEntries([...s.cells].map(([k, c]) => [k, c.formula ?? c.value]))]);
    expect(dump(viaSolver.excel)).toEqual(dump(inline.excel));
  });

  it('runs the bootstrap in the solver after the engine runs, with replicate progress and a line for the results', async () => {
    const { excel, deps, request } = paneSetUp();
    const progress: DeaProgress[] = [];
    const withBootstrap = { ...request, dea: { ...request.dea!, bootstrap: 100 } };
    const result = await runPane({ ...deps, solveDea: solveDirectly }, withBootstrap, { onDeaProgress: (p) => progress.push(p) });
    expect(progress[progress.length - 1]).toEqual({ run: 4, runs: 4, done: 100, total: 100, kind: 'replicates' });
    expect(result.dea?.bootstrap).toMatchObject({ replicates: 100 });
    expect(result.dea!.bootstrap!.below).toBeGreaterThan(0);
    const cells = excel.sheet('DEA – Folkeskole')?.cells;
    expect([...(cells?.values() ?? [])].some((c) => c.value === '95 %-interval fra')).toBe(true);
  });

  it('a cancel during the bootstrap ends the run as cancelled and writes nothing', async () => {
    const { excel, deps, request } = paneSetUp();
    const withBootstrap = { ...request, dea: { ...request.dea!, bootstrap: 2000 } };
    const { run, worker } = cancelledDuringSolve(deps, withBootstrap, (batch) => expect(batch.bootstrap?.job.replicates).toBe(2000));
    await expect(run).rejects.toBeInstanceOf(RunCancelled);
    expect(worker.terminated).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Skoler']);
  });

  it('skips the solver for key figures only', async () => {
    const { excel, deps, request } = paneSetUp();
    const solveDea = jest.fn(solveDirectly);
    const result = await runPane({ ...deps, solveDea }, { ...request, method: 'keyfigures' });
    expect(solveDea).not.toHaveBeenCalled();
    expect(result.sheets).not.toContain('DEA – Folkeskole');
    expect(excel.sheet('DEA – Folkeskole')).toBeUndefined();
  });

  it('a cancel during the solve ends the run as cancelled and writes nothing', async () => {
    const { excel, deps, request } = paneSetUp();
    const { run, worker } = cancelledDuringSolve(deps, request);
    await expect(run).rejects.toBeInstanceOf(RunCancelled);
    expect(worker.terminated).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Skoler']);
  });
});
