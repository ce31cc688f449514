import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { cubeValue } from '../../../src/reference/statbank/cube';

const TABLEINFO = readFileSync(path.join(__dirname, 'fixtures', 'tableinfo_FOLK1A_da.constructed.json'), 'utf8');

/** A fetch that answers FOLK1A tableinfo and, for data, one JSON-stat cell per requested area (value = its code as a number). */
function fakeStatbank(seen: string[]): typeof fetch {
  return async (input) => {
    const url = new URL(String(input));
    seen.push(decodeURIComponent(url.search));
    if (url.pathname.endsWith('/tableinfo/FOLK1A')) return new Response(TABLEINFO, { headers: { 'Content-Type': 'text/json; charset=utf-8' } });
    const areas = (url.searchParams.get('OMRÅDE') ?? '').split(',');
    const one = (id: string, code: string) => ({ label: id, category: { index: { [code]: 0 } } });
    const body = {
      dataset: {
        dimension: {
          OMRÅDE: { label: 'område', category: { index: Object.fromEntries(areas.map((a, i) => [a, i])) } },
          KØN: one('køn', 'TOT'), ALDER: one('alder', 'IALT'), CIVILSTAND: one('civilstand', 'TOT'), Tid: one('tid', '2024K3'),
          id: ['OMRÅDE', 'KØN', 'ALDER', 'CIVILSTAND', 'Tid'], size: [areas.length, 1, 1, 1, 1],
        },
        value: areas.map(Number),
        updated: '2025-08-11T06:00:00Z',
      },
    };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'text/json; charset=utf-8' } });
  };
}

describe('requests above the cell limit', () => {
  it('are split by OMRÅDE and merged back into one cube', async () => {
    const seen: string[] = [];
    // 5 areas × 1 × 1 × 1 × 1 rows × (5 variables + 1) = 30 cells; a limit of 20 allows 3 areas per request.
    const client = new StatbankClient({ baseUrl: 'https://statbank.test/v1', fetch: fakeStatbank(seen), cellLimit: 20 });
    const cube = await client.data('FOLK1A', { OMRÅDE: ['*'], KØN: ['TOT'], ALDER: ['IALT'], CIVILSTAND: ['TOT'], Tid: ['2024K3'] });
    expect(seen.slice(1).map((q) => /OMRÅDE=([^&]*)/.exec(q)?.[1])).toEqual(['000,101,147', '751,825']);
    expect(cube.dimensions[0].codes).toEqual(['000', '101', '147', '751', '825']);
    expect(cubeValue(cube, { OMRÅDE: '825' })).toBe(825);
    expect(cubeValue(cube, { OMRÅDE: '000' })).toBe(0);
    expect(client.counters.requests).toBe(3);
  });

  it('under the limit, the wildcard is sent as is in one request', async () => {
    const seen: string[] = [];
    const client = new StatbankClient({ baseUrl: 'https://statbank.test/v1', fetch: fakeStatbank(seen) });
    await client.data('FOLK1A', { OMRÅDE: ['*'], Tid: ['(1)'] });
    expect(seen[1]).toContain('OMRÅDE=*&Tid=(1)');
  });
});
