// Reference bundles made of live figures: municipalities and structural variables from the
// bundled snapshot, the areas' datasets from StatBank (see liveAreas.ts), and the catalogue that
// finds each area's figures in such a bundle.
import type { MeasureKind } from '../../core/benchmark/measure';
import type { Lang } from '../../core/types';
import { getArea, SERVICE_AREAS } from '../catalogue';
import { ReferenceDataError } from '../series';
import { snapshotRegistry } from '../snapshotRegistry';
import type { Municipality } from '../../core/types';
import type { Dataset, DatasetOrigin, ReferenceBundle, ServiceAreaDefinition } from '../types';
import type { StatbankClient } from './client';
import { statbankText } from './errors';
import { fetchLiveAreas, type LiveAreas } from './liveAreas';
import { bandText, liveDatasetIds } from './liveDatasets';
import { ageBandFor } from './queries';

export const LIVE_ATTRIBUTION =
  'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31, statistikbanken.dk/FOLK1A; egne beregninger på grundlag af data fra Danmarks Statistik';

export interface LiveBundleOptions {
  /** Accounting year; default the newest REGK31 lists. */
  year?: string | number;
  /** Area ids; default every area in the catalogue. */
  areas?: readonly string[];
  lang?: Lang;
  catalogue?: readonly ServiceAreaDefinition[];
  /** Restrict the bundle to these municipality codes (tests, partial refreshes); default all 98. */
  municipalities?: readonly string[];
  /** Clock for fetchedAt. */
  now?: () => Date;
  /**
   * The run's measure. 'perInhabitant' also fetches DST's own figures per inhabitant (REGK31 INDL,
   * nine years) so the run measures as the snapshot does; absent, only the per-band key figures.
   */
  measure?: MeasureKind;
}

/**
 * Every asked area live, or an error: for `refresh-snapshot`, which must not save a partial
 * bundle. A run uses loadReference, which lets each area fall back on its own.
 */
export async function fetchLiveBundle(client: StatbankClient, options: LiveBundleOptions = {}): Promise<ReferenceBundle> {
  const fetched = await fetchLiveParts(client, options);
  if (fetched.failures.length > 0) throw fetched.failures[0].error;
  return fetched.bundle;
}

export interface LiveParts extends LiveAreas {
  /** The live areas' datasets in a bundle (municipalities and structure from the snapshot). */
  bundle: ReferenceBundle;
  /** The areas asked for, in order. */
  areas: ServiceAreaDefinition[];
}

/** What came live, area by area, and why the rest did not. Throws only when no area could be tried. */
export async function fetchLiveParts(client: StatbankClient, options: LiveBundleOptions = {}): Promise<LiveParts> {
  const lang = options.lang ?? 'da';
  const catalogue = options.catalogue ?? SERVICE_AREAS;
  const areas = resolveAreas(options.areas, catalogue, lang);
  const members = membersOf(options.municipalities);
  const live = await fetchLiveAreas(client, areas, members.map((m) => m.code), { year: options.year, lang, now: options.now, measure: options.measure });
  const datasets = [...live.datasets.values()].flat();
  const builtAt = datasets.length > 0
    ? datasets.map((d) => d.fetchedAt).reduce((a, b) => (a < b ? a : b))
    : (options.now ?? (() => new Date()))().toISOString();
  return { ...live, areas, bundle: composeBundle(members, datasets, builtAt, 'live') };
}

/** The snapshot's municipalities, or those of them asked for (tests, partial refreshes). */
export function membersOf(codes: readonly string[] | undefined): Municipality[] {
  const all = snapshotRegistry().municipalities;
  return codes ? all.filter((m) => codes.includes(m.code)) : all;
}

/** A bundle of the given datasets (one copy of each id) over the municipalities. */
export function composeBundle(members: readonly Municipality[], datasets: readonly Dataset[], builtAt: string, origin: DatasetOrigin): ReferenceBundle {
  const snapshot = snapshotRegistry();
  const unique = new Map<string, Dataset>();
  // Areas sharing an age band share one denominator dataset.
  for (const ds of datasets) if (!unique.has(ds.id)) unique.set(ds.id, ds);
  return {
    format: 1,
    builtAt,
    origin,
    municipalities: members.map((m) => ({ ...m, structural: { ...m.structural } })),
    structuralVariables: snapshot.structuralVariables.map((v) => ({ ...v, name: { ...v.name } })),
    datasets: [...unique.values()],
    attribution: LIVE_ATTRIBUTION,
  };
}

/**
 * The catalogue as the live bundle serves it: each area's datasets point at the live ids of the
 * year, and its denominator and unit say which age band it is divided by. Pass it as
 * `catalogue` to referenceSeriesFor / hasReferenceData when the bundle is live.
 */
export function liveCatalogue(year: string | number, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS): ServiceAreaDefinition[] {
  return catalogue.map((area) => {
    const band = ageBandFor(area.id);
    const ids = liveDatasetIds(area.id, band, String(year));
    const per = { da: bandText(band, 'da', false), en: bandText(band, 'en', false) };
    return {
      ...area,
      denominator: { id: `population-${band.id}`, name: { da: bandText(band, 'da', true), en: bandText(band, 'en', true) } },
      unitLabel: { da: statbankText('statbank.unit.perBand', 'da', { per: per.da }), en: statbankText('statbank.unit.perBand', 'en', { per: per.en }) },
      datasets: { keyFigure: ids.keyFigure, numerator: ids.numerator, denominator: ids.denominator },
    };
  });
}

/** The year a live bundle was built for, read from its key-figure ids. */
export function liveBundleYear(bundle: ReferenceBundle): string | undefined {
  const match = bundle.datasets.map((ds) => /^live\.regk31\.[^.]+\.netdrift\.(\d{4})$/.exec(ds.id)).find((m) => m !== null);
  return match ? match[1] : undefined;
}

function resolveAreas(ids: readonly string[] | undefined, catalogue: readonly ServiceAreaDefinition[], lang: Lang): ServiceAreaDefinition[] {
  if (ids === undefined) return [...catalogue];
  return ids.map((id) => {
    const area = getArea(id, catalogue);
    if (!area) throw new ReferenceDataError('ref.area.unknown', { area: id }, lang);
    return area;
  });
}

/**
 * The catalogue whose dataset ids match the bundle, area by area: an area the bundle holds live
 * (or stored live) figures for points at them; every other area keeps the snapshot's definition,
 * so a bundle whose areas fell back one by one still finds each area's own figures.
 */
export function catalogueFor(bundle: ReferenceBundle): readonly ServiceAreaDefinition[] {
  const liveYears = new Map<string, string>();
  for (const ds of bundle.datasets) {
    const match = /^live\.([^.]+)\.per-[^.]+\.(\d{4})$/.exec(ds.id);
    if (match && !liveYears.has(match[1])) liveYears.set(match[1], match[2]);
  }
  if (liveYears.size === 0) return SERVICE_AREAS;
  return SERVICE_AREAS.map((area) => {
    const year = liveYears.get(area.id);
    return year === undefined ? area : liveCatalogue(year, [area])[0];
  });
}
