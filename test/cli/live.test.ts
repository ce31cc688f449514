// The CLI with live semantics against a local StatBank: the first run fetches (one request per
// table plus its tableinfo), a second run makes no requests at all, and when the service fails the
// run falls back to the snapshot and says so on the result sheets.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { longDate } from '../../src/report/format';
import { startSyntheticStatbank, type SyntheticStatbank } from '../support/syntheticStatbank';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommune-budget.xlsx');

async function runJson(args: string[]) {
  const { code, stdout, stderr } = await runCli(args);
  return { code, stderr, summary: code <= 1 ? JSON.parse(stdout) : undefined };
}

async function allText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
  return texts.join('\n');
}

describe('pejlemaerke benchmark --reference live against a local StatBank', () => {
  let statbank: SyntheticStatbank;
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-live-'));
  const cacheDir = join(dir, 'cache');

  beforeAll(async () => {
    statbank = await startSyntheticStatbank();
  });
  afterAll(async () => statbank.close());

  const args = (out: string, cache = cacheDir) => [
    'benchmark', EXAMPLE, '--reference', 'live', '--base-url', statbank.baseUrl, '--cache-dir', cache, '--year', '2024', '--out', out, '--json',
  ];

  it('fetches live on the first run: one tableinfo per table, REGK31 and FOLK1A twice (per band, per inhabitant), NGLK once', async () => {
    const out = join(dir, 'live-1.xlsx');
    const result = await runJson(args(out));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.summary.reference).toMatchObject({ origin: 'live', fellBack: false, requests: 8 });
    for (const [table, count] of [['REGK31', 2], ['FOLK1A', 2], ['NGLK', 1]] as const) {
      expect(statbank.requests.filter((r) => r.startsWith(`/v1/data/${table}`))).toHaveLength(count);
      expect(statbank.requests.filter((r) => r.startsWith(`/v1/tableinfo/${table}`))).toHaveLength(1);
    }
    // The run's measure is DST's own figure per inhabitant (PRISENHED INDL), as the snapshot's.
    expect(statbank.requests.map(decodeURIComponent).some((r) => r.startsWith('/v1/data/REGK31/') && r.includes('PRISENHED=INDL'))).toBe(true);
    // DST's own key figures are compared with ours and the disagreement is named, not hidden.
    const elderly = result.summary.reference.crossChecks.find((c: { area: string }) => c.area === 'aeldre');
    expect(elderly).toMatchObject({ status: 'compared', compared: 98, disagreements: 1 });
    expect(result.summary.units).toHaveLength(5);
    // Per inhabitant, the example's own count of inhabitants is the denominator, and the figures compare.
    const school = result.summary.units.find((u: { area: string }) => u.area === 'folkeskole');
    expect(school.activitySource).toBe('user');
    expect(school.unit).toBe('kr. pr. indbygger');
    expect(school.keyFigure / school.distribution.median).toBeGreaterThan(0.5);
    expect(school.keyFigure / school.distribution.median).toBeLessThan(2);
    expect(school.trend.points.map((p: { period: string }) => p.period)).toEqual(['2021', '2022', '2023', '2024']);
    expect(result.summary.areas.find((a: { area: string }) => a.area === 'folkeskole').measureMismatch).toBeNull();
    expect(result.summary.problems.some((p: { code: string }) => p.code === 'pipeline.activity.otherDenominator')).toBe(false);
    const text = await allText(out);
    expect(text).toContain('hentet live');
    expect(text).toContain('REGK31');
    expect(text).toContain('NGLK');
  });

  it('gives the same numbers as the snapshot in the same measure for the same year', async () => {
    const live = await runJson(args(join(dir, 'same-live.xlsx'), join(dir, 'same-cache')));
    const snapshot = await runJson(['benchmark', EXAMPLE, '--reference', 'snapshot', '--out', join(dir, 'same-snapshot.xlsx'), '--json']);
    const byArea = (summary: { units: { area: string; keyFigure: number; distribution: Record<string, number> }[] }) =>
      Object.fromEntries(summary.units.map((u) => [u.area, u]));
    const [a, b] = [byArea(live.summary), byArea(snapshot.summary)];
    for (const area of ['folkeskole', 'sfo', 'aeldrepleje', 'hjemmesygepleje', 'dagtilbud']) {
      expect([area, a[area].keyFigure]).toEqual([area, b[area].keyFigure]);
      for (const stat of ['min', 'q1', 'median', 'q3', 'max']) expect([area, stat, a[area].distribution[stat]]).toEqual([area, stat, b[area].distribution[stat]]);
    }
    const measure = (summary: { areas: { area: string; measure: { kind: string; functions: string[]; year: string } }[] }, area: string) =>
      summary.areas.find((x) => x.area === area)?.measure;
    expect(measure(live.summary, 'folkeskole')).toMatchObject({ kind: 'perInhabitant', functions: ['3.22.01'], year: '2024' });
    // The same measure; only the weights of the Σ/Σ average are dated differently (2024K3 live, 2024M04 in the snapshot).
    const { label: liveLabel, ...liveMeasure } = measure(live.summary, 'folkeskole') as unknown as { label: string };
    const { label: snapshotLabel, ...snapshotMeasure } = measure(snapshot.summary, 'folkeskole') as unknown as { label: string };
    expect(liveMeasure).toEqual(snapshotMeasure);
    expect(liveLabel.replace('2024K3', '2024M04')).toBe(snapshotLabel);
  });

  it('makes no request on a second run while DST has published nothing new, and dates the figures by their first fetch', async () => {
    const before = statbank.requests.length;
    const secondRun = new Date().toISOString();
    const out = join(dir, 'live-2.xlsx');
    const result = await runJson(args(out));
    expect(result.code).toBe(0);
    // Current figures (not a fallback), but read from the local store: labelled so, never as fetched now.
    expect(result.summary.reference).toMatchObject({ origin: 'cache', fellBack: false, requests: 0 });
    expect(statbank.requests.length).toBe(before);
    const fetched: string[] = result.summary.reference.datasets.map((d: { fetchedAt: string }) => d.fetchedAt);
    expect(fetched.every((at) => at < secondRun)).toBe(true);
    expect(await allText(out)).toContain(`gemt lokalt, hentet ${longDate(fetched[0], 'da')}`);
  });

  it.each(['server-error', 'reset'] as const)('falls back to the snapshot when StatBank fails (%s) and says so', async (mode) => {
    statbank.setMode(mode);
    try {
      const out = join(dir, `fallback-${mode}.xlsx`);
      const result = await runJson(args(out, join(dir, `empty-cache-${mode}`)));
      expect(result.code).toBe(0);
      expect(result.summary.reference).toMatchObject({ origin: 'snapshot', fellBack: true });
      expect(result.summary.reference.reason).toMatch(/ikke hentet live/);
      const text = await allText(out);
      expect(text).toContain('ikke hentet live');
      expect(text).not.toMatch(/(?<!ikke )hentet live/);
    } finally {
      statbank.setMode('ok');
    }
  });
});
