// The StatBank client: metadata and data from api.statbank.dk/v1 by plain GET, every data request
// checked against tableinfo first, split when it would exceed DST's cell limit (or when DST says
// REQUEST-LIMIT), kept in a cache keyed by DST's own 'updated' stamp (see cache.ts for the keys and
// lifetimes), and held to one overall deadline per run.
import type { Lang } from '../../core/types';
import { readStamped, TABLEINFO_TTL_MS, writeStamped, type Cache } from './cache';
import { DST_CELL_LIMIT, halveSelection, mergeCubes, splitSelection } from './cube';
import { parseStatbankCsv } from './csv';
import { StatbankError } from './errors';
import { getJson, getText, type HttpSettings } from './http';
import { parseJsonStat } from './jsonstat';
import { resolveSelection, type ResolvedVariable } from './selection';
import { parseSubjects, parseTableInfo, parseTables } from './tableinfo';
import type { CallOptions, Cube, DataOptions, RequestCounters, Selection, SubjectInfo, TableInfo, TableSummary } from './types';

export const DEFAULT_BASE_URL = 'https://api.statbank.dk/v1';

export interface StatbankClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  cache?: Cache;
  /** Clock for cache lifetimes (ms since epoch); tests move it. */
  now?: () => number;
  /** Wall clock for the run's deadline; real time unless a test says otherwise. */
  clock?: () => number;
  /** Split requests above this many estimated cells; DST's own limit unless a test sets less. */
  cellLimit?: number;
  tableInfoTtlMs?: number;
}

/** A failure kept for a while, so a run does not wait for the same failure again. */
export interface RememberedFailure {
  /** When it failed (ms since epoch, cache clock). */
  at: number;
  code: string;
  params: Record<string, string | number>;
}

export class StatbankClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly cache: Cache | undefined;
  readonly counters: RequestCounters = { requests: 0, cacheHits: 0, cacheMisses: 0 };
  readonly tableInfoTtlMs: number;
  /** The cache clock (ms since epoch). */
  readonly now: () => number;
  private readonly http: HttpSettings;
  private readonly cellLimit: number;
  /** Tableinfo already read by this client, so one run asks (or looks up) each table once. */
  private readonly infoSeen = new Map<string, { storedAt: number; info: TableInfo }>();

  constructor(options: StatbankClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15000;
    this.cache = options.cache;
    this.now = options.now ?? Date.now;
    this.cellLimit = options.cellLimit ?? DST_CELL_LIMIT;
    this.tableInfoTtlMs = options.tableInfoTtlMs ?? TABLEINFO_TTL_MS;
    // Bound: browsers refuse fetch called as a method of another object.
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.http = {
      fetch: fetchFn,
      timeoutMs: this.timeoutMs,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 500,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      onRequest: () => {
        this.counters.requests++;
      },
      clock: options.clock ?? Date.now,
    };
  }

  resetCounters(): void {
    Object.assign(this.counters, { requests: 0, cacheHits: 0, cacheMisses: 0 });
  }

  /** Starts the run's overall deadline: from now on, no call waits past `ms`. Undefined lifts it. */
  setDeadline(ms: number | undefined): void {
    this.http.deadline = ms === undefined ? undefined : this.http.clock() + ms;
    this.http.deadlineMs = ms;
  }

  /** Milliseconds left before the deadline; Infinity without one. */
  timeLeft(): number {
    return this.http.deadline === undefined ? Number.POSITIVE_INFINITY : this.http.deadline - this.http.clock();
  }

  /** Table metadata; from the cache while younger than the tableinfo lifetime (12 h). */
  async tableInfo(table: string, lang: Lang = 'da', call: CallOptions = {}): Promise<TableInfo> {
    const key = `tableinfo|${table.toUpperCase()}|${lang}`;
    const seen = this.infoSeen.get(key);
    if (seen && this.now() - seen.storedAt < this.tableInfoTtlMs) return seen.info;
    if (this.cache) {
      const hit = await readStamped<TableInfo>(this.cache, key);
      if (hit && this.now() - hit.storedAt < this.tableInfoTtlMs) {
        this.counters.cacheHits++;
        this.infoSeen.set(key, { storedAt: hit.storedAt, info: hit.value });
        return hit.value;
      }
      this.counters.cacheMisses++;
    }
    const url = `${this.baseUrl}/tableinfo/${encodeURIComponent(table)}?lang=${lang}&format=JSON`;
    const info = parseTableInfo(await getJson(url, table, lang, this.httpFor(call)), table, lang);
    this.infoSeen.set(key, { storedAt: this.now(), info });
    if (this.cache) await writeStamped(this.cache, key, info, this.now());
    return info;
  }

  async subjects(lang: Lang = 'da', subjectIds: string[] = []): Promise<SubjectInfo[]> {
    const filter = subjectIds.length > 0 ? `&subjects=${subjectIds.map(encodeURIComponent).join(',')}` : '';
    return parseSubjects(await getJson(`${this.baseUrl}/subjects?lang=${lang}&format=JSON${filter}`, 'subjects', lang, this.http), lang);
  }

  async tables(lang: Lang = 'da', subjectIds: string[] = []): Promise<TableSummary[]> {
    const filter = subjectIds.length > 0 ? `&subjects=${subjectIds.map(encodeURIComponent).join(',')}` : '';
    return parseTables(await getJson(`${this.baseUrl}/tables?lang=${lang}&format=JSON${filter}`, 'tables', lang, this.http), lang);
  }

  /**
   * A data cube. The selection is checked against tableinfo first (unknown variables or codes
   * throw before any data request), split by OMRÅDE when over the cell limit, and cached under
   * the normalised query plus DST's 'updated' stamp. A cube read back from the cache keeps the
   * time it was first fetched.
   */
  async data(table: string, selection: Selection, options: DataOptions & CallOptions = {}): Promise<Cube> {
    const format = options.format ?? 'JSONSTAT';
    const lang = options.lang ?? 'da';
    const info = await this.tableInfo(table, lang, options);
    const resolved = resolveSelection(info, selection, lang);
    const key = `data|${info.id}|${format}|${lang}|${normaliseQuery(resolved)}|${info.updated}`;
    if (this.cache) {
      const hit = await readStamped<Cube>(this.cache, key);
      if (hit) {
        this.counters.cacheHits++;
        return { ...hit.value, fetchedAt: hit.value.fetchedAt ?? new Date(hit.storedAt).toISOString(), cached: true };
      }
      this.counters.cacheMisses++;
    }
    const http = this.httpFor(options);
    const parts: Cube[] = [];
    // One piece at a time: DST asks clients not to hammer it, and pieces are rare.
    for (const piece of splitSelection(resolved, this.cellLimit)) {
      parts.push(...(await this.fetchPiece(info, piece, format, lang, http)));
    }
    const merged = mergeCubes(parts);
    const cube: Cube = { ...merged, updated: merged.updated ?? info.updated, fetchedAt: new Date(this.now()).toISOString() };
    if (this.cache) await writeStamped(this.cache, key, cube, this.now());
    return { ...cube, cached: false };
  }

  /** One piece; when DST answers REQUEST-LIMIT (its own estimate is stricter than ours), in halves. */
  private async fetchPiece(info: TableInfo, piece: Selection, format: NonNullable<DataOptions['format']>, lang: Lang, http: HttpSettings): Promise<Cube[]> {
    const url = this.dataUrl(info.id, piece, format, lang);
    try {
      return [format === 'CSV'
        ? parseStatbankCsv(await getText(url, info.id, 'csv', lang, http), info.id, { lang })
        : parseJsonStat(await getJson(url, info.id, lang, http), info.id, lang)];
    } catch (error) {
      if (!(error instanceof StatbankError) || error.code !== 'REQUEST-LIMIT') throw error;
      const halves = halveSelection(resolveSelection(info, piece, lang));
      // A single cell DST still finds too large cannot be made smaller: say what DST said.
      if (halves.length < 2) throw error;
      const parts: Cube[] = [];
      for (const half of halves) parts.push(...(await this.fetchPiece(info, half, format, lang, http)));
      return parts;
    }
  }

  /** The GET address for a data request, variables as query keys and values comma-separated. */
  dataUrl(table: string, selection: Selection, format: DataOptions['format'] = 'JSONSTAT', lang: Lang = 'da'): string {
    const vars = Object.entries(selection)
      .map(([id, values]) => `${encodeURIComponent(id)}=${values.map((v) => encodeURIComponent(v.trim())).join(',')}`)
      .join('&');
    return `${this.baseUrl}/data/${encodeURIComponent(table)}/${format}?lang=${lang}&valuePresentation=Code&${vars}`;
  }

  /**
   * Keeps a failure under `key` for the tableinfo lifetime, so later runs skip the request that
   * failed instead of waiting for it again. Only with a cache.
   */
  async rememberFailure(key: string, error: StatbankError): Promise<void> {
    if (!this.cache) return;
    const failure: RememberedFailure = { at: this.now(), code: error.code, params: { ...error.params } };
    await writeStamped(this.cache, `failed|${key}`, failure, this.now());
  }

  /** The failure remembered under `key` while it is younger than the tableinfo lifetime. */
  async recentFailure(key: string): Promise<RememberedFailure | undefined> {
    if (!this.cache) return undefined;
    const hit = await readStamped<RememberedFailure>(this.cache, `failed|${key}`);
    return hit && this.now() - hit.storedAt < this.tableInfoTtlMs ? hit.value : undefined;
  }

  /** The client's HTTP settings with one call's tighter limits. */
  private httpFor(call: CallOptions): HttpSettings {
    if (call.retries === undefined && call.timeoutMs === undefined) return this.http;
    return {
      ...this.http,
      retries: call.retries ?? this.http.retries,
      timeoutMs: Math.min(call.timeoutMs ?? this.http.timeoutMs, this.http.timeoutMs),
    };
  }
}

/** Variables in a fixed order with their expressions as sent, so equal queries share one key. */
export function normaliseQuery(resolved: readonly ResolvedVariable[]): string {
  return [...resolved]
    .sort((a, b) => (a.variable.id < b.variable.id ? -1 : a.variable.id > b.variable.id ? 1 : 0))
    .map((r) => `${r.variable.id}=${r.expressions.map((e) => e.trim()).join(',')}`)
    .join('&');
}
