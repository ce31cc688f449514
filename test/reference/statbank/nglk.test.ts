import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { nglkStrings } from '../../../src/i18n/tables/nglk';
import { SERVICE_AREAS } from '../../../src/reference/catalogue';
import { loadSnapshot } from '../../../src/reference/snapshot';
import { MemoryCache } from '../../../src/reference/statbank/cache';
import { StatbankClient } from '../../../src/reference/statbank/client';
import { fetchLiveBundle } from '../../../src/reference/statbank/liveBundle';
import {
  checkMessage, crossCheckLines, crossCheckNglk, discoverLayout, matchKeyFigure, type NglkCrossCheck,
} from '../../../src/reference/statbank/nglk';
import { parseTableInfo } from '../../../src/reference/statbank/tableinfo';
import type { TableInfo } from '../../../src/reference/statbank/types';
import type { ReferenceBundle, ServiceAreaDefinition } from '../../../src/reference/types';
import { loadRecordedRoutes, startStatbankServer, type StatbankTestServer } from '../../support/statbankServer';
import { startSyntheticStatbank } from '../../support/syntheticStatbank';

const FIXTURES = path.join(__dirname, 'fixtures');
const MUNICIPALITIES = ['101', '147', '751', '825'];
const NOW = new Date('2025-09-20T10:00:00Z');
const JSON_TYPE = 'text/json; charset=utf-8';
const fixture = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');
const info = (file: string): TableInfo => parseTableInfo(JSON.parse(fixture(file)), 'NGLK');
const area = (id: string): ServiceAreaDefinition => SERVICE_AREAS.find((a) => a.id === id) as ServiceAreaDefinition;

/** Serves the recorded REGK31/FOLK1A answers plus one NGLK layout (tableinfo + its one data answer). */
async function serverWith(variant: '' | '_textcodes', dataQuery: Record<string, string>): Promise<StatbankTestServer> {
  const server = await startStatbankServer(loadRecordedRoutes(FIXTURES));
  server.addRoute('/v1/tableinfo/NGLK', { lang: 'da', format: 'JSON' }, { contentType: JSON_TYPE, body: fixture(`nglk_tableinfo${variant}_da.constructed.json`) });
  server.addRoute('/v1/data/NGLK/JSONSTAT', { lang: 'da', valuePresentation: 'Code', OMRÅDE: MUNICIPALITIES.join(','), Tid: '2024', ...dataQuery },
    { contentType: JSON_TYPE, body: fixture(`nglk_data${variant}_jsonstat_2024.constructed.json`) });
  return server;
}

function client(server: StatbankTestServer, cache?: MemoryCache): StatbankClient {
  return new StatbankClient({ baseUrl: server.baseUrl, timeoutMs: 500, retries: 0, cache, now: () => NOW.getTime(), sleep: async () => undefined });
}

const byArea = (checks: NglkCrossCheck[], id: string): NglkCrossCheck => {
  const found = checks.find((c) => c.areaId === id);
  if (!found) throw new Error(`no check for ${id}`);
  return found;
};

describe('NGLK layout discovery (constructed tableinfo)', () => {
  const coded = info('nglk_tableinfo_da.constructed.json');
  const texts = info('nglk_tableinfo_textcodes_da.constructed.json');

  it('uses BNOGLE, the net value and the per-unit current-price value', () => {
    const found = discoverLayout(coded, '2024', SERVICE_AREAS);
    if (!found.ok) throw new Error('expected a layout');
    expect(found.layout.keyFigureVariable.id).toBe('BNOGLE');
    expect(found.layout.fixed).toEqual([
      { variable: 'BRUTNETUDG', code: 'NET', text: 'Nettoudgifter' },
      { variable: 'PRISENHED', code: 'PRLOB', text: 'Pr. enhed, løbende priser (kr.)' },
    ]);
    expect(found.layout.scale).toBe(1);
  });

  it('matches areas by code first', () => {
    const variable = discoverLayout(coded, '2024', SERVICE_AREAS);
    if (!variable.ok) throw new Error('expected a layout');
    const code = (id: string) => matchKeyFigure(variable.layout.keyFigureVariable, area(id));
    expect(code('folkeskole')).toEqual({ value: { id: 'FOL', text: 'Folkeskoler, pr. elev' }, by: 'code' });
    expect(code('aeldre')?.value.id).toBe('ÆLD');
    expect(code('total')?.value.id).toBe('DRI');
    expect(code('administration')).toBeUndefined();
    expect(code('sfo')).toBeUndefined();
  });

  it('finds renamed variables and numeric codes through the value texts', () => {
    const found = discoverLayout(texts, '2024', SERVICE_AREAS);
    if (!found.ok) throw new Error('expected a layout');
    expect(found.layout.keyFigureVariable.id).toBe('NØGLETAL');
    expect(found.layout.fixed.map((f) => `${f.variable}=${f.code}`)).toEqual(['UDGIFTSTYPE=N', 'ENHED=PRLOB']);
    const match = (id: string) => matchKeyFigure(found.layout.keyFigureVariable, area(id));
    expect(match('folkeskole')).toEqual({ value: { id: '20', text: 'Folkeskoler, pr. elev' }, by: 'text' });
    expect(match('dagtilbud')?.value.id).toBe('30');
    expect(match('aeldre')?.value.id).toBe('40');
    expect(match('total')?.value.id).toBe('10');
    expect(match('hjemmesygepleje')).toBeUndefined();
  });

  it('gives a reason instead of a guess when the year or the per-unit price is missing', () => {
    expect(discoverLayout(coded, '2030', SERVICE_AREAS)).toEqual({ ok: false, reason: { key: 'nglk.reason.noYear', params: { year: '2030', newest: '2024' } } });
    const noPerUnit: TableInfo = {
      ...coded,
      variables: coded.variables.map((v) => (v.id === 'PRISENHED' ? { ...v, values: v.values.filter((x) => x.id === 'LOB') } : v)),
    };
    expect(discoverLayout(noPerUnit, '2024', SERVICE_AREAS)).toEqual({ ok: false, reason: { key: 'nglk.reason.noValue', params: { variable: 'PRISENHED', what: 'perUnit' } } });
  });

  it('reads a unit of 1,000 kr. as a factor 1000', () => {
    const thousands: TableInfo = { ...coded, variables: coded.variables.filter((v) => v.id !== 'PRISENHED'), unit: '1.000 kr.' };
    const found = discoverLayout(thousands, '2024', SERVICE_AREAS);
    expect(found.ok && found.layout.scale).toBe(1000);
  });
});

describe('crossCheckNglk against constructed NGLK answers', () => {
  const DATA_QUERY = { BNOGLE: 'FOL,DAG,ÆLD,DRI', BRUTNETUDG: 'NET', PRISENHED: 'PRLOB' };
  let server: StatbankTestServer;
  let bundle: ReferenceBundle;
  let checks: NglkCrossCheck[];
  let requests: number;
  const cache = new MemoryCache();

  beforeAll(async () => {
    server = await serverWith('', DATA_QUERY);
    bundle = await fetchLiveBundle(client(server), { municipalities: MUNICIPALITIES, now: () => NOW });
    server.log.length = 0;
    const c = client(server, cache);
    checks = await crossCheckNglk(c, bundle);
    requests = c.counters.requests;
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.clearFaults());

  it('asks NGLK once for tableinfo and once for the data of every matched area', () => {
    expect(requests).toBe(2);
    const dataRequests = server.log.filter((line) => line.startsWith('/v1/data/NGLK'));
    expect(dataRequests).toHaveLength(1);
    expect(decodeURIComponent(dataRequests[0])).toContain('BNOGLE=FOL,DAG,ÆLD,DRI');
  });

  it('gives each catalogue area a status', () => {
    // Only areas DST publishes a key figure for are compared; every other area says there is none.
    const compared = new Set(['folkeskole', 'dagtilbud', 'aeldre', 'total']);
    expect(checks.map((c) => [c.areaId, c.status])).toEqual(
      SERVICE_AREAS.map((a) => [a.id, compared.has(a.id) ? 'compared' : 'no-matching-key-figure']),
    );
  });

  // Ours (constructed REGK31/FOLK1A, see fixtures/README.md): ældre is 5.30.27 + 5.30.28 =
  // 420 000 k / (33 b): 127.27… for 101/147/751 and 1272.72… for Læsø; NGLK says 127 and 1221.
  it('reports Læsø’s elderly figure as a disagreement of 4.2 %', () => {
    const check = byArea(checks, 'aeldre');
    expect(check.nglk).toEqual({
      table: 'NGLK', code: 'ÆLD', text: 'Ældreområdet, pr. indbygger 67 år og derover', unit: 'Pr. enhed, løbende priser (kr.)',
      query: { OMRÅDE: MUNICIPALITIES, BNOGLE: ['ÆLD'], BRUTNETUDG: ['NET'], PRISENHED: ['PRLOB'], Tid: ['2024'] },
    });
    expect(check.comparisons.map((c) => c.code)).toEqual(MUNICIPALITIES);
    expect(check.disagreements).toHaveLength(1);
    const laesoe = check.disagreements[0];
    expect(laesoe).toMatchObject({ code: '825', name: 'Læsø', theirs: 1221 });
    expect(laesoe.ours).toBeCloseTo(420_000 / 330, 9);
    expect(laesoe.relativeDifference).toBeCloseTo(420_000 / 330 / 1221 - 1, 12);
    expect(check.message).toBe(
      'NGLK ÆLD 2024: 3 af 4 kommuner stemmer inden for 1 %; største forskel: Læsø 4,2 %. ' +
      'NGLK viser «Ældreområdet, pr. indbygger 67 år og derover» (Pr. enhed, løbende priser (kr.)); ' +
      'Pejlemærke viser kr. pr. indbygger 67 år og derover. ' +
      'Forskelle skyldes typisk, at de to kilder deler med forskellige nævnere (fx elever mod indbyggere 6–16 år) eller afgrænser området med forskellige funktioner.',
    );
  });

  // Ours per 6–16-year-old: 290 000 k / (11 b) = 263.64; NGLK per pupil 290: −1/11 everywhere.
  it('shows a denominator difference for schools on every municipality', () => {
    const check = byArea(checks, 'folkeskole');
    expect(check.disagreements.map((d) => d.code)).toEqual(MUNICIPALITIES);
    for (const d of check.disagreements) expect(d.relativeDifference).toBeCloseTo(-1 / 11, 12);
    expect(check.message).toMatch(/^NGLK FOL 2024: 0 af 4 kommuner stemmer inden for 1 %; største forskel: København 9,1 %\. NGLK viser «Folkeskoler, pr\. elev» .*Pejlemærke viser kr\. pr\. indbygger 6–16 år\./);
  });

  it('counts a municipality NGLK lacks as missing, not as a disagreement', () => {
    const check = byArea(checks, 'dagtilbud');
    expect(check.missing).toEqual(['825']);
    expect(check.comparisons.map((c) => c.code)).toEqual(['101', '147', '751']);
    expect(check.comparisons[0].relativeDifference).toBeCloseTo(2000 / 6 / 333 - 1, 12);
    expect(check.message.startsWith('NGLK DAG 2024: 3 af 3 kommuner stemmer inden for 1 % (1 uden tal fra begge kilder); største forskel: København 0,1 %.')).toBe(true);
  });

  it('agrees within the tolerance on the total, and a tighter tolerance turns it into a disagreement', async () => {
    const total = byArea(checks, 'total');
    expect(total.disagreements).toEqual([]);
    // Aarhus: ours 108, NGLK 108.5 → −0.46 %.
    expect(total.message).toMatch(/^NGLK DRI 2024: 4 af 4 kommuner stemmer inden for 1 %; største forskel: Aarhus 0,5 %\./);
    const strict = byArea(await crossCheckNglk(client(server, cache), bundle, { tolerance: 0.001 }), 'total');
    expect(strict.status).toBe('compared');
    expect(strict.disagreements.map((d) => d.code)).toEqual(['751']);
    expect(strict.message).toContain('3 af 4 kommuner stemmer inden for 0,1 %');
  });

  it('says plainly when NGLK has no matching key figure', () => {
    const check = byArea(checks, 'administration');
    expect(check.comparisons).toEqual([]);
    expect(check.nglk).toBeUndefined();
    expect(check.message).toBe('NGLK har intet nøgletal, der svarer til Administration (variablen BNOGLE har DRI, FOL, DAG, ÆLD, SOC); området er ikke krydstjekket.');
  });

  it('makes no request at all on a second run from the cache', async () => {
    const second = client(server, cache);
    const again = await crossCheckNglk(second, bundle);
    expect(second.counters.requests).toBe(0);
    expect(again).toEqual(checks);
  });

  it('marks the areas failed, without throwing, when NGLK answers 503', async () => {
    server.inject({ kind: 'status', status: 503 }, { pathPrefix: '/v1/tableinfo/NGLK' });
    const result = await crossCheckNglk(client(server), bundle, { areas: ['aeldre', 'folkeskole'] });
    expect(result.map((c) => c.status)).toEqual(['failed', 'failed']);
    expect(result[0].reason?.key).toBe('statbank.error.SERVER');
    expect(result[0].message).toMatch(/^Krydstjekket mod Danmarks Statistiks nøgletal \(NGLK\) kunne ikke gennemføres: Danmarks Statistiks server har en fejl lige nu \(HTTP 503/);
  });

  it('marks matched areas failed on a 400 EXTRACT-NOTFOUND for the data, and keeps the others’ status', async () => {
    server.inject({ kind: 'dstError', code: 'EXTRACT-NOTFOUND', message: 'Værdien findes ikke' }, { pathPrefix: '/v1/data/NGLK' });
    const result = await crossCheckNglk(client(server), bundle, { areas: ['aeldre', 'administration'], lang: 'en' });
    expect(result.map((c) => c.status)).toEqual(['failed', 'no-matching-key-figure']);
    expect(result[0].message).toContain('Statistics Denmark does not know one of the selected values in table NGLK (Værdien findes ikke)');
    expect(result[1].message).toContain('NGLK has no key figure matching Administration');
  });

  it('does not compare figures of different years', async () => {
    const result = await crossCheckNglk(client(server), bundle, { areas: ['aeldre'], year: 2023 });
    expect(result[0].status).toBe('no-matching-key-figure');
    expect(result[0].message).toBe('Pejlemærkes nøgletal er for 2024, men krydstjekket blev bedt om 2023; tal fra forskellige år sammenlignes ikke.');
  });

  it('reports an area without figures of ours as failed, with the reason', async () => {
    const [unknown] = await crossCheckNglk(client(server, cache), bundle, { areas: ['svømmehaller'] });
    expect(unknown.status).toBe('failed');
    expect(unknown.reason?.key).toBe('ref.area.unknown');
    expect(unknown.message).toContain('svømmehaller');
  });

  it('writes method-sheet lines in Danish and English', () => {
    const selected = ['aeldre', 'administration'].map((id) => byArea(checks, id));
    const da = crossCheckLines(selected, 'da');
    expect(da[0]).toBe('Krydstjek mod Danmarks Statistiks officielle nøgletal (NGLK), tolerance 1 %:');
    expect(da[1]).toMatch(/^Ældre: NGLK ÆLD 2024: 3 af 4/);
    expect(da[2]).toBe('  Læsø: Pejlemærke 1.273 kr., NGLK 1.221 kr. (+4,2 %)');
    expect(da[3]).toMatch(/^Administration: NGLK har intet nøgletal/);
    expect(da[4]).toBe('Kilde: Danmarks Statistik, statistikbanken.dk/NGLK');
    expect(da).toHaveLength(5);
    const en = crossCheckLines(selected, 'en');
    expect(en[1]).toMatch(/^Elderly: NGLK ÆLD 2024: 3 of 4 municipalities agree within 1%; largest difference: Læsø 4\.2%\. .*Pejlemærke shows DKK per inhabitant aged 67 and over\./);
    expect(en[2]).toBe('  Læsø: Pejlemærke DKK 1,273, NGLK DKK 1,221 (+4.2%)');
    expect(checkMessage(selected[0], 'en')).toBe(en[1].replace(/^Elderly: /, ''));
  });
});

describe('crossCheckNglk with renamed variables (constructed)', () => {
  it('finds the key figures by text and compares them the same way', async () => {
    const server = await serverWith('_textcodes', { NØGLETAL: '20,30,40,10', UDGIFTSTYPE: 'N', ENHED: 'PRLOB' });
    try {
      const bundle = await fetchLiveBundle(client(server), { municipalities: MUNICIPALITIES, now: () => NOW });
      const checks = await crossCheckNglk(client(server), bundle, { areas: ['folkeskole', 'dagtilbud', 'aeldre', 'total'] });
      expect(checks.map((c) => c.status)).toEqual(['compared', 'compared', 'compared', 'compared']);
      const elderly = byArea(checks, 'aeldre');
      expect(elderly.nglk?.code).toBe('40');
      expect(elderly.disagreements.map((d) => d.name)).toEqual(['Læsø']);
    } finally {
      await server.close();
    }
  });
});

describe('crossCheckNglk on the synthetic StatBank (all 98 municipalities)', () => {
  it('finds 97 of 98 in agreement on the elderly, and the schools’ pupil denominator everywhere', async () => {
    const statbank = await startSyntheticStatbank();
    try {
      const c = new StatbankClient({ baseUrl: statbank.baseUrl, retries: 0, sleep: async () => undefined });
      const bundle = await fetchLiveBundle(c, { year: 2024, areas: ['aeldre', 'folkeskole', 'administration'], now: () => NOW });
      const before = statbank.requests.length;
      const checks = await crossCheckNglk(c, bundle);
      expect(statbank.requests.slice(before).filter((r) => r.startsWith('/v1/data/NGLK'))).toHaveLength(1);
      const elderly = byArea(checks, 'aeldre');
      expect(elderly.comparisons).toHaveLength(loadSnapshot().municipalities.length);
      expect(elderly.message).toMatch(/^NGLK ÆLD 2024: 97 af 98 kommuner stemmer inden for 1 %; største forskel: Læsø 4,2 %\./);
      expect(byArea(checks, 'folkeskole').disagreements).toHaveLength(98);
      // Administration is 6.45.51 alone; the synthetic NGLK figure covers 6.45.50 too, so all differ.
      expect(byArea(checks, 'administration').disagreements).toHaveLength(98);

      // The bundled snapshot divides by all inhabitants: every municipality differs, and the message says why.
      const snapshot = byArea(await crossCheckNglk(c, loadSnapshot(), { areas: ['aeldre'] }), 'aeldre');
      expect(snapshot.status).toBe('compared');
      expect(snapshot.disagreements).toHaveLength(98);
      expect(snapshot.message).toContain('NGLK viser «Ældreområdet, pr. indbygger 67 år og derover» (Pr. enhed, løbende priser (kr.)); Pejlemærke viser kr. pr. indbygger.');
    } finally {
      await statbank.close();
    }
  });
});

describe('NGLK strings', () => {
  it('every entry has Danish and English text with the same placeholders', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(nglkStrings)) {
      expect(entry.da.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      expect({ key, names: names(entry.da) }).toEqual({ key, names: names(entry.en) });
    }
  });
});
