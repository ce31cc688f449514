// The CLI's live path area by area, against local StatBanks on 127.0.0.1: an area whose query
// tableinfo rejects or whose request fails gets its own message while the others come live; --area
// fetches only what it needs; --deadline bounds the wait; every dataset is named with table,
// period and fetch time; refresh-snapshot never overwrites a file unless --out says so.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as cli } from '../support/cli';
import { newSnapshotPath } from '../../src/cli/reference';
import { startSyntheticStatbank, type SyntheticStatbank } from '../support/syntheticStatbank';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommune-budget.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-live-areas-'));

async function sheetText(path: string, sheet: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts.join('\n');
}

const benchmark = (statbank: SyntheticStatbank, name: string, extra: string[] = []) => [
  'benchmark', EXAMPLE, '--reference', 'live', '--base-url', statbank.baseUrl, '--cache-dir', join(dir, `cache-${name}`),
  '--year', '2024', '--out', join(dir, `${name}.xlsx`), ...extra,
];

describe('pejlemaerke benchmark --reference live, area by area', () => {
  let statbank: SyntheticStatbank;
  beforeAll(async () => {
    statbank = await startSyntheticStatbank();
  });
  afterAll(async () => statbank.close());
  afterEach(() => statbank.clearFaults());

  it('one area\'s failing query costs that area alone; its sheet and Overblik say so, with the measure it uses', async () => {
    // Day care's REGK31 query (5.25.14) fails with a DST error in a 200 answer; the rest answer.
    statbank.inject({ kind: 'dstError200', code: 'EXTRACT-NOTALLOWED', message: 'Udtræk ikke tilladt lige nu' }, { pathPrefix: '/v1/data/REGK31', param: 'FUNKTION', value: '52514' });
    const result = await cli([...benchmark(statbank, 'daycare-fails'), '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    const areas = Object.fromEntries(summary.reference.areas.map((a: { area: string }) => [a.area, a]));
    // The run measures per inhabitant, as the snapshot does: the fallback changes the source, not the measure.
    expect(areas.dagtilbud).toMatchObject({ origin: 'snapshot', fellBack: true, measure: null });
    expect(areas.dagtilbud.reason).toContain('Udtræk ikke tilladt lige nu');
    expect(areas.folkeskole).toMatchObject({ origin: 'live', fellBack: false });
    expect(summary.reference).toMatchObject({ origin: 'live', fellBack: true });
    // Units: day care against the snapshot (which holds 5.25.14 of it), schools live per inhabitant.
    const unit = (area: string) => summary.units.find((u: { area: string }) => u.area === area);
    // The snapshot holds 5.25.14 of day care (5.25.xx), and the unit says so.
    expect(unit('dagtilbud').unit).toBe('kr. pr. indbygger, kun 5.25.14');
    expect(unit('folkeskole').unit).toBe('kr. pr. indbygger');
    // Every dataset named with table, period, origin and fetch time.
    const daycareSets = summary.reference.datasets.filter((d: { id: string }) => d.id === 'regk31.52514.indl.2024');
    expect(daycareSets).toEqual([expect.objectContaining({ table: 'REGK31', period: '2024', origin: 'snapshot' })]);
    expect(summary.reference.datasets.find((d: { id: string }) => d.id === 'live.folkeskole.per-6-16.2024')).toMatchObject({ origin: 'live', period: '2024' });
    // NGLK compares only what came live.
    expect(summary.reference.crossChecks.map((c: { area: string }) => c.area)).not.toContain('dagtilbud');

    const overview = await sheetText(join(dir, 'daycare-fails.xlsx'), 'Overblik');
    expect(overview).toContain('Dagtilbud: ikke hentet live.');
    // Live and snapshot both measure per inhabitant, so no change of measure to warn about.
    expect(overview).not.toContain('måles ikke som live');
    const daycareSheet = await sheetText(join(dir, 'daycare-fails.xlsx'), 'Benchmark – Dagtilbud');
    expect(daycareSheet).toMatch(/REGK31 \(2016–2024\): data fra .*, ikke hentet live/);
    expect(daycareSheet).toContain('kr. pr. indbygger, kun 5.25.14');
    const schoolSheet = await sheetText(join(dir, 'daycare-fails.xlsx'), 'Benchmark – Folkeskole');
    expect(schoolSheet).toMatch(/(?<!ikke )hentet live/);
    expect(schoolSheet).not.toContain('ikke hentet live');
  });

  it('prints each dataset\'s table, period and fetch time, and the warning, in the terminal', async () => {
    statbank.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/data/REGK31', param: 'FUNKTION', value: '52514' });
    const result = await cli(benchmark(statbank, 'terminal'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Referencedata: hentet live fra Danmarks Statistik for en del af områderne');
    expect(result.stdout).toMatch(/\n {2}REGK31 2021–2024: hentet live \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2} UTC \(\d+ datasæt\)/);
    // Day care falls back with every year the snapshot has (5.25.14, 2016–2024), for its trend.
    expect(result.stdout).toMatch(/\n {2}REGK31 2016–2024: øjebliksbillede, data fra 02\.12\.2026 \(9 datasæt\)/);
    expect(result.stdout).toMatch(/\n {2}FOLK1A 2024K3: hentet live/);
    expect(result.stdout).toContain('ADVARSEL: Dagtilbud: ikke hentet live.');
  });

  it('--area fetches only what that area needs', async () => {
    const before = statbank.requests.length;
    const result = await cli([...benchmark(statbank, 'one-area', ['--area', 'folkeskole']), '--json']);
    expect(result.code).toBe(0);
    const requests = statbank.requests.slice(before).map(decodeURIComponent);
    const data = requests.filter((r) => r.startsWith('/v1/data/'));
    // Per age band (for NGLK) and per inhabitant (the run's measure), both for 3.22.01 alone.
    expect(data.filter((r) => r.startsWith('/v1/data/REGK31/'))).toEqual([
      expect.stringContaining('FUNKTION=32201&DRANST=1,2&'), expect.stringContaining('FUNKTION=32201&DRANST=1&ART=TOT&PRISENHED=INDL'),
    ]);
    expect(data.filter((r) => r.startsWith('/v1/data/FOLK1A/'))).toEqual([
      expect.stringContaining('ALDER=6,7,8,9,10,11,12,13,14,15,16&'), expect.stringContaining('ALDER=IALT&'),
    ]);
    const summary = JSON.parse(result.stdout);
    expect(summary.reference.areas.map((a: { area: string }) => a.area)).toEqual(['folkeskole']);
  });

  it('--deadline bounds the wait: StatBank hangs, the run falls back when the deadline passes', async () => {
    statbank.inject({ kind: 'hang' }, { pathPrefix: '/v1/' });
    const started = Date.now();
    const result = await cli([...benchmark(statbank, 'deadline', ['--deadline', '1']), '--json']);
    const waited = Date.now() - started;
    expect(result.code).toBe(0);
    expect(waited).toBeLessThan(8000);
    const summary = JSON.parse(result.stdout);
    expect(summary.reference).toMatchObject({ origin: 'snapshot', fellBack: true });
    expect(summary.reference.reason).toContain('inden kørslens tidsgrænse på 1 sekunder var brugt');
  });

  it('refuses a deadline that is not a number of seconds', async () => {
    const result = await cli(benchmark(statbank, 'bad-deadline', ['--deadline', 'snart']));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--deadline skal være et antal sekunder');
  });
});

describe('an area whose query REGK31\'s tableinfo rejects', () => {
  it('gets its own message in the terminal; the other areas come live', async () => {
    const narrow = await startSyntheticStatbank({ omitFunctions: ['64550', '64551'] });
    try {
      const result = await cli([...benchmark(narrow, 'narrow'), '--json']);
      expect(result.code).toBe(0);
      const summary = JSON.parse(result.stdout);
      const admin = summary.reference.areas.find((a: { area: string }) => a.area === 'administration');
      // Administration (6.45.51) falls back to the snapshot's figures; every other area comes live.
      expect(admin).toMatchObject({ origin: 'snapshot', fellBack: true });
      expect(admin.reason).toContain('Variablen FUNKTION i tabellen REGK31 har ingen værdi "64551"');
      expect(summary.reference.areas.filter((a: { fellBack: boolean }) => !a.fellBack)).toHaveLength(summary.reference.areas.length - 1);
      expect(summary.units).toHaveLength(5);
      expect(summary.units.every((u: { keyFigure: number | null }) => u.keyFigure !== null)).toBe(true);
    } finally {
      await narrow.close();
    }
  });
});

describe('pejlemaerke refresh-snapshot', () => {
  it('writes to a new file by default, never over an earlier one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pejlemaerke-refresh-new-'));
    const day = new Date('2026-12-02T08:00:00Z');
    const first = newSnapshotPath(day, folder);
    expect(first).toBe(join(folder, 'snapshot-2026-12-02.json'));
    writeFileSync(first, '{}');
    expect(newSnapshotPath(day, folder)).toBe(join(folder, 'snapshot-2026-12-02-2.json'));
  });

  it('without --out, leaves the bundled snapshot alone and writes out/snapshot-<date>.json', async () => {
    const statbank = await startSyntheticStatbank();
    const cwd = process.cwd();
    const folder = mkdtempSync(join(tmpdir(), 'pejlemaerke-refresh-cwd-'));
    try {
      process.chdir(folder);
      const result = await cli(['refresh-snapshot', '--base-url', statbank.baseUrl, '--year', '2024', '--cache-dir', join(folder, 'cache')]);
      expect(result.code).toBe(0);
      const written = readdirSync(join(folder, 'out'));
      expect(written).toEqual([expect.stringMatching(/^snapshot-\d{4}-\d{2}-\d{2}\.json$/)]);
      expect(result.stdout).toContain(join(folder, 'out', written[0]));
      // A second refresh the same day gets its own file.
      const again = await cli(['refresh-snapshot', '--base-url', statbank.baseUrl, '--year', '2024', '--cache-dir', join(folder, 'cache')]);
      expect(again.code).toBe(0);
      expect(readdirSync(join(folder, 'out')).sort()).toHaveLength(2);
      expect(existsSync(join(folder, 'out', written[0]))).toBe(true);
    } finally {
      process.chdir(cwd);
      await statbank.close();
    }
  });
});
