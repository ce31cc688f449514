// A failed NGLK lookup is remembered for the tableinfo lifetime: the next run neither waits for it
// nor asks, its own figures unaffected; after the lifetime NGLK is asked again. NGLK never holds a
// run up: one attempt, within a short limit.
import { MemoryCache } from '../../../src/reference/statbank/cache';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { fetchLiveBundle } from '../../../src/reference/statbank/liveBundle';
import { crossCheckNglk } from '../../../src/reference/statbank/nglk';
import { startSyntheticStatbank, type SyntheticStatbank } from '../../support/syntheticStatbank';

const MUNICIPALITIES = ['101', '147', '751', '825'];
const T0 = Date.parse('2025-09-01T10:00:00Z');
const HOUR = 3600 * 1000;
let statbank: SyntheticStatbank;

beforeAll(async () => {
  statbank = await startSyntheticStatbank();
});
afterAll(async () => statbank.close());

const client = (cache: MemoryCache, at: number) =>
  new StatbankClient({ baseUrl: statbank.baseUrl, cache, now: () => at, timeoutMs: 300, retries: 2, backoffMs: 1, sleep: async () => undefined });
const nglkRequests = () => statbank.requests.filter((r) => r.includes('/NGLK'));

describe('a failed NGLK lookup', () => {
  it('is remembered for the tableinfo lifetime and never blocks a run', async () => {
    const cache = new MemoryCache();
    const bundle = await fetchLiveBundle(client(cache, T0), { year: 2024, municipalities: MUNICIPALITIES, areas: ['aeldre'] });

    statbank.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/tableinfo/NGLK' });
    const first = await crossCheckNglk(client(cache, T0), bundle);
    expect(first[0]).toMatchObject({ areaId: 'aeldre', status: 'failed' });
    // One attempt only: a second opinion does not retry.
    expect(nglkRequests()).toHaveLength(1);
    statbank.clearFaults();

    // An hour later: no request at all, and the message says the failure is remembered.
    const before = statbank.requests.length;
    const second = await crossCheckNglk(client(cache, T0 + HOUR), bundle);
    expect(statbank.requests.length).toBe(before);
    expect(second[0].status).toBe('failed');
    expect(second[0].rememberedAt).toBe('2025-09-01T10:00:00.000Z');
    expect(second[0].message).toContain('HTTP 503');
    expect(second[0].message).toContain('Fejlen er fra et forsøg 01.09.2025');

    // After the lifetime NGLK is asked again, and now answers.
    const third = await crossCheckNglk(client(cache, T0 + 13 * HOUR), bundle);
    expect(third[0].status).toBe('compared');
    expect(statbank.requests.length).toBeGreaterThan(before);
  });

  it('a hanging NGLK costs one short attempt, not the client\'s retries', async () => {
    const cache = new MemoryCache();
    const c = new StatbankClient({ baseUrl: statbank.baseUrl, cache, timeoutMs: 400, retries: 2, backoffMs: 1 });
    const bundle = await fetchLiveBundle(c, { year: 2024, municipalities: MUNICIPALITIES, areas: ['aeldre'] });
    statbank.inject({ kind: 'hang' }, { pathPrefix: '/v1/tableinfo/NGLK' });
    try {
      const started = Date.now();
      const checks = await crossCheckNglk(c, bundle);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(checks[0].status).toBe('failed');
    } finally {
      statbank.clearFaults();
    }
  });
});
