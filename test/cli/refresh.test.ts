// `pejlemaerke refresh-snapshot` for maintainers, against the local StatBank: it writes a bundle
// the product can load, and a failing service leaves no file behind.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIo } from '../../src/cli/main';
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { validateBundle } from '../../src/reference';
import { startSyntheticStatbank, type SyntheticStatbank } from '../support/syntheticStatbank';

describe('pejlemaerke refresh-snapshot', () => {
  let statbank: SyntheticStatbank;
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-refresh-'));

  beforeAll(async () => {
    statbank = await startSyntheticStatbank();
  });
  afterAll(async () => statbank.close());

  async function refresh(out: string, cache = join(dir, 'cache')) {
    const lines: string[] = [];
    const io: CliIo = { out: (text) => lines.push(text), err: (text) => lines.push(text) };
    const code = await run(['refresh-snapshot', '--base-url', statbank.baseUrl, '--year', '2024', '--cache-dir', cache, '--out', out], io);
    return { code, text: lines.join('\n') };
  }

  it('rebuilds a valid snapshot of all 98 municipalities from the live API', async () => {
    const out = join(dir, 'snapshot.json');
    const result = await refresh(out);
    expect(result.code).toBe(0);
    expect(result.text).toContain(out);
    const bundle = validateBundle(JSON.parse(readFileSync(out, 'utf8')));
    expect(bundle.origin).toBe('snapshot');
    expect(bundle.municipalities).toHaveLength(98);
    expect(bundle.datasets.some((d) => d.table === 'REGK31' && d.period === '2024')).toBe(true);
    expect(bundle.datasets.every((d) => d.attribution.includes('Danmarks Statistik'))).toBe(true);

    // The refreshed snapshot is usable as the product's reference data.
    const outcome = benchmarkGrid(
      {
        sheet: 'Ark1',
        topLeft: 'A1',
        values: [
          ['Kommunekode', 'Serviceområde', 'Nettoudgift (kr.)'],
          ['791', 'Folkeskole', 742_310_000],
          ['791', 'Ældrepleje', 421_450_000],
        ],
      },
      { reference: bundle, group: { kind: 'kommunegruppe' }, standard: 'median' },
    );
    expect(outcome.canRun).toBe(true);
    expect(outcome.results.map((r) => r.area.id).sort()).toEqual(['aeldrepleje', 'folkeskole']);
    expect(outcome.sources.every((source) => source.origin === 'snapshot')).toBe(true);
  });

  it('exits 3 with a message and writes nothing when StatBank fails', async () => {
    statbank.setMode('server-error');
    try {
      const out = join(dir, 'never.json');
      // A fresh cache: with the first test's cache the refresh would (rightly) need no request.
      const result = await refresh(out, join(dir, 'empty-cache'));
      expect(result.code).toBe(3);
      expect(result.text.length).toBeGreaterThan(20);
      expect(result.text).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    } finally {
      statbank.setMode('ok');
    }
  });
});
