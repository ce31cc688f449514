// A pane run against the recording fake, with the real engine and the snapshot.
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { loadSnapshot } from '../../src/reference';
import { computeReport } from '../../src/taskpane/compute';
import { pinnedSource, RunCancelled, runPane, snapshotReference, type PaneRunRequest, type RunDeps, type Stage } from '../../src/taskpane/runner';

const BUDGET = {
  sheet: 'Budget',
  topLeft: 'A1',
  values: [
    ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (kr.)'],
    ['791', 'Viborg', 'Folkeskole', 742310000],
    ['791', 'Viborg', 'Dagtilbud', 305960000],
  ],
};

function setUp() {
  const excel = FakeExcel.fromGrids([BUDGET]);
  excel.selection = { sheet: 'Budget', address: 'A1:D3' };
  const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
  const deps: RunDeps = {
    host,
    loadReference: async () => snapshotReference(),
    compute: async (grid, request) => computeReport(grid, request),
    now: () => new Date(Date.UTC(2025, 0, 15)),
  };
  const request: PaneRunRequest = {
    source: { kind: 'selection' }, mapping: {}, referenceSource: 'snapshot', baseUrl: 'https://api.statbank.dk/v1',
    group: { kind: 'all' }, standard: 'median', lang: 'da',
  };
  return { excel, deps, request };
}

describe('runPane', () => {
  it('goes through the four stages, writes the report and reports what the engine computed', async () => {
    const { excel, deps, request } = setUp();
    const stages: Stage[] = [];
    const result = await runPane(deps, request, { onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['reading', 'fetching', 'computing', 'writing']);
    expect(result.written).toBe(true);
    expect(result.sheets).toContain('Overblik');
    expect(excel.sheet('Overblik')).toBeDefined();
    expect(result.source).toEqual({ kind: 'range', sheet: 'Budget', range: 'A1:D3' });

    const engine = benchmarkGrid({ ...BUDGET, hiddenRows: [false, false, false] }, { reference: loadSnapshot(), group: { kind: 'all' }, standard: 'median' });
    const expected = Object.fromEntries(engine.results.flatMap((r) => r.units.map((u) => [u.unitId, u.potential])));
    expect(result.potentials).toEqual(expected);
    const largest = Math.max(...Object.values(expected));
    expect(result.top[0]?.potential ?? 0).toBe(largest);
    expect(result.reference).toEqual({ origin: 'snapshot', asOf: loadSnapshot().builtAt, fellBack: false });
  });

  it('stops between stages when cancelled and writes nothing', async () => {
    const { excel, deps, request } = setUp();
    let cancelled = false;
    const run = runPane(deps, request, {
      onStage: (stage) => {
        if (stage === 'computing') cancelled = true;
      },
      isCancelled: () => cancelled,
    });
    await expect(run).rejects.toBeInstanceOf(RunCancelled);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Budget']);
  });

  it('writes nothing when the figures cannot be computed', async () => {
    const { excel, deps, request } = setUp();
    excel.selection = { sheet: 'Budget', address: 'A1:B3' };
    const result = await runPane(deps, request);
    expect(result.written).toBe(false);
    expect(result.sheets).toEqual([]);
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Budget']);
  });

  it('passes a fallback reason on to the method sheet', async () => {
    const { excel, deps, request } = setUp();
    const snapshot = await snapshotReference();
    deps.loadReference = async () => ({ ...snapshot, status: { ...snapshot.status, fellBack: true, reason: 'StatBank svarede ikke' } });
    const result = await runPane(deps, { ...request, referenceSource: 'live' });
    expect(result.reference.reason).toBe('StatBank svarede ikke');
    const method = excel.sheets.find((s) => /Metode/.test(s.name));
    const texts = [...(method?.cells.values() ?? [])].map((c) => String(c.value ?? ''));
    expect(texts.some((text) => text.includes('StatBank svarede ikke'))).toBe(true);
  });
});

describe('pinnedSource', () => {
  it('turns a selection into the range it covered and leaves tables alone', () => {
    const grid = { sheet: 'Mine tal', topLeft: 'B4', values: [[1, 2, 3], [4, 5, 6]] };
    expect(pinnedSource({ kind: 'selection' }, grid)).toEqual({ kind: 'range', sheet: 'Mine tal', range: 'B4:D5' });
    expect(pinnedSource({ kind: 'table', name: 'T' }, grid)).toEqual({ kind: 'table', name: 'T' });
  });
});
