import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadSnapshot } from '../../../src/reference/snapshot';
import { validateBundle } from '../../../src/reference/validate';
import { LocalStorageCache, MemoryCache, type StorageLike } from '../../../src/reference/statbank/cache';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { FileCache } from '../../../src/reference/statbank/fileCache';
import { loadReference } from '../../../src/reference/statbank/loadReference';
import { refreshSnapshot } from '../../../src/reference/statbank/refreshSnapshot';
import { loadRecordedRoutes, startStatbankServer, type Fault, type StatbankTestServer } from '../../support/statbankServer';

const FIXTURES = path.join(__dirname, 'fixtures');
const MUNICIPALITIES = ['101', '147', '751', '825'];
const T0 = Date.parse('2025-09-01T10:00:00Z');
const HOUR = 60 * 60 * 1000;
let server: StatbankTestServer;
let folder: string;

beforeAll(async () => {
  server = await startStatbankServer(loadRecordedRoutes(FIXTURES));
  folder = mkdtempSync(path.join(tmpdir(), 'pejlemaerke-statbank-'));
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => {
  server.clearFaults();
  server.log.length = 0;
});

function client(cache?: MemoryCache | FileCache, nowMs = T0): StatbankClient {
  return new StatbankClient({ baseUrl: server.baseUrl, timeoutMs: 200, retries: 1, backoffMs: 1, cache, now: () => nowMs, sleep: async () => undefined });
}

const live = (c: StatbankClient, nowMs = T0) =>
  loadReference({ source: 'live', client: c, municipalities: MUNICIPALITIES, now: () => new Date(nowMs) });

describe('loadReference', () => {
  it('returns the snapshot as is when asked for it', async () => {
    const { bundle, status } = await loadReference({ source: 'snapshot' });
    expect(bundle).toBe(loadSnapshot());
    expect(status).toEqual({ origin: 'snapshot', fetchedAt: bundle.builtAt, fellBack: false, asOf: bundle.builtAt, areas: [] });
  });

  it('returns live data when DST answers', async () => {
    const { bundle, status } = await live(client());
    expect(bundle.origin).toBe('live');
    expect(status).toMatchObject({ origin: 'live', fellBack: false, asOf: '2025-09-01T10:00:00.000Z' });
  });

  it.each<[string, Fault]>([
    ['timeout', { kind: 'hang' }],
    ['HTTP 503', { kind: 'status', status: 503 }],
    ['EXTRACT-NOTFOUND', { kind: 'dstError', code: 'EXTRACT-NOTFOUND' }],
    ['malformed JSON', { kind: 'malformed' }],
    ['truncated body', { kind: 'truncated' }],
    ['wrong content type', { kind: 'contentType' }],
    ['empty body', { kind: 'empty' }],
    ['connection reset', { kind: 'reset' }],
  ])('falls back to the snapshot on %s, and says so', async (_name, fault) => {
    server.inject(fault);
    const { bundle, status } = await live(client());
    expect(bundle).toBe(loadSnapshot());
    expect(status.origin).toBe('snapshot');
    expect(status.fellBack).toBe(true);
    expect(status.reason).toContain('Data fra 02.12.2026, ikke hentet live: Pejlemærke bruger i stedet det indbyggede snapshot.');
    expect(status.error?.message).toBeTruthy();
    expect(status.reason?.startsWith(status.error?.message ?? '-')).toBe(true);
  });

  it('says it in English too', async () => {
    server.inject({ kind: 'hang' });
    const { status } = await loadReference({ source: 'live', client: client(), municipalities: MUNICIPALITIES, lang: 'en' });
    expect(status.reason).toMatch(new RegExp(
      '^Statistics Denmark did not answer within 0.2 seconds \\(attempts: 2\\)\\. Try again later\\. ' +
      'Data from 2026-12-02, not fetched live: Pejlemærke uses the bundled snapshot instead\\. ',
    ));
    // The snapshot divides schools by every inhabitant, live by the 6–16-year-olds: said plainly.
    expect(status.reason).toContain(
      'Note – Primary and lower secondary school is not measured as live: the figures are DKK per inhabitant (2024), ' +
      'not DKK per inhabitant aged 6–16 (newest year). Do not compare them with a live run.',
    );
    expect(status.areas.find((a) => a.areaId === 'sfo')?.measure).toBeUndefined();
  });

  it('falls back for the whole bundle when only the FOLK1A data request fails', async () => {
    server.inject({ kind: 'status', status: 500 }, { pathPrefix: '/v1/data/FOLK1A' });
    const { bundle, status } = await live(client());
    expect(status.origin).toBe('snapshot');
    expect(bundle.datasets.some((d) => d.origin === 'live')).toBe(false);
    // The REGK31 data did arrive; they are not mixed into the snapshot.
    expect(server.log.some((l) => l.startsWith('/v1/data/REGK31'))).toBe(true);
  });

  it('prefers the last good live bundle from the cache over the snapshot', async () => {
    const cache = new MemoryCache();
    await live(client(cache));
    // A day later tableinfo has expired and DST does not answer.
    server.inject({ kind: 'hang' });
    const { bundle, status } = await live(client(cache, T0 + 24 * HOUR), T0 + 24 * HOUR);
    expect(status).toMatchObject({ origin: 'cache', fellBack: true, asOf: '2025-09-01T10:00:00.000Z' });
    expect(status.reason).toContain('Data fra 01.09.2025, ikke hentet live: Pejlemærke bruger i stedet tal gemt fra en tidligere hentning.');
    expect(bundle.origin).toBe('cache');
    expect(bundle.datasets.every((d) => d.origin === 'cache')).toBe(true);
    expect(bundle.datasets.find((d) => d.id === 'live.sfo.per-alle.2024')?.values['101']).toBe(5);
  });

  it('re-fetches data when DST publishes (a new updated stamp), not before', async () => {
    const cache = new MemoryCache();
    await live(client(cache));
    server.log.length = 0;
    const original = readFileSync(path.join(FIXTURES, 'tableinfo_REGK31_da.constructed.json'), 'utf8');
    server.addRoute('/v1/tableinfo/REGK31', { lang: 'da', format: 'JSON' }, {
      contentType: 'text/json; charset=utf-8', body: original.replace('2025-06-24T08:00:00', '2025-09-30T08:00:00'),
    });
    try {
      const later = client(cache, T0 + 13 * HOUR);
      await live(later, T0 + 13 * HOUR);
      expect(server.log.filter((l) => l.startsWith('/v1/data/'))).toEqual([expect.stringMatching(/^\/v1\/data\/REGK31\//)]);
      expect(later.counters.requests).toBe(3);
    } finally {
      server.addRoute('/v1/tableinfo/REGK31', { lang: 'da', format: 'JSON' }, { contentType: 'text/json; charset=utf-8', body: original });
    }
  });
});

describe('caches', () => {
  it('the folder cache survives a new client: the second run sends 0 requests', async () => {
    const dir = path.join(folder, 'cache');
    const first = client(new FileCache(dir));
    await live(first);
    expect(first.counters.requests).toBe(4);
    const second = client(new FileCache(dir), T0 + HOUR);
    const { bundle, status } = await live(second, T0 + HOUR);
    // Not a fallback: DST's stamp is current. But read from the cache, so dated when first fetched.
    expect(status).toMatchObject({ origin: 'cache', fellBack: false, asOf: '2025-09-01T10:00:00.000Z' });
    expect(bundle.datasets.every((d) => d.origin === 'cache' && d.fetchedAt === '2025-09-01T10:00:00.000Z')).toBe(true);
    expect(bundle.datasets[0].provenance).toContain('gemt lokalt, hentet 2025-09-01T10:00:00.000Z');
    expect(second.counters).toEqual({ requests: 0, cacheHits: 4, cacheMisses: 0 });
  });

  it('localStorage cache keeps entries under a prefix and shrugs off a missing or failing store', async () => {
    const items = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
    const cache = new LocalStorageCache('pm.', storage);
    await cache.set('a', '1');
    expect(items.get('pm.a')).toBe('1');
    expect(await cache.get('a')).toBe('1');
    expect(await cache.get('b')).toBeUndefined();

    const absent = new LocalStorageCache('pm.');
    await absent.set('a', '1');
    expect(await absent.get('a')).toBeUndefined();

    const full = new LocalStorageCache('pm.', { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } });
    await expect(full.set('a', '1')).resolves.toBeUndefined();
    await expect(full.get('a')).resolves.toBeUndefined();
  });
});

describe('refreshSnapshot', () => {
  it('writes a valid snapshot-format bundle that says it was fetched live on the day', async () => {
    const outPath = path.join(folder, 'out', 'snapshot.json');
    const result = await refreshSnapshot({
      client: client(), outPath, municipalities: MUNICIPALITIES, now: () => new Date('2025-09-01T10:00:00Z'),
    });
    expect(result.requests).toBe(4);
    const written = validateBundle(JSON.parse(readFileSync(outPath, 'utf8')));
    expect(written.origin).toBe('snapshot');
    expect(written.datasets.every((d) => d.origin === 'snapshot')).toBe(true);
    expect(written.datasets[0].flags).toContain('Hentet live fra Danmarks Statistik 01.09.2025 og gemt som snapshot.');
    expect(written.datasets.find((d) => d.id === 'live.administration.per-alle.2024')?.values['147']).toBe(2); // 6.45.51 alone
  });

  it('writes nothing when DST fails', async () => {
    server.inject({ kind: 'status', status: 500 });
    const outPath = path.join(folder, 'never', 'snapshot.json');
    await expect(refreshSnapshot({ client: client(), outPath, municipalities: MUNICIPALITIES })).rejects.toMatchObject({ code: 'SERVER' });
    expect(() => readFileSync(outPath)).toThrow();
  });
});
