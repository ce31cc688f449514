import * as path from 'node:path';
import { referenceSeriesFor } from '../../../src/reference/series';
import { loadSnapshot } from '../../../src/reference/snapshot';
import { validateBundle } from '../../../src/reference/validate';
import { MemoryCache } from '../../../src/reference/statbank/cache';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { StatbankError } from '../../../src/reference/statbank/errors';
import { fetchLiveBundle, liveBundleYear, liveCatalogue } from '../../../src/reference/statbank/liveBundle';
import { liveDatasetIds } from '../../../src/reference/statbank/liveDatasets';
import { ageBandFor } from '../../../src/reference/statbank/queries';
import type { Dataset, ReferenceBundle } from '../../../src/reference/types';
import { loadRecordedRoutes, startStatbankServer, type StatbankTestServer } from '../../support/statbankServer';

const FIXTURES = path.join(__dirname, 'fixtures');
// The constructed answers cover these four municipalities (see fixtures/README.md).
const MUNICIPALITIES = ['101', '147', '751', '825'];
const FETCHED = new Date('2025-09-01T10:00:00Z');
let server: StatbankTestServer;

beforeAll(async () => {
  server = await startStatbankServer(loadRecordedRoutes(FIXTURES));
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.clearFaults();
  server.log.length = 0;
});

function client(cache?: MemoryCache, nowMs = FETCHED.getTime()): StatbankClient {
  return new StatbankClient({ baseUrl: server.baseUrl, timeoutMs: 300, retries: 0, cache, now: () => nowMs, sleep: async () => undefined });
}

function dataset(bundle: ReferenceBundle, id: string): Dataset {
  const found = bundle.datasets.find((d) => d.id === id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found;
}

const keyFigure = (bundle: ReferenceBundle, area: string, code: string): number | null =>
  dataset(bundle, liveDatasetIds(area, ageBandFor(area), '2024').keyFigure).values[code];

describe('fetchLiveBundle', () => {
  let bundle: ReferenceBundle;
  let c: StatbankClient;

  beforeAll(async () => {
    c = client();
    bundle = await fetchLiveBundle(c, { municipalities: MUNICIPALITIES, now: () => FETCHED });
  });

  it('makes one request per table: two tableinfo, one REGK31 and one FOLK1A data request', () => {
    expect(c.counters.requests).toBe(4);
  });

  it('defaults to the newest REGK31 year and FOLK1A Q3 of that year', () => {
    expect(liveBundleYear(bundle)).toBe('2024');
    expect(dataset(bundle, 'live.folk1a.67plus.2024K3').period).toBe('2024K3');
  });

  // Constructed data: LOBM = k × base (k: 101→10, 147→2, 751→5, 825→1), population b per age
  // 0–99 (b: 101→1000, 147→200, 751→500, 825→10), IALT = 100 b. Worked by hand:
  it.each<[string, string, number]>([
    // (300 − 10) × 10 × 1000 kr / (11 ages × 1000) = 2 900 000 / 11 000
    ['folkeskole', '101', 2_900_000 / 11_000],
    // 50 × 10 × 1000 / 100 000
    ['sfo', '101', 5],
    // 200 × 2 × 1000 / (6 × 200)
    ['dagtilbud', '147', 400_000 / 1_200],
    // (400 − 40) × 10 × 1000 / (33 ages 67–99 × 1000)
    ['aeldrepleje', '101', 3_600_000 / 33_000],
    // DRANST 2 missing ('..') is skipped: 60 × 1 × 1000 / (33 × 10)
    ['hjemmesygepleje', '825', 60_000 / 330],
    // administration is 6.45.51 alone: 20 × 2 × 1000 / 20 000
    ['administration', '147', 2],
    // ældre is all of 5.30 the table lists (5.30.27 + 5.30.28): (400 − 40 + 60) × 10 × 1000 / (33 × 1000)
    ['aeldre', '101', 4_200_000 / 33_000],
    // every function: (1130 − 50) × 5 × 1000 / 50 000
    ['total', '751', 108],
    // national Σ/Σ: 360 × (10+2+5+1) × 1000 / (33 × 1710)
    ['aeldrepleje', '000', 6_480_000 / 56_430],
  ])('%s %s key figure', (area, code, expected) => {
    expect(keyFigure(bundle, area, code)).toBeCloseTo(expected, 9);
  });

  it('keeps numerator in kr. and denominator in persons, with national sums', () => {
    const num = dataset(bundle, 'live.regk31.folkeskole.netdrift.2024');
    expect(num.values).toEqual({ 101: 2_900_000, 147: 580_000, 751: 1_450_000, 825: 290_000, '000': 5_220_000 });
    expect(num.query).toMatchObject({ FUNKTION: ['32201'], DRANST: ['1', '2'], ART: ['TOT'], PRISENHED: ['LOBM'], Tid: ['2024'] });
    expect(dataset(bundle, 'live.folk1a.alle.2024K3').values).toEqual({ 101: 100_000, 147: 20_000, 751: 50_000, 825: 1_000, '000': 171_000 });
  });

  it('labels every dataset live with DST’s stamp, the fetch time and the attribution', () => {
    for (const ds of bundle.datasets) {
      expect(ds.origin).toBe('live');
      expect(ds.fetchedAt).toBe('2025-09-01T10:00:00.000Z');
      expect(ds.attribution).toMatch(/^Kilde: Danmarks Statistik, statistikbanken\.dk\/(REGK31|FOLK1A)/);
    }
    expect(dataset(bundle, 'live.regk31.aeldrepleje.netdrift.2024').updated).toBe('2025-06-24T06:00:00Z');
    expect(dataset(bundle, 'live.regk31.aeldrepleje.netdrift.2024').flags.join(' ')).toContain('5.32.xx før 2018');
    expect(dataset(bundle, 'live.regk31.sfo.netdrift.2024').flags.join(' ')).not.toContain('5.32');
    expect(bundle.origin).toBe('live');
    expect(bundle.municipalities.map((m) => m.code)).toEqual(MUNICIPALITIES);
  });

  it('is a valid bundle that the series layer reads through the live catalogue', () => {
    expect(() => validateBundle(bundle)).not.toThrow();
    const series = referenceSeriesFor(bundle, 'aeldrepleje', { catalogue: liveCatalogue(2024) });
    expect(series.period).toBe('2024');
    expect(series.weightPeriod).toBe('2024K3');
    expect(series.points.find((p) => p.code === '147')).toEqual({ code: '147', keyFigure: 720_000 / 6_600, weight: 6_600 });
    expect(liveCatalogue(2024).find((a) => a.id === 'aeldrepleje')?.unitLabel.da).toBe('kr. pr. indbygger 67 år og derover');
  });

  it('refuses a year REGK31 does not list, naming the newest', async () => {
    const error = await fetchLiveBundle(client(), { year: 2030, municipalities: MUNICIPALITIES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankError);
    expect((error as StatbankError).code).toBe('NO-YEAR');
    expect((error as StatbankError).message).toContain('2024');
  });

  it('reuses the snapshot’s municipality facts', () => {
    const snapshot101 = loadSnapshot().municipalities.find((m) => m.code === '101');
    expect(bundle.municipalities[0]).toEqual(snapshot101);
  });
});

describe('cache: request counts', () => {
  it('first run 4 requests, a re-run 0; after the tableinfo lifetime only tableinfo is asked again', async () => {
    const cache = new MemoryCache();
    const first = client(cache);
    await fetchLiveBundle(first, { municipalities: MUNICIPALITIES });
    expect(first.counters).toEqual({ requests: 4, cacheHits: 0, cacheMisses: 4 });

    const second = client(cache, FETCHED.getTime() + 60 * 60 * 1000);
    await fetchLiveBundle(second, { municipalities: MUNICIPALITIES });
    expect(second.counters).toEqual({ requests: 0, cacheHits: 4, cacheMisses: 0 });

    const later = client(cache, FETCHED.getTime() + 13 * 60 * 60 * 1000);
    await fetchLiveBundle(later, { municipalities: MUNICIPALITIES });
    // Tableinfo expired (12 h) and is fetched again; DST's stamp is unchanged, so data come from the cache.
    expect(later.counters).toEqual({ requests: 2, cacheHits: 2, cacheMisses: 2 });
    expect(server.log.filter((l) => l.startsWith('/v1/data/'))).toHaveLength(2);
  });
});
