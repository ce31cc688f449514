// The StatBank client: metadata and data from api.statbank.dk/v1 by plain GET, every data request
// checked against tableinfo first, split when it would exceed DST's cell limit, and kept in a
// cache keyed by DST's own 'updated' stamp (see cache.ts for the keys and lifetimes).
import type { Lang } from '../../core/types';
import { readStamped, TABLEINFO_TTL_MS, writeStamped, type Cache } from './cache';
import { DST_CELL_LIMIT, mergeCubes, splitSelection } from './cube';
import { parseStatbankCsv } from './csv';
import { getJson, getText, type HttpSettings } from './http';
import { parseJsonStat } from './jsonstat';
import { resolveSelection, type ResolvedVariable } from './selection';
import { parseSubjects, parseTableInfo, parseTables } from './tableinfo';
import type { Cube, DataOptions, RequestCounters, Selection, SubjectInfo, TableInfo, TableSummary } from './types';

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
  /** Split requests above this many estimated cells; DST's own limit unless a test sets less. */
  cellLimit?: number;
  tableInfoTtlMs?: number;
}

export class StatbankClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly cache: Cache | undefined;
  readonly counters: RequestCounters = { requests: 0, cacheHits: 0, cacheMisses: 0 };
  private readonly http: HttpSettings;
  private readonly now: () => number;
  private readonly cellLimit: number;
  private readonly tableInfoTtlMs: number;
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
    };
  }

  resetCounters(): void {
    Object.assign(this.counters, { requests: 0, cacheHits: 0, cacheMisses: 0 });
  }

  /** Table metadata; from the cache while younger than the tableinfo lifetime (12 h). */
  async tableInfo(table: string, lang: Lang = 'da'): Promise<TableInfo> {
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
    const info = parseTableInfo(await getJson(url, table, lang, this.http), table, lang);
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
   * the normalised query plus DST's 'updated' stamp.
   */
  async data(table: string, selection: Selection, options: DataOptions = {}): Promise<Cube> {
    const format = options.format ?? 'JSONSTAT';
    const lang = options.lang ?? 'da';
    const info = await this.tableInfo(table, lang);
    const resolved = resolveSelection(info, selection, lang);
    const key = `data|${info.id}|${format}|${lang}|${normaliseQuery(resolved)}|${info.updated}`;
    if (this.cache) {
      const hit = await readStamped<Cube>(this.cache, key);
      if (hit) {
        this.counters.cacheHits++;
        return hit.value;
      }
      this.counters.cacheMisses++;
    }
    const parts: Cube[] = [];
    // One piece at a time: DST asks clients not to hammer it, and pieces are rare.
    for (const piece of splitSelection(resolved, this.cellLimit)) {
      const url = this.dataUrl(info.id, piece, format, lang);
      parts.push(format === 'CSV'
        ? parseStatbankCsv(await getText(url, info.id, 'csv', lang, this.http), info.id, { lang })
        : parseJsonStat(await getJson(url, info.id, lang, this.http), info.id, lang));
    }
    const merged = mergeCubes(parts);
    const cube: Cube = { ...merged, updated: merged.updated ?? info.updated };
    if (this.cache) await writeStamped(this.cache, key, cube, this.now());
    return cube;
  }

  /** The GET address for a data request, variables as query keys and values comma-separated. */
  dataUrl(table: string, selection: Selection, format: DataOptions['format'] = 'JSONSTAT', lang: Lang = 'da'): string {
    const vars = Object.entries(selection)
      .map(([id, values]) => `${encodeURIComponent(id)}=${values.map((v) => encodeURIComponent(v.trim())).join(',')}`)
      .join('&');
    return `${this.baseUrl}/data/${encodeURIComponent(table)}/${format}?lang=${lang}&valuePresentation=Code&${vars}`;
  }
}

/** Variables in a fixed order with their expressions as sent, so equal queries share one key. */
export function normaliseQuery(resolved: readonly ResolvedVariable[]): string {
  return [...resolved]
    .sort((a, b) => (a.variable.id < b.variable.id ? -1 : a.variable.id > b.variable.id ? 1 : 0))
    .map((r) => `${r.variable.id}=${r.expressions.map((e) => e.trim()).join(',')}`)
    .join('&');
}
