// Excel failing under a run, at every sync it makes: the recording fake fails the n-th
// context.sync half-way through its operations, for every n of a run. Whatever n is, the sheets
// this run had written are gone again, every user cell is as it was, and the pane's runner says
// what happened in words.
import { ExcelWorkbookHost } from '../../../src/hosts/excel';
import { FakeExcel } from '../../../src/hosts/excel/fake';
import { parseRegistryRows, REGISTRY_SHEET } from '../../../src/hosts/common/registry';
import { HostError } from '../../../src/hosts/types';
import { computeReport } from '../../../src/taskpane/compute';
import { runPane, type PaneRunRequest, type RunDeps } from '../../../src/taskpane/runner';
import { snapshotReference } from '../../../src/taskpane/snapshotReference';
import { fakeCells } from '../../support/workbookSnapshot';

const BUDGET = {
  sheet: 'Budget 2025',
  topLeft: 'A1',
  values: [
    ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (kr.)'],
    [791, 'Viborg', 'Folkeskole', 742310000],
    [791, 'Viborg', 'Dagtilbud', 305960000],
    [791, 'Viborg', 'Ældrepleje', 610200000],
  ],
};
const NOTES = { sheet: 'Noter', topLeft: 'B2', values: [['Mine noter', '=SUM(1,2)'], [1, 2]] };

function workbook(): FakeExcel {
  const excel = FakeExcel.fromGrids([BUDGET, NOTES], [{ name: 'Budget', sheet: 'Budget 2025', range: 'A1:D4' }]);
  excel.selection = { sheet: 'Budget 2025', address: 'A1:D4' };
  return excel;
}

function deps(excel: FakeExcel): RunDeps {
  return {
    host: new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]),
    loadReference: async () => snapshotReference(),
    compute: async (grid, request) => computeReport(grid, request),
    now: () => new Date(Date.UTC(2025, 0, 15)),
  };
}

const REQUEST: PaneRunRequest = {
  source: { kind: 'table', name: 'Budget' }, mapping: {}, referenceSource: 'snapshot', baseUrl: 'https://api.statbank.dk/v1',
  group: { kind: 'all' }, standard: 'median', lang: 'da',
};

const MESSAGES = [
  /^Cellerne kunne ikke læses fra Excel: Injected failure of sync \d+$/,
  /^Excel svarede med en fejl, mens dine tal blev læst \(GeneralException: Injected failure of sync \d+\)\. Intet er skrevet/,
  /^Excel svarede med en fejl, før rapporten blev skrevet \(GeneralException: Injected failure of sync \d+\)\. Intet er skrevet/,
  /^Excel afviste at skrive rapporten \(GeneralException: Injected failure of sync \d+\)\. De ark, der nåede at blive oprettet, er fjernet igen, og dine egne ark er ikke rørt\.$/,
  /^Excel afviste at skrive rapporten \(GeneralException: Injected failure of sync \d+\)\. De ark, der nåede at blive oprettet, er fjernet igen, og dine egne ark er ikke rørt\. Arkene .* fra den forrige kørsel nåede at blive slettet; kør igen for at få rapporten tilbage\.$/,
];

/** The registry's own-sheet list, read the way the hosts read it. */
function registered(excel: FakeExcel): string[] | undefined {
  const sheet = excel.sheet(REGISTRY_SHEET);
  if (!sheet) return undefined;
  const rows: unknown[][] = [];
  for (let row = 1; excel.cell(REGISTRY_SHEET, `A${row}`); row++) rows.push([excel.content(REGISTRY_SHEET, `A${row}`), excel.content(REGISTRY_SHEET, `B${row}`)]);
  const registry = parseRegistryRows(rows);
  if (!registry) throw new Error('The registry sheet cannot be read');
  return registry.sheets.map((sheet) => sheet.name);
}

async function cleanRun(prepare: (excel: FakeExcel) => Promise<void>): Promise<{ syncs: number; after: ReturnType<typeof fakeCells> }> {
  const excel = workbook();
  await prepare(excel);
  const before = excel.syncCount;
  await runPane(deps(excel), REQUEST);
  return { syncs: excel.syncCount - before, after: fakeCells(excel) };
}

describe.each([
  ['a first run', async () => undefined],
  ['a re-run over an earlier report', async (excel: FakeExcel) => void (await runPane(deps(excel), REQUEST))],
])('a sync that fails during %s', (_name, prepare) => {
  let total = 0;
  let clean: ReturnType<typeof fakeCells> = {};
  beforeAll(async () => {
    const run = await cleanRun(prepare);
    total = run.syncs;
    clean = run.after;
  });

  it('is tried at every sync of the run (a read and a write at least)', () => {
    expect(total).toBeGreaterThanOrEqual(2);
  });

  // Half-way through each sync; then at its first and last operation; then at each of the last
  // operations of each sync, where the report is swapped in and the registry rewritten.
  const WHERE: { fraction?: number; fromEnd?: number }[] = [
    { fraction: 0.5 }, { fraction: 0 }, { fraction: 1 },
    ...Array.from({ length: 14 }, (_, i) => ({ fromEnd: i + 2 })),
  ];
  it.each(WHERE)('leaves the workbook as it was and says what happened, whichever sync fails (%o)', async ({ fraction, fromEnd }) => {
    const outcomes: string[] = [];
    for (let n = 1; n <= total; n++) {
      const excel = workbook();
      await prepare(excel);
      const before = fakeCells(excel);
      excel.failSyncAt = excel.syncCount + n;
      if (fraction !== undefined) excel.failSyncFraction = fraction;
      excel.failSyncFromEnd = fromEnd;
      const error = await runPane(deps(excel), REQUEST).then(
        () => undefined,
        (e: unknown) => e,
      );
      // The host writes once more after a write it rolled back (the workbook may have changed
      // under it); when that succeeds, the workbook is exactly what a run without the fault gives.
      if (error === undefined) {
        expect(fakeCells(excel)).toEqual(clean);
        outcomes.push('recovered');
        continue;
      }
      expect(error).toBeInstanceOf(HostError);
      const message = (error as Error).message;
      if (!MESSAGES.some((pattern) => pattern.test(message))) throw new Error(`sync ${n}: ${message}`);
      // No sheet added; every user sheet cell for cell. An earlier report's sheets are either still
      // there, whole, or gone (a failure while it was being replaced), and the registry lists
      // exactly those that are there, so the next run can replace them.
      const after = fakeCells(excel);
      const ownBefore = registered(excel) === undefined && before[REGISTRY_SHEET] === undefined ? [] : Object.keys(before).filter((name) => !['Budget 2025', 'Noter', REGISTRY_SHEET].includes(name));
      for (const name of ['Budget 2025', 'Noter']) expect(after[name]).toEqual(before[name]);
      for (const name of Object.keys(after).filter((name) => name !== REGISTRY_SHEET)) expect(after[name]).toEqual(before[name]);
      const surviving = ownBefore.filter((name) => after[name] !== undefined);
      expect(registered(excel) ?? []).toEqual(surviving);
      if (surviving.length === ownBefore.length) expect(after).toEqual(before);
      outcomes.push(message.slice(0, 30));
    }
    expect(outcomes).toHaveLength(total);
  });
});

describe('a write that keeps failing', () => {
  it.each([['the first new sheet', /^worksheets\.add ~pm-1/], ['the renames of the swap', /\.name=/]])('at %s: nothing is left behind and the pane says so', async (_where, label) => {
    const excel = workbook();
    await runPane(deps(excel), REQUEST);
    const before = fakeCells(excel);
    excel.failWhen = (op) => (label.test(op) ? 'GeneralException' : undefined);
    const error = await runPane(deps(excel), REQUEST).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    const message = (error as Error).message.replace(/Injected failure at [^)]*/, "Injected failure of sync 1");
    if (!MESSAGES.some((pattern) => pattern.test(message))) throw new Error(message);
    const after = fakeCells(excel);
    for (const name of ['Budget 2025', 'Noter']) expect(after[name]).toEqual(before[name]);
    const own = registered(excel) ?? [];
    expect(Object.keys(after).filter((name) => !['Budget 2025', 'Noter', REGISTRY_SHEET].includes(name)).sort()).toEqual([...own].sort());
  });
});
