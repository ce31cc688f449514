// A pane run against the recording fake, with the real engine and the snapshot.
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { loadSnapshot } from '../../src/reference';
import { computeReport } from '../../src/taskpane/compute';
import { pinnedSource, RunCancelled, runPane, stagesFor, type PaneRunRequest, type RunDeps, type Stage } from '../../src/taskpane/runner';
import { snapshotReference } from '../../src/taskpane/snapshotReference';

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
  it('goes through its stages, writes the report and reports what the engine computed', async () => {
    const { excel, deps, request } = setUp();
    const stages: Stage[] = [];
    const result = await runPane(deps, request, { onStage: (stage) => stages.push(stage) });
    // The snapshot needs no fetching: "Henter tal fra Danmarks Statistik" shows only when it does.
    expect(stages).toEqual(['reading', 'computing', 'writing']);
    expect(stagesFor('snapshot')).toEqual(stages);
    expect(result.written).toBe(true);
    expect(result.sheets).toContainEqual({ name: 'Overblik', role: 'overview' });
    expect(result.sheets).toContainEqual({ name: 'Potentialer', role: 'potentials' });
    expect(result.level).toBe('municipality');
    expect(result.period).toBe('2024');
    expect(result.grid.values).toEqual(BUDGET.values);
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

  it('fetches only on a live run', async () => {
    const { deps, request } = setUp();
    const stages: Stage[] = [];
    await runPane(deps, { ...request, referenceSource: 'live' }, { onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['reading', 'fetching', 'computing', 'writing']);
  });

  it('names each written sheet with its role, so the pane can show the Prioritering sheet', async () => {
    const { deps, request } = setUp();
    const compute = deps.compute;
    deps.compute = async (grid, runRequest, solve) => {
      const output = await compute(grid, runRequest, solve);
      const report = output.report;
      if (!report) return output;
      // A report with a prioritisation sheet, as the report gains one.
      const extra = { ...report.sheets[0], name: 'Prioritering', role: 'prioritisation' as const, tables: [], charts: [] };
      return { ...output, report: { ...report, sheets: [...report.sheets, extra] } };
    };
    const result = await runPane(deps, request);
    expect(result.sheets.find((sheet) => sheet.role === 'prioritisation')?.name).toBe('Prioritering');
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

describe('English sheet names', () => {
  it('use the area\'s short name, never a long name cut mid-phrase', async () => {
    const schools = {
      sheet: 'Skoler', topLeft: 'A1',
      values: [['Inst.nr.', 'Skole', 'Nettoudgift (kr.)', 'Elever', 'Trivsel'], ['1', 'A', 1_000_000, 10, 4], ['2', 'B', 2_400_000, 30, 3.9], ['3', 'C', 1_500_000, 12, 4.1], ['4', 'D', 2_000_000, 25, 3.8]],
    };
    const excel = FakeExcel.fromGrids([schools]);
    const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0], { lang: 'en' });
    const deps: RunDeps = { host, loadReference: async () => snapshotReference(), compute: async (grid, request) => computeReport(grid, request) };
    const result = await runPane(deps, {
      source: { kind: 'range', sheet: 'Skoler' }, mapping: {}, referenceSource: 'snapshot', baseUrl: '', group: { kind: 'all' }, standard: 'median',
      lang: 'en', area: 'folkeskole', method: 'both', dea: { inputs: [], outputs: [], rts: 'vrs', orientation: 'in' },
    });
    const names = result.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Benchmark – Schools', 'DEA – Schools']));
    expect(names.every((name) => name.length <= 31)).toBe(true);
  });
});

describe('pinnedSource', () => {
  it('turns a selection into the range it covered and leaves tables alone', () => {
    const grid = { sheet: 'Mine tal', topLeft: 'B4', values: [[1, 2, 3], [4, 5, 6]] };
    expect(pinnedSource({ kind: 'selection' }, grid)).toEqual({ kind: 'range', sheet: 'Mine tal', range: 'B4:D5' });
    expect(pinnedSource({ kind: 'table', name: 'T' }, grid)).toEqual({ kind: 'table', name: 'T' });
    expect(pinnedSource({ kind: 'selection' }, { ...grid, values: [['x']] })).toEqual({ kind: 'range', sheet: 'Mine tal', range: 'B4' });
  });
});
