// The reference data a run uses, and an honest word about where they came from. Live first when
// asked; on any failure the last good live bundle from the cache, then the bundled snapshot.
// A bundle is never pieced together: if one area fails, the whole bundle falls back, so every
// figure in a run shares one year and one source.
import type { Lang } from '../../core/types';
import { loadSnapshot } from '../snapshot';
import { validateBundle } from '../validate';
import type { DatasetOrigin, ReferenceBundle } from '../types';
import { readStamped, writeStamped, type Cache } from './cache';
import { StatbankClient } from './client';
import { statbankText, StatbankError } from './errors';
import { fetchLiveBundle } from './liveBundle';

export interface ReferenceStatus {
  origin: DatasetOrigin;
  /** When the figures in use were fetched or built (ISO 8601). */
  fetchedAt: string;
  /** True when live data were asked for and something else is used. */
  fellBack: boolean;
  /** What went wrong and what is used instead, in the run's language. */
  reason?: string;
  /** The date the figures are from, for 'Data fra <dato>'. */
  asOf: string;
  /** The failure behind a fallback, for logs and re-rendering. */
  error?: Error;
}

export interface LoadReferenceOptions {
  source: 'live' | 'snapshot';
  client?: StatbankClient;
  /** Where the last good live bundle is kept; defaults to the client's cache. */
  cache?: Cache;
  year?: string | number;
  areas?: readonly string[];
  /** Restrict to these municipality codes; default all 98. */
  municipalities?: readonly string[];
  lang?: Lang;
  now?: () => Date;
}

export interface LoadedReference {
  bundle: ReferenceBundle;
  status: ReferenceStatus;
}

export async function loadReference(options: LoadReferenceOptions): Promise<LoadedReference> {
  const lang = options.lang ?? 'da';
  if (options.source === 'snapshot') return fromSnapshot(false);
  const client = options.client ?? new StatbankClient({ cache: options.cache });
  const cache = options.cache ?? client.cache;
  const key = bundleKey(options);
  try {
    const bundle = await fetchLiveBundle(client, {
      year: options.year, areas: options.areas, municipalities: options.municipalities, lang, now: options.now,
    });
    if (cache) await writeStamped(cache, key, bundle, Date.parse(bundle.builtAt));
    return { bundle, status: { origin: 'live', fetchedAt: bundle.builtAt, fellBack: false, asOf: bundle.builtAt } };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const cause = error instanceof StatbankError ? error.messageIn(lang) : error.message;
    const cached = cache ? await cachedBundle(cache, key) : undefined;
    if (cached) {
      const reason = statbankText('statbank.fallback.cache', lang, { cause, date: formatDate(cached.builtAt, lang) });
      return { bundle: asCached(cached, lang), status: { origin: 'cache', fetchedAt: cached.builtAt, fellBack: true, reason, asOf: cached.builtAt, error } };
    }
    const fallback = fromSnapshot(true);
    fallback.status.error = error;
    fallback.status.reason = statbankText('statbank.fallback.snapshot', lang, { cause, date: formatDate(fallback.bundle.builtAt, lang) });
    return fallback;
  }
}

/** A stored live bundle used as a fallback says so on every dataset, so every sheet citing it does too. */
function asCached(bundle: ReferenceBundle, lang: Lang): ReferenceBundle {
  const note = statbankText('statbank.provenance.cached', lang);
  return {
    ...bundle,
    origin: 'cache',
    datasets: bundle.datasets.map((dataset) => ({ ...dataset, origin: 'cache', provenance: `${dataset.provenance} ${note}` })),
  };
}

function fromSnapshot(fellBack: boolean): LoadedReference {
  const bundle = loadSnapshot();
  return { bundle, status: { origin: 'snapshot', fetchedAt: bundle.builtAt, fellBack, asOf: bundle.builtAt } };
}

function bundleKey(options: LoadReferenceOptions): string {
  const areas = options.areas ? [...options.areas].sort().join(',') : '*';
  const municipalities = options.municipalities ? [...options.municipalities].sort().join(',') : '*';
  return `bundle|live|${options.year ?? 'newest'}|${areas}|${municipalities}|${options.lang ?? 'da'}`;
}

/** The saved bundle relabelled as coming from the cache, or undefined when absent or damaged. */
async function cachedBundle(cache: Cache, key: string): Promise<ReferenceBundle | undefined> {
  const entry = await readStamped<unknown>(cache, key);
  if (!entry) return undefined;
  try {
    const bundle = validateBundle(entry.value);
    return { ...bundle, origin: 'cache', datasets: bundle.datasets.map((ds) => ({ ...ds, origin: 'cache' })) };
  } catch {
    return undefined;
  }
}

/** '23.11.2026' in Danish, '2026-11-23' in English (UTC, so the date does not drift by host). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(date.getUTCFullYear());
  return lang === 'da' ? `${dd}.${mm}.${yyyy}` : `${yyyy}-${mm}-${dd}`;
}
