// A local StatBank for whole-product tests: answers tableinfo and JSON-stat data requests for all
// 98 municipalities, synthesising any selection the client asks for (the recorded-answer server
// only knows four municipalities). Figures are invented but shaped like DST's: REGK31 in 1,000 kr.
// by DRANST, FOLK1A persons by single year of age. Also fails on demand, like the real service can.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadSnapshot } from '../../src/reference';
import { startLocalServer } from './localServer';
import { applyFault, FaultBoard, type Fault, type FaultMatch } from './statbankServer';

export type SyntheticMode = 'ok' | 'server-error' | 'reset' | 'hang' | 'malformed' | 'dst-error';

export interface SyntheticStatbank {
  baseUrl: string;
  requests: string[];
  setMode(mode: SyntheticMode): void;
  /** Fails the matching requests only (e.g. one area's REGK31 query) while the rest are answered. */
  inject(fault: Fault, match?: FaultMatch): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export interface SyntheticOptions {
  /** FUNKTION codes REGK31's tableinfo leaves out, as when DST drops or renames a function. */
  omitFunctions?: readonly string[];
}

const UPDATED = '2025-06-24T08:00:00';
const YEARS = ['2021', '2022', '2023', '2024'];
const QUARTERS = YEARS.flatMap((year) => ['K1', 'K2', 'K3', 'K4'].map((q) => `${year}${q}`));
/** kr. per inhabitant by function, for functions the snapshot has no figure for. */
const BASE_PER_INHABITANT: Record<string, number> = { '64550': 2400, '64551': 600, '32201': 7000, '32205': 600 };

const snapshot = loadSnapshot();
/** Every function the snapshot holds, plus 6.45.50 (administration's other sub-function). */
const FUNCTIONS = [...new Set([...snapshot.datasets.flatMap((d) => d.query.FUNKTION ?? []), '64550'])].sort();
const municipalities = snapshot.municipalities;
const population = new Map(municipalities.map((m) => [m.code, m.structural.population]));

function snapshotPerInhabitant(code: string, functionCode: string): number {
  const dataset = snapshot.datasets.find((d) => d.table === 'REGK31' && d.query.FUNKTION?.[0] === functionCode && d.period === '2024');
  return dataset?.values[code] ?? BASE_PER_INHABITANT[functionCode] ?? 1000;
}

function variable(id: string, values: [string, string][], time = false) {
  return { id, text: id.toLowerCase(), elimination: !time && id !== 'OMRÅDE', time, values: values.map(([vid, text]) => ({ id: vid, text })) };
}

const areaCodes: [string, string][] = [['000', 'Hele landet'], ...municipalities.map((m): [string, string] => [m.code, m.name])];

const TABLEINFO: Record<string, unknown> = {
  REGK31: {
    id: 'REGK31', text: 'Kommunernes regnskaber (syntetisk)', description: 'syntetisk', unit: '-', suppressedDataValue: '0',
    updated: UPDATED, active: true, contacts: [], documentation: null, footnote: null,
    variables: [
      variable('OMRÅDE', areaCodes),
      variable('FUNKTION', FUNCTIONS.map((f): [string, string] => [f, f])),
      variable('DRANST', [['1', 'Drift'], ['2', 'Statsrefusion'], ['3', 'Anlæg']]),
      variable('ART', [['TOT', 'I alt (netto)']]),
      variable('PRISENHED', [['LOBM', '1.000 kr.'], ['INDL', 'kr. pr. indbygger']]),
      variable('Tid', YEARS.map((y): [string, string] => [y, y]), true),
    ],
  },
  NGLK: {
    id: 'NGLK', text: 'Kommunale nøgletal (syntetisk)', description: 'syntetisk', unit: '-', suppressedDataValue: '0',
    updated: UPDATED, active: true, contacts: [], documentation: null, footnote: null,
    variables: [
      variable('OMRÅDE', areaCodes),
      variable('BNOGLE', [['DRI', 'Nettodriftsudgifter i alt, pr. indbygger'], ['FOL', 'Folkeskoler, pr. elev'],
        ['DAG', 'Dagtilbud til børn, pr. 0-5-årig'], ['ÆLD', 'Ældreområdet, pr. indbygger 67 år og derover'], ['ADM', 'Administration, pr. indbygger']]),
      variable('BRUTNETUDG', [['BRUT', 'Bruttoudgifter'], ['NET', 'Nettoudgifter']]),
      variable('PRISENHED', [['LOB', 'Løbende priser (1.000 kr.)'], ['PRLOB', 'Pr. enhed, løbende priser (kr.)']]),
      variable('Tid', YEARS.map((y): [string, string] => [y, y]), true),
    ],
  },
  FOLK1A: {
    id: 'FOLK1A', text: 'Befolkningen (syntetisk)', description: 'syntetisk', unit: 'antal', suppressedDataValue: '0',
    updated: UPDATED, active: true, contacts: [], documentation: null, footnote: null,
    variables: [
      variable('OMRÅDE', areaCodes),
      variable('KØN', [['TOT', 'I alt'], ['1', 'Mænd'], ['2', 'Kvinder']]),
      variable('ALDER', [['IALT', 'Alder i alt'], ...Array.from({ length: 126 }, (_, age): [string, string] => [String(age), `${age} år`])]),
      variable('CIVILSTAND', [['TOT', 'I alt'], ['U', 'Ugift'], ['G', 'Gift'], ['E', 'Enke'], ['F', 'Fraskilt']]),
      variable('Tid', QUARTERS.map((q): [string, string] => [q, q]), true),
    ],
  },
};

// NGLK, DST's official key figures: kr. per unit in current prices. Built from the synthetic REGK31 and
// FOLK1A exactly as the live bundle computes its key figures, then bent where DST's figure differs
// for a reason: schools divide by pupils (fewer than the 6–16-year-olds), and Læsø's elderly
// figure is 4.2 % below ours, so whole-product tests see both an agreement and a disagreement.
const NGLK_KEY_FIGURES: Record<string, { text: string; functions: string[]; ages: [number, number] | 'all'; factor?: (code: string) => number }> = {
  DRI: { text: 'Nettodriftsudgifter i alt, pr. indbygger', functions: ['32201', '32205', '52514', '53027', '53028', '64550', '64551'], ages: 'all' },
  FOL: { text: 'Folkeskoler, pr. elev', functions: ['32201'], ages: [6, 16], factor: () => 1.1 },
  DAG: { text: 'Dagtilbud til børn, pr. 0-5-årig', functions: ['52514'], ages: [0, 5] },
  ÆLD: { text: 'Ældreområdet, pr. indbygger 67 år og derover', functions: ['53026', '53027', '53028'], ages: [67, 125], factor: (code) => (code === '825' ? 1 / 1.042 : 1) },
  ADM: { text: 'Administration, pr. indbygger', functions: ['64550', '64551'], ages: 'all' },
};

function nglkValue(codes: Record<string, string>): number | null {
  const figure = NGLK_KEY_FIGURES[codes['BNOGLE']];
  if (!figure || codes['BRUTNETUDG'] !== 'NET' || codes['PRISENHED'] !== 'PRLOB') return null;
  const area = codes['OMRÅDE'];
  const year = codes['Tid'];
  let spending = 0;
  for (const f of figure.functions) for (const d of ['1', '2']) spending += regk31Value({ OMRÅDE: area, FUNKTION: f, DRANST: d }) ?? 0;
  const band = figure.ages;
  const ages = band === 'all' ? ['IALT'] : Array.from({ length: band[1] - band[0] + 1 }, (_, i) => String(band[0] + i));
  const people = ages.reduce((sum, age) => sum + folk1aValue({ OMRÅDE: area, ALDER: age, Tid: `${year}K3` }), 0);
  return people > 0 ? Math.round(((spending * 1000) / people) * (figure.factor?.(area) ?? 1)) : null;
}

function regk31Value(codes: Record<string, string>): number | null {
  const code = codes['OMRÅDE'];
  // Kr. per inhabitant (PRISENHED INDL) as DST publishes it: the snapshot's own figure for the
  // function and year (DRANST 1; nothing on the others), so live and snapshot agree.
  if (codes['PRISENHED'] === 'INDL') {
    if (codes['DRANST'] !== '1') return 0;
    const dataset = snapshot.datasets.find((d) => d.functionCode !== undefined && d.query.FUNKTION?.[0] === codes['FUNKTION'] && d.period === codes['Tid']);
    return dataset ? dataset.values[code] ?? null : null;
  }
  const people = code === '000' ? 5_900_000 : population.get(code) ?? 0;
  const perInhabitant = code === '000' ? 5000 : snapshotPerInhabitant(code, codes['FUNKTION']);
  const gross = Math.round((perInhabitant * people * 1.04) / 1000);
  if (codes['DRANST'] === '1') return gross;
  if (codes['DRANST'] === '2') return -Math.round(gross * 0.02);
  return 0;
}

function folk1aValue(codes: Record<string, string>): number {
  const code = codes['OMRÅDE'];
  const people = code === '000' ? 5_900_000 : (population.get(code) ?? 0) * 1.02;
  const age = codes['ALDER'];
  if (age === 'IALT') return Math.round(people / 100) * 100;
  return Number(age) < 100 ? Math.round(people / 100) : 0;
}

/** JSON-stat 1 with the dimensions in request order plus DST's ContentsCode, row-major values. */
function dataset(table: string, selection: Map<string, string[]>): unknown {
  const ids = [...selection.keys()].filter((id) => id !== 'Tid');
  const order = [...ids, 'ContentsCode', 'Tid'];
  const categories: Record<string, string[]> = Object.fromEntries(selection);
  categories.ContentsCode = [table];
  const dimension: Record<string, unknown> = {};
  for (const id of order) {
    const codes = categories[id];
    dimension[id] = {
      label: id,
      category: { index: Object.fromEntries(codes.map((c, i) => [c, i])), label: Object.fromEntries(codes.map((c) => [c, c])) },
    };
  }
  const size = order.map((id) => categories[id].length);
  const value: (number | null)[] = [];
  const walk = (depth: number, chosen: Record<string, string>) => {
    if (depth === order.length) {
      value.push(table === 'REGK31' ? regk31Value(chosen) : table === 'NGLK' ? nglkValue(chosen) : folk1aValue(chosen));
      return;
    }
    for (const code of categories[order[depth]]) walk(depth + 1, { ...chosen, [order[depth]]: code });
  };
  walk(0, {});
  return {
    dataset: {
      dimension: { ...dimension, id: order, size, role: { metric: ['ContentsCode'], time: ['Tid'], geo: ['OMRÅDE'] } },
      label: `${table} (syntetisk)`, source: 'Danmarks Statistik', updated: `${UPDATED}Z`, value,
    },
  };
}

function selectionOf(url: URL): Map<string, string[]> {
  const selection = new Map<string, string[]>();
  for (const [key, raw] of url.searchParams) {
    if (['lang', 'valuePresentation', 'format', 'delimiter'].includes(key)) continue;
    selection.set(key, raw.split(','));
  }
  return selection;
}

/** Tableinfo as served, with any omitted REGK31 functions left out. */
function tableinfoFor(table: string, options: SyntheticOptions): unknown {
  const info = TABLEINFO[table] as { variables: { id: string; values: { id: string }[] }[] } | undefined;
  if (!info || table !== 'REGK31' || !options.omitFunctions?.length) return info;
  const omit = new Set(options.omitFunctions);
  return {
    ...info,
    variables: info.variables.map((v) => (v.id === 'FUNKTION' ? { ...v, values: v.values.filter((value) => !omit.has(value.id)) } : v)),
  };
}

/** The good answer to a request, as JSON text; undefined when the path is not one the service has. */
function answerFor(url: URL, options: SyntheticOptions): string | undefined {
  const info = /^\/v1\/tableinfo\/(\w+)$/.exec(url.pathname);
  if (info && TABLEINFO[info[1]]) return JSON.stringify(tableinfoFor(info[1], options));
  const data = /^\/v1\/data\/(\w+)\/JSONSTAT$/.exec(url.pathname);
  if (data && TABLEINFO[data[1]]) return JSON.stringify(dataset(data[1], selectionOf(url)));
  return undefined;
}

export async function startSyntheticStatbank(options: SyntheticOptions = {}): Promise<SyntheticStatbank> {
  let mode: SyntheticMode = 'ok';
  const requests: string[] = [];
  const faults = new FaultBoard();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  const server = await startLocalServer(requests, (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const fault = faults.take(url);
    if (fault) {
      applyFault(fault, req, res, answerFor(url, options), later);
      return;
    }
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    if (mode === 'hang') return; // Never answers; close() destroys the socket.
    if (mode === 'malformed') {
      res.writeHead(200, { 'Content-Type': 'text/json; charset=utf-8' }).end('{"dataset": {"dimension": oops}}');
      return;
    }
    if (mode === 'dst-error') {
      res.writeHead(400, { 'Content-Type': 'text/json; charset=utf-8' })
        .end(JSON.stringify({ errorTypeCode: 'EXTRACT-NOTALLOWED', message: 'Forespørgslen er ikke tilladt (syntetisk)' }));
      return;
    }
    if (mode === 'server-error') {
      res.writeHead(503, { 'Content-Type': 'text/html' }).end('<h1>Service Unavailable</h1>');
      return;
    }
    const good = answerFor(url, options);
    const body = good ?? JSON.stringify({ errorTypeCode: 'EXTRACT-NOTFOUND', message: `Ukendt anmodning: ${url.pathname}` });
    res.writeHead(good ? 200 : 400, { 'Content-Type': 'text/json; charset=utf-8' }).end(body);
  });
  return {
    baseUrl: server.baseUrl,
    requests,
    setMode: (next) => (mode = next),
    inject: (fault, match) => faults.inject(fault, match),
    clearFaults: () => faults.clear(),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await server.close();
    },
  };
}
