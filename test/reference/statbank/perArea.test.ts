// The live path degrades per area: one area's query failing in any way a network or DST can fail
// (or rejected by tableinfo before it is sent) costs that area alone; the others still come live,
// and every area's status says where its figures came from. Against the synthetic StatBank on
// 127.0.0.1, which answers any selection for all 98 municipalities.
import { MemoryCache, type Cache } from '../../../src/reference/statbank/cache';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { catalogueFor } from '../../../src/reference/statbank/liveBundle';
import { loadReference } from '../../../src/reference/statbank/loadReference';
import { referenceSeriesFor } from '../../../src/reference/series';
import type { Fault } from '../../support/statbankServer';
import { startSyntheticStatbank, type SyntheticStatbank } from '../../support/syntheticStatbank';

const MUNICIPALITIES = ['101', '147', '751', '825'];
const AREAS = ['folkeskole', 'sfo', 'dagtilbud', 'aeldrepleje', 'hjemmesygepleje', 'administration', 'total'];
let statbank: SyntheticStatbank;

beforeAll(async () => {
  statbank = await startSyntheticStatbank();
});
afterAll(async () => statbank.close());
beforeEach(() => {
  statbank.clearFaults();
  statbank.requests.length = 0;
});

function client(cache?: Cache, overrides: Partial<ConstructorParameters<typeof StatbankClient>[0]> = {}): StatbankClient {
  return new StatbankClient({ baseUrl: statbank.baseUrl, timeoutMs: 300, retries: 1, backoffMs: 1, sleep: async () => undefined, cache, ...overrides });
}

const live = (c: StatbankClient, extra: Partial<Parameters<typeof loadReference>[0]> = {}) =>
  loadReference({ source: 'live', client: c, municipalities: MUNICIPALITIES, year: 2024, ...extra });

const dataRequests = (table: string) => statbank.requests.filter((r) => r.startsWith(`/v1/data/${table}/`));
const areaStatus = (loaded: Awaited<ReturnType<typeof live>>, id: string) => loaded.status.areas.find((a) => a.areaId === id);

describe('an area whose query tableinfo rejects', () => {
  let narrow: SyntheticStatbank;
  beforeAll(async () => {
    // REGK31 without 6.45.xx: administration asks for 6.45.51, a code the table does not have.
    narrow = await startSyntheticStatbank({ omitFunctions: ['64550', '64551'] });
  });
  afterAll(async () => narrow.close());

  it('gets its own message; every other area still comes live, from one REGK31 request', async () => {
    const c = new StatbankClient({ baseUrl: narrow.baseUrl, timeoutMs: 2000, retries: 0 });
    const loaded = await live(c);
    const admin = areaStatus(loaded, 'administration');
    // The snapshot has 6.45.51, so administration falls back to it.
    expect(admin).toMatchObject({ origin: 'snapshot', fellBack: true });
    expect(admin?.cause).toContain('Variablen FUNKTION i tabellen REGK31 har ingen værdi "64551"');
    for (const id of AREAS.filter((a) => a !== 'administration')) expect(areaStatus(loaded, id)).toMatchObject({ origin: 'live', fellBack: false });
    expect(loaded.status).toMatchObject({ origin: 'live', fellBack: true });
    expect(loaded.status.reason).toMatch(/^Administration: ikke hentet live\. Variablen FUNKTION/);
    expect(loaded.status.reason).toContain('Hentet live: Folkeskole, Skolefritidsordninger (SFO), Specialundervisning');
    // The rejected code was never sent; the others shared one request.
    const regk = narrow.requests.filter((r) => r.startsWith('/v1/data/REGK31/'));
    expect(regk).toHaveLength(1);
    expect(decodeURIComponent(regk[0])).not.toMatch(/645/);
    const school = referenceSeriesFor(loaded.bundle, 'folkeskole', { catalogue: catalogueFor(loaded.bundle) });
    expect(school.sourceLabel).toContain('hentet live');
  });
});

describe('a run limited to one area', () => {
  it('fetches only that area\'s functions and age band', async () => {
    const loaded = await live(client(), { areas: ['folkeskole'] });
    expect(loaded.status).toMatchObject({ origin: 'live', fellBack: false });
    expect(dataRequests('REGK31').map(decodeURIComponent)).toEqual([expect.stringContaining('FUNKTION=32201&')]);
    const folk = dataRequests('FOLK1A').map(decodeURIComponent);
    expect(folk).toHaveLength(1);
    expect(folk[0]).toContain('ALDER=6,7,8,9,10,11,12,13,14,15,16&');
    expect(loaded.bundle.datasets.map((d) => d.id).sort()).toEqual(['live.folk1a.6-16.2024K3', 'live.folkeskole.per-6-16.2024', 'live.regk31.folkeskole.netdrift.2024']);
  });
});

describe('one area\'s data request fails, the others succeed', () => {
  // Administration's query holds 6.45.51, and so does the total's (every function); the shared
  // request holds it too, so it fails, and the client asks area by area.
  const ADMIN = { pathPrefix: '/v1/data/REGK31', param: 'FUNKTION', value: '64551' };
  it.each<[string, Fault, string]>([
    ['HTTP 503', { kind: 'status', status: 503 }, 'SERVER'],
    ['connection reset', { kind: 'reset' }, 'NETWORK'],
    ['no answer', { kind: 'hang' }, 'TIMEOUT'],
    ['malformed JSON', { kind: 'malformed' }, 'MALFORMED'],
    ['truncated body', { kind: 'truncated' }, 'TRUNCATED'],
    ['DST 400 error', { kind: 'dstError', code: 'EXTRACT-NOTALLOWED', message: 'Udtrækket er ikke tilladt' }, 'EXTRACT-NOTALLOWED'],
    ['DST error body with HTTP 200', { kind: 'dstError200', code: 'EXTRACT-NOTFOUND', message: 'Værdien findes ikke' }, 'EXTRACT-NOTFOUND'],
    ['wrong content type', { kind: 'contentType' }, 'CONTENT-TYPE'],
    ['empty body', { kind: 'empty' }, 'EMPTY'],
  ])('%s: administration and the total fall back, every other area is live', async (_name, fault, code) => {
    statbank.inject(fault, ADMIN);
    const loaded = await live(client());
    // Administration (6.45.51) falls back to the snapshot's figures; the snapshot has no total.
    for (const [id, origin] of [['administration', 'snapshot'], ['total', 'none']]) {
      const failed = areaStatus(loaded, id);
      expect(failed).toMatchObject({ fellBack: true, origin });
      expect((failed?.error as { code?: string }).code).toBe(code);
    }
    for (const id of AREAS.filter((a) => a !== 'administration' && a !== 'total')) {
      expect(areaStatus(loaded, id)).toMatchObject({ origin: 'live', fellBack: false });
    }
    // Shared request (failed), then one per area until each has its answer.
    expect(dataRequests('REGK31').length).toBeGreaterThan(AREAS.length);
    expect(loaded.status.reason).toMatch(/^Administration: ikke hentet live\./);
  });

  it('keeps DST\'s own message from an HTTP 200 error body', async () => {
    statbank.inject({ kind: 'dstError200', code: 'EXTRACT-NOTFOUND', message: 'Værdien 64551 findes ikke' }, ADMIN);
    const loaded = await live(client());
    expect(areaStatus(loaded, 'administration')?.cause).toContain('Værdien 64551 findes ikke');
  });

  it('an area with snapshot figures falls back to them, and says plainly that the measure differs', async () => {
    statbank.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/data/REGK31', param: 'FUNKTION', value: '52514' });
    const loaded = await live(client());
    const daycare = areaStatus(loaded, 'dagtilbud');
    expect(daycare).toMatchObject({ origin: 'snapshot', fellBack: true });
    expect(daycare?.measure).toEqual({ wanted: 'kr. pr. indbygger 0–5 år', wantedPeriod: '2024', used: 'kr. pr. indbygger', usedPeriod: '2024' });
    expect(loaded.status.reason).toContain('Dagtilbud: ikke hentet live.');
    expect(loaded.status.reason).toContain(
      'OBS – Dagtilbud måles ikke som live: tallene er kr. pr. indbygger (2024), ikke kr. pr. indbygger 0–5 år (2024).',
    );
    // Each area finds its own figures: day care the snapshot's, schools the live ones.
    const catalogue = catalogueFor(loaded.bundle);
    expect(referenceSeriesFor(loaded.bundle, 'dagtilbud', { catalogue }).sourceLabel).toContain('snapshot');
    expect(referenceSeriesFor(loaded.bundle, 'folkeskole', { catalogue }).sourceLabel).toContain('hentet live');
    expect(catalogue.find((a) => a.id === 'dagtilbud')?.unitLabel.da).toBe('kr. pr. indbygger');
  });

  it('one age band\'s FOLK1A request failing costs only the areas divided by it', async () => {
    statbank.inject({ kind: 'reset' }, { pathPrefix: '/v1/data/FOLK1A', param: 'ALDER', value: '67' });
    const loaded = await live(client());
    for (const id of ['aeldrepleje', 'hjemmesygepleje']) expect(areaStatus(loaded, id)).toMatchObject({ fellBack: true, origin: 'snapshot' });
    for (const id of ['folkeskole', 'sfo', 'dagtilbud', 'administration', 'total']) expect(areaStatus(loaded, id)).toMatchObject({ origin: 'live' });
  });

  it('a service-wide fault is not asked area by area for long', async () => {
    statbank.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/data/' });
    const loaded = await live(client());
    expect(loaded.status.origin).toBe('snapshot');
    // Shared REGK31 + two areas (2 attempts each), then it stops; the same for FOLK1A.
    expect(dataRequests('REGK31')).toHaveLength(6);
  });
});

describe('DST\'s REQUEST-LIMIT', () => {
  it('splits the request and retries, with the same figures as one request', async () => {
    const whole = await live(client(), { areas: ['aeldrepleje'] });
    statbank.requests.length = 0;
    // The REGK31 request (4 areas × 1 function × 2 × 1 × 1 × 1 × 7) is 56 cells; DST allows 30 here.
    statbank.inject({ kind: 'requestLimit', maxCells: 30 }, { pathPrefix: '/v1/data/REGK31' });
    const split = await live(client(), { areas: ['aeldrepleje'] });
    expect(split.status.fellBack).toBe(false);
    expect(dataRequests('REGK31')).toHaveLength(3);
    const figures = (loaded: typeof whole) => loaded.bundle.datasets.find((d) => d.id === 'live.aeldrepleje.per-67plus.2024')?.values;
    expect(figures(split)).toEqual(figures(whole));
  });
});

describe('one overall deadline', () => {
  it('a run never waits past it: StatBank hangs, the run falls back when the deadline passes', async () => {
    statbank.inject({ kind: 'hang' }, { pathPrefix: '/v1/data/' });
    const started = Date.now();
    const loaded = await live(client(undefined, { timeoutMs: 10_000, retries: 2 }), { deadlineMs: 600 });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(550);
    expect(waited).toBeLessThan(3000);
    expect(loaded.status.origin).toBe('snapshot');
    expect(loaded.status.reason).toMatch(/^Danmarks Statistik nåede ikke at svare om REGK31, inden kørslens tidsgrænse på 0,6 sekunder var brugt\./);
  });

  it('defaults to 20 seconds', async () => {
    const c = client();
    await live(c, { areas: ['sfo'] });
    expect(c.timeLeft()).toBeGreaterThan(19_000);
    expect(c.timeLeft()).toBeLessThanOrEqual(20_000);
  });
});

describe('the cache', () => {
  it('an area that fails falls back to its own last good live figures, dated when they were fetched', async () => {
    const cache = new MemoryCache();
    const T0 = Date.parse('2025-09-01T10:00:00Z');
    await live(client(cache, { now: () => T0 }), { now: () => new Date(T0) });
    // Two days on, with the cached answers gone (only the last good figures kept), 5.25.14 fails.
    const withoutAnswers: Cache = { get: (key) => (key.startsWith('data|') ? Promise.resolve(undefined) : cache.get(key)), set: (k, v) => cache.set(k, v) };
    statbank.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/data/REGK31', param: 'FUNKTION', value: '52514' });
    const later = T0 + 48 * 3600 * 1000;
    const loaded = await live(client(withoutAnswers, { now: () => later }), { now: () => new Date(later) });
    expect(areaStatus(loaded, 'dagtilbud')).toMatchObject({ origin: 'cache', fellBack: true, fetchedAt: '2025-09-01T10:00:00.000Z' });
    expect(areaStatus(loaded, 'dagtilbud')?.measure).toBeUndefined();
    expect(loaded.status.reason).toContain('Området bruger i stedet tal gemt lokalt, hentet 01.09.2025.');
    const daycare = loaded.bundle.datasets.filter((d) => d.id.includes('dagtilbud'));
    expect(daycare.every((d) => d.origin === 'cache' && d.fetchedAt === '2025-09-01T10:00:00.000Z')).toBe(true);
    expect(loaded.bundle.datasets.find((d) => d.id === 'live.folkeskole.per-6-16.2024')).toMatchObject({ origin: 'live', fetchedAt: new Date(later).toISOString() });
  });
});
