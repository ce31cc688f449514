// A run from the pane reads and writes the workbook in at most 3 context.sync calls in all,
// counted by the recording fake: readForRun reads the figures and the workbook's state in one, the
// write reuses that state (one sync per 4 MB of sheets). Listing the workbook's tables is not part
// of a run: the pane does it when the data step is shown, not after every run.
import { ExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';
import type { CellGrid } from '../../src/core/types';
import { computeReport } from '../../src/taskpane/compute';
import { runPane, type PaneRunRequest, type RunDeps } from '../../src/taskpane/runner';
import { snapshotReference } from '../../src/taskpane/snapshotReference';

const MAX_SYNCS = 3;

function schools(count: number): CellGrid {
  const values: CellGrid['values'] = [['Inst.nr.', 'Skole', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel']];
  for (let i = 0; i < count; i++) {
    const pupils = 150 + ((i * 37) % 500);
    values.push([String(280000 + i), `Skole ${i + 1}`, pupils * (60000 + ((i * 7919) % 30000)), pupils, 6 + ((i * 13) % 30) / 10, 3.5 + ((i * 17) % 10) / 10]);
  }
  return { sheet: 'Skoler', topLeft: 'A1', values };
}

const BUDGET: CellGrid = {
  sheet: 'Budget 2025',
  topLeft: 'A1',
  values: [
    ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)'],
    ['791', 'Viborg', 'Folkeskole', 742310],
    ['791', 'Viborg', 'SFO', 31870],
    ['791', 'Viborg', 'Dagtilbud', 305960],
    ['791', 'Viborg', 'Ældrepleje', 421450],
    ['791', 'Viborg', 'Hjemmesygepleje', 149880],
  ],
};

async function syncsOfRun(grid: CellGrid, request: Partial<PaneRunRequest>, before?: (host: ExcelWorkbookHost) => Promise<unknown>): Promise<number> {
  const excel = FakeExcel.fromGrids([grid]);
  const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
  if (before) await before(host);
  const deps: RunDeps = { host, loadReference: async () => snapshotReference(), compute: async (g, r) => computeReport(g, r) };
  const start = excel.syncLog.length;
  const result = await runPane(deps, {
    source: { kind: 'range', sheet: grid.sheet }, mapping: {}, referenceSource: 'snapshot', baseUrl: 'https://api.statbank.dk/v1',
    group: { kind: 'all' }, standard: 'median', lang: 'da', ...request,
  });
  expect(result.written).toBe(true);
  return excel.syncLog.length - start;
}

const counted: string[] = [];

describe('round trips of a pane run', () => {
  afterAll(() => console.log(`context.sync calls per pane run (recording fake):\n${counted.join('\n')}`));

  it('a budget run reads in one sync and writes in one', async () => {
    const syncs = await syncsOfRun(BUDGET, {});
    counted.push(`budget (5 rows): ${syncs}`);
    expect(syncs).toBe(2);
  });

  it.each([25, 3000])(`%i institutions: at most ${MAX_SYNCS} syncs, also on a re-run over the first run's sheets`, async (count) => {
    const grid = schools(count);
    const request = { area: 'folkeskole' };
    const syncs = await syncsOfRun(grid, request);
    expect(syncs).toBeLessThanOrEqual(MAX_SYNCS);
    let first: ExcelWorkbookHost | undefined;
    const again = await syncsOfRun(grid, request, async (host) => {
      first = host;
      const deps: RunDeps = { host, loadReference: async () => snapshotReference(), compute: async (g, r) => computeReport(g, r) };
      await runPane(deps, {
        source: { kind: 'range', sheet: grid.sheet }, mapping: {}, referenceSource: 'snapshot', baseUrl: '', group: { kind: 'all' }, standard: 'median', lang: 'da', area: 'folkeskole',
      });
    });
    expect(first).toBeDefined();
    expect(again).toBeLessThanOrEqual(MAX_SYNCS);
    counted.push(`${count} institutions: first run ${syncs}, re-run ${again}`);
  }, 120_000);
});
