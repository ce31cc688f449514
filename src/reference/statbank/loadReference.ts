// The reference data a run uses, and an honest word about where they came from. Live first when
// asked, within one overall deadline; an area that cannot come live falls back on its own: to its
// last good live figures from the cache, then to the bundled snapshot, and says so. Within an area
// nothing is pieced together (key figure, numerator and denominator always share one fetch), so
// each area's sheet can say where its numbers came from.
import type { MeasureKind } from '../../core/benchmark/measure';
import type { Lang } from '../../core/types';
import { SERVICE_AREAS } from '../catalogue';
import { datasetsFor, hasReferenceData, ReferenceDataError, referenceYears } from '../series';
import { loadSnapshot } from '../snapshot';
import type { Dataset, DatasetOrigin, ReferenceBundle, ServiceAreaDefinition } from '../types';
import { validateBundle } from '../validate';
import { readStamped, writeStamped, type Cache } from './cache';
import { StatbankClient } from './client';
import { statbankText, StatbankError } from './errors';
import { composeBundle, fetchLiveParts, liveCatalogue, membersOf } from './liveBundle';
import { fallbackLines, fallbackReason, type AreaStatus } from './fallbackText';

export { formatDate, type AreaStatus } from './fallbackText';

/** A run waits at most this long for StatBank before it falls back. */
export const DEFAULT_DEADLINE_MS = 20_000;

export interface ReferenceStatus {
  origin: DatasetOrigin;
  /** When the figures in use were fetched or built (ISO 8601); the oldest when areas differ. */
  fetchedAt: string;
  /** True when live data were asked for and something else is used for at least one area. */
  fellBack: boolean;
  /** What went wrong and what is used instead, in the run's language. */
  reason?: string;
  /** The warnings in it, statement by statement (one per area, then any change of measure), for a terminal. */
  reasonLines?: string[];
  /** The date the figures are from, for 'Data fra <dato>'. */
  asOf: string;
  /** The failure behind a fallback, for logs and re-rendering. */
  error?: Error;
  /** Area by area: where its figures come from (live runs only). */
  areas: AreaStatus[];
}

export interface LoadReferenceOptions {
  source: 'live' | 'snapshot';
  client?: StatbankClient;
  /** Where the last good live figures are kept; defaults to the client's cache. */
  cache?: Cache;
  year?: string | number;
  areas?: readonly string[];
  /** Restrict to these municipality codes; default all 98. */
  municipalities?: readonly string[];
  lang?: Lang;
  now?: () => Date;
  /** The most a live run waits for StatBank in all (ms); default 20 s. */
  deadlineMs?: number;
  /** The run's measure; 'perInhabitant' (the snapshot's) also fetches DST's figures per inhabitant. */
  measure?: MeasureKind;
}

export interface LoadedReference {
  bundle: ReferenceBundle;
  status: ReferenceStatus;
}

export async function loadReference(options: LoadReferenceOptions): Promise<LoadedReference> {
  const lang = options.lang ?? 'da';
  if (options.source === 'snapshot') return fromSnapshot();
  const client = options.client ?? new StatbankClient({ cache: options.cache });
  const cache = options.cache ?? client.cache;
  client.setDeadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const wanted = wantedAreas(options.areas, lang);
  const members = membersOf(options.municipalities);

  let live: Awaited<ReturnType<typeof fetchLiveParts>> | undefined;
  let whole: Error | undefined;
  try {
    live = await fetchLiveParts(client, {
      year: options.year, areas: options.areas, municipalities: options.municipalities, lang, now: options.now, measure: options.measure,
    });
  } catch (caught) {
    // A ReferenceDataError (an area id the catalogue does not know) is the caller's mistake, not a fallback.
    if (caught instanceof ReferenceDataError) throw caught;
    whole = caught instanceof Error ? caught : new Error(String(caught));
  }

  const datasets: Dataset[] = [];
  const areas: AreaStatus[] = [];
  for (const area of wanted) {
    const got = live?.datasets.get(area.id);
    if (got) {
      if (cache) await writeStamped(cache, lastGoodKey(area.id, options), got, Date.parse(oldest(got)));
      datasets.push(...got);
      const origin = got.some((d) => d.origin === 'cache') ? 'cache' : 'live';
      areas.push({ areaId: area.id, areaName: { ...area.name }, origin, fellBack: false, fetchedAt: oldest(got) });
      continue;
    }
    const error = whole ?? live?.failures.find((f) => f.areaId === area.id)?.error ?? new Error(area.id);
    const fallback = await fallbackFor(area, error, cache, options, live?.year, lang);
    datasets.push(...fallback.datasets);
    areas.push(fallback.status);
  }

  const fellBack = areas.some((a) => a.fellBack);
  const firstError = areas.find((a) => a.error)?.error;
  // Nothing live and nothing stored: the bundled snapshot as it is, as before areas fell back one by one.
  if (!datasets.some((d) => d.origin !== 'snapshot')) {
    const snapshot = loadSnapshot();
    return {
      bundle: snapshot,
      status: {
        origin: 'snapshot', fetchedAt: snapshot.builtAt, asOf: snapshot.builtAt, fellBack: true, error: firstError, areas,
        reason: fallbackReason(areas, whole, lang), reasonLines: fallbackLines(areas, whole, lang),
      },
    };
  }
  const asOf = oldest(datasets);
  const origin: DatasetOrigin = datasets.some((d) => d.origin === 'live') ? 'live' : datasets.some((d) => d.origin === 'cache') ? 'cache' : 'snapshot';
  const bundle = composeBundle(members, datasets, asOf, origin);
  return {
    bundle,
    status: {
      origin, fetchedAt: asOf, asOf, fellBack, areas,
      ...(fellBack ? { reason: fallbackReason(areas, whole, lang), reasonLines: fallbackLines(areas, whole, lang), error: firstError } : {}),
    },
  };
}

interface Fallback {
  datasets: Dataset[];
  status: AreaStatus;
}

/** The area's last good live figures, else the snapshot's, else none; with the reason and any change of measure. */
async function fallbackFor(
  area: ServiceAreaDefinition, error: Error, cache: Cache | undefined, options: LoadReferenceOptions, liveYear: string | undefined, lang: Lang,
): Promise<Fallback> {
  const base = { areaId: area.id, areaName: { ...area.name }, fellBack: true, error, cause: causeOf(error, lang) };
  const stored = cache ? await storedArea(cache, lastGoodKey(area.id, options), options) : undefined;
  if (stored) {
    const note = statbankText('statbank.provenance.cached', lang);
    const relabelled = stored.map((ds) => ({ ...ds, origin: 'cache' as const, provenance: `${ds.provenance} ${note}` }));
    return { datasets: relabelled, status: { ...base, origin: 'cache', fetchedAt: oldest(relabelled) } };
  }
  const snapshot = loadSnapshot();
  if (!hasReferenceData(snapshot, area.id)) return { datasets: [], status: { ...base, origin: 'none' } };
  // Every year the snapshot has for the area, so its sheet keeps the development too.
  const used = datasetsFor(snapshot, area.id);
  const year = liveYear ?? (options.year === undefined ? undefined : String(options.year));
  const wanted = liveCatalogue(year ?? '0000', [area])[0];
  const usedPeriod = referenceYears(snapshot, area.id).at(-1) ?? '';
  // A run per inhabitant measures as the snapshot does; only the per-band measure differs from it.
  const sameUnit = options.measure === 'perInhabitant' || wanted.unitLabel[lang] === area.unitLabel[lang];
  const samePeriod = year === undefined || year === usedPeriod;
  const measure = sameUnit && samePeriod
    ? undefined
    : { wanted: wanted.unitLabel[lang], wantedPeriod: year, used: area.unitLabel[lang], usedPeriod };
  return { datasets: used, status: { ...base, origin: 'snapshot', fetchedAt: snapshot.builtAt, ...(measure ? { measure } : {}) } };
}

function causeOf(error: Error, lang: Lang): string {
  return error instanceof StatbankError ? error.messageIn(lang) : error.message;
}

/** The area's stored live datasets, or undefined when absent or damaged. */
async function storedArea(cache: Cache, key: string, options: LoadReferenceOptions): Promise<Dataset[] | undefined> {
  const entry = await readStamped<unknown>(cache, key);
  if (!entry || !Array.isArray(entry.value) || entry.value.length === 0) return undefined;
  try {
    // Checked as the loader checks any bundle, so a damaged entry is the same as none.
    const bundle = validateBundle(composeBundle(membersOf(options.municipalities), entry.value as Dataset[], new Date(entry.storedAt).toISOString(), 'cache'));
    return bundle.datasets;
  } catch {
    return undefined;
  }
}

function fromSnapshot(): LoadedReference {
  const bundle = loadSnapshot();
  return { bundle, status: { origin: 'snapshot', fetchedAt: bundle.builtAt, fellBack: false, asOf: bundle.builtAt, areas: [] } };
}

function wantedAreas(ids: readonly string[] | undefined, lang: Lang): ServiceAreaDefinition[] {
  if (ids === undefined) return [...SERVICE_AREAS];
  return ids.map((id) => {
    const area = SERVICE_AREAS.find((a) => a.id === id);
    if (!area) throw new ReferenceDataError('ref.area.unknown', { area: id }, lang);
    return area;
  });
}

/** One area's last good live figures, by year asked, municipalities and language. */
function lastGoodKey(areaId: string, options: LoadReferenceOptions): string {
  const municipalities = options.municipalities ? [...options.municipalities].sort().join(',') : '*';
  return `lastgood|${areaId}|${options.year ?? 'newest'}|${municipalities}|${options.lang ?? 'da'}`;
}

function oldest(datasets: readonly Dataset[]): string {
  return datasets.map((d) => d.fetchedAt).reduce((a, b) => (a < b ? a : b));
}
