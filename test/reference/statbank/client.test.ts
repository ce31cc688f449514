import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { cubeValue } from '../../../src/reference/statbank/cube';
import { StatbankError } from '../../../src/reference/statbank/errors';
import { loadRecordedRoutes, startStatbankServer, type Fault, type StatbankTestServer } from '../../support/statbankServer';

const FIXTURES = path.join(__dirname, 'fixtures');
let server: StatbankTestServer;
let waits: number[];

beforeAll(async () => {
  server = await startStatbankServer(loadRecordedRoutes(FIXTURES));
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.clearFaults();
  server.log.length = 0;
  waits = [];
});

function client(overrides: Partial<ConstructorParameters<typeof StatbankClient>[0]> = {}): StatbankClient {
  return new StatbankClient({
    baseUrl: server.baseUrl, timeoutMs: 250, retries: 2, backoffMs: 10,
    sleep: async (ms) => { waits.push(ms); },
    ...overrides,
  });
}

async function failure(run: () => Promise<unknown>): Promise<StatbankError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof StatbankError) return e;
    throw e;
  }
  throw new Error('expected a StatbankError');
}

const CSV_QUERY = { OMRÅDE: ['101', '147'], KØN: ['TOT'], ALDER: ['IALT'], CIVILSTAND: ['TOT'], Tid: ['2024K3'] };

describe('StatbankClient against the local server', () => {
  it('fetches tableinfo by GET with lang and format', async () => {
    const c = client();
    const info = await c.tableInfo('REGK31', 'da');
    expect(info.updated).toBe('2025-06-24T08:00:00');
    expect(server.log).toEqual(['/v1/tableinfo/REGK31?lang=da&format=JSON']);
    expect(c.counters.requests).toBe(1);
  });

  it('checks the selection with tableinfo, then fetches CSV data with URL-encoded variable names', async () => {
    const c = client();
    const cube = await c.data('FOLK1A', CSV_QUERY, { format: 'CSV', lang: 'da' });
    expect(server.log).toEqual([
      '/v1/tableinfo/FOLK1A?lang=da&format=JSON',
      '/v1/data/FOLK1A/CSV?lang=da&valuePresentation=Code&OMR%C3%85DE=101,147&K%C3%98N=TOT&ALDER=IALT&CIVILSTAND=TOT&Tid=2024K3',
    ]);
    expect(cubeValue(cube, { OMRÅDE: '101', KØN: 'TOT', ALDER: 'IALT', CIVILSTAND: 'TOT', Tid: '2024K3' })).toBe(100000);
    // CSV carries no stamp: the cube takes tableinfo's.
    expect(cube.updated).toBe('2025-08-11T08:00:00');
  });

  it('sends no data request when a code is unknown', async () => {
    const c = client();
    const error = await failure(() => c.data('FOLK1A', { ...CSV_QUERY, OMRÅDE: ['101', '175'] }));
    expect(error.code).toBe('UNKNOWN-VALUE');
    expect(error.message).toContain('OMRÅDE');
    expect(server.log).toEqual(['/v1/tableinfo/FOLK1A?lang=da&format=JSON']);
  });

  it.each<[string, Fault, string, number]>([
    ['never answers', { kind: 'hang' }, 'TIMEOUT', 3],
    ['headers too late', { kind: 'slowHeaders', delayMs: 2000 }, 'TIMEOUT', 3],
    ['body too slow', { kind: 'slowBody', delayMs: 2000 }, 'TIMEOUT', 3],
    ['HTTP 500', { kind: 'status', status: 500 }, 'SERVER', 3],
    ['HTTP 503', { kind: 'status', status: 503 }, 'SERVER', 3],
    ['connection reset', { kind: 'reset' }, 'NETWORK', 3],
    ['truncated body', { kind: 'truncated' }, 'TRUNCATED', 3],
    ['HTTP 404', { kind: 'notFound' }, 'NOT-FOUND', 1],
    ['malformed JSON', { kind: 'malformed' }, 'MALFORMED', 1],
    ['wrong content type', { kind: 'contentType' }, 'CONTENT-TYPE', 1],
    ['empty body', { kind: 'empty' }, 'EMPTY', 1],
    ['HTTP 418 without DST body', { kind: 'status', status: 418 }, 'HTTP', 1],
  ])('%s (%p) → %s after %i request(s)', async (_name, fault, code, requests) => {
    server.inject(fault);
    const c = client();
    const error = await failure(() => c.tableInfo('REGK31'));
    expect(error.code).toBe(code);
    expect(c.counters.requests).toBe(requests);
    expect(server.log).toHaveLength(requests);
    // Exponential backoff between retried attempts only.
    expect(waits).toEqual(requests === 3 ? [10, 20] : []);
  });

  it.each(['EXTRACT-NOTFOUND', 'EXTRACT-NOTALLOWED', 'REQUEST-MISSING', 'REQUEST-EMPTY', 'REQUEST-LANGUAGE', 'REQUEST-LIMIT'])(
    'HTTP 400 %s is reported with its code and never retried',
    async (dstCode) => {
      server.inject({ kind: 'dstError', code: dstCode, message: 'besked fra DST' });
      const c = client();
      const error = await failure(() => c.tableInfo('REGK31'));
      expect(error.code).toBe(dstCode);
      expect(error.status).toBe(400);
      expect(c.counters.requests).toBe(1);
      expect(error.message).not.toMatch(/\{\w+\}/);
      expect(error.messageIn('en')).not.toMatch(/\{\w+\}/);
    },
  );

  it('an unknown DST error code still says what DST said', async () => {
    server.inject({ kind: 'dstError', code: 'EXTRACT-SOMETHINGNEW', message: 'Ny fejl' });
    const error = await failure(() => client().tableInfo('REGK31'));
    expect(error.code).toBe('DST-OTHER');
    expect(error.message).toContain('EXTRACT-SOMETHINGNEW: Ny fejl');
  });

  it('replays the real error bodies from the fixtures', async () => {
    const body = readFileSync(path.join(FIXTURES, 'statbank_error_EXTRACT-NOTALLOWED_da.json'), 'utf8');
    server.addRoute('/v1/tableinfo/NOTALLOWED', { lang: 'da', format: 'JSON' }, { status: 400, contentType: 'text/json; charset=utf-8', body });
    const error = await failure(() => client().tableInfo('NOTALLOWED'));
    expect(error.code).toBe('EXTRACT-NOTALLOWED');
    expect(error.message).toContain('Der skal vælges værdier for variabel: OMRÅDE');
  });

  it('recovers when a 503 is followed by a good answer', async () => {
    server.inject({ kind: 'status', status: 503 }, { times: 1 });
    const c = client();
    const info = await c.tableInfo('FOLK1A');
    expect(info.id).toBe('FOLK1A');
    expect(c.counters.requests).toBe(2);
    expect(waits).toEqual([10]);
  });

  it('the timeout message says how long it waited, in Danish and English', async () => {
    server.inject({ kind: 'hang' });
    const error = await failure(() => client({ timeoutMs: 200, retries: 0 }).tableInfo('REGK31'));
    expect(error.message).toBe('Danmarks Statistik svarede ikke inden for 0,2 sekunder (1 forsøg). Prøv igen senere.');
    expect(error.messageIn('en')).toBe('Statistics Denmark did not answer within 0.2 seconds (attempts: 1). Try again later.');
  });

  it('an error body with HTTP 200 keeps DST\'s code and message', async () => {
    server.inject({ kind: 'dstError200', code: 'EXTRACT-NOTFOUND', message: 'Tabellen findes ikke (via proxy)' });
    const c = client();
    const error = await failure(() => c.tableInfo('REGK31'));
    expect(error.code).toBe('EXTRACT-NOTFOUND');
    expect(error.status).toBe(200);
    expect(error.message).toContain('Tabellen findes ikke (via proxy)');
    expect(c.counters.requests).toBe(1);
  });

  it('a whole body that stops before its brackets close is malformed, not truncated', async () => {
    // Content-Length matches: the answer arrived in full and was written wrongly.
    server.addRoute('/v1/tableinfo/HALF', { lang: 'da', format: 'JSON' }, { status: 200, contentType: 'text/json; charset=utf-8', body: '{"id": "HALF", "variables": [' });
    const c = client();
    const error = await failure(() => c.tableInfo('HALF'));
    expect(error.code).toBe('MALFORMED');
    expect(c.counters.requests).toBe(1);
  });

  it('the run\'s deadline caps an attempt and stops retries, with its own message', async () => {
    server.inject({ kind: 'hang' });
    const c = client({ timeoutMs: 5000, retries: 2, clock: Date.now });
    c.setDeadline(300);
    const started = Date.now();
    const error = await failure(() => c.tableInfo('REGK31'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.code).toBe('DEADLINE');
    expect(error.retryable).toBe(false);
    expect(c.counters.requests).toBe(1);
    expect(error.message).toBe('Danmarks Statistik nåede ikke at svare om REGK31, inden kørslens tidsgrænse på 0,3 sekunder var brugt. Prøv igen senere, eller sæt en længere tidsgrænse.');
    // Past the deadline no request is sent at all.
    await failure(() => c.tableInfo('FOLK1A'));
    expect(c.counters.requests).toBe(1);
  });

  it('REQUEST-LIMIT for a request that cannot be split further is reported as DST said it', async () => {
    server.inject({ kind: 'requestLimit', maxCells: 1 }, { pathPrefix: '/v1/data/' });
    const c = client();
    const error = await failure(() => c.data('FOLK1A', { ...CSV_QUERY, OMRÅDE: ['101'] }, { format: 'CSV' }));
    expect(error.code).toBe('REQUEST-LIMIT');
    expect(error.message).toContain('grænse i testen: 1');
  });

  it('a refused connection is a network error', async () => {
    const c = new StatbankClient({ baseUrl: 'http://127.0.0.1:1/v1', retries: 1, backoffMs: 1, sleep: async () => undefined });
    const error = await failure(() => c.tableInfo('REGK31'));
    expect(error.code).toBe('NETWORK');
    expect(c.counters.requests).toBe(2);
  });
});
