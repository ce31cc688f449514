// A whole reference bundle fetched live: municipalities and structural variables from the
// bundled snapshot, every area's datasets from one REGK31 and one FOLK1A request.
import type { Lang } from '../../core/types';
import { getArea, SERVICE_AREAS } from '../catalogue';
import { ReferenceDataError } from '../series';
import { snapshotRegistry } from '../snapshotRegistry';
import type { Dataset, ReferenceBundle, ServiceAreaDefinition } from '../types';
import type { StatbankClient } from './client';
import { statbankText } from './errors';
import { areaDatasets, bandText, denominatorValues, liveDatasetIds, numeratorValues } from './liveDatasets';
import {
  ageBandFor, ageCodes, DENOMINATOR_TABLE, folk1aSelection, functionCodes, newestYear, NUMERATOR_TABLE, populationPeriod,
  regk31Selection, requirePeriod,
} from './queries';

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
}

export async function fetchLiveBundle(client: StatbankClient, options: LiveBundleOptions = {}): Promise<ReferenceBundle> {
  const lang = options.lang ?? 'da';
  const catalogue = options.catalogue ?? SERVICE_AREAS;
  const areas = resolveAreas(options.areas, catalogue, lang);
  const snapshot = snapshotRegistry();
  const members = options.municipalities
    ? snapshot.municipalities.filter((m) => options.municipalities?.includes(m.code))
    : snapshot.municipalities;
  const municipalities = members.map((m) => m.code);

  const regkInfo = await client.tableInfo(NUMERATOR_TABLE, lang);
  const year = options.year === undefined ? newestYear(regkInfo, lang) : String(options.year);
  requirePeriod(regkInfo, year, lang);
  const folkInfo = await client.tableInfo(DENOMINATOR_TABLE, lang);
  requirePeriod(folkInfo, populationPeriod(year), lang);

  // Until the live path degrades per area with its own message, an area asked for by default whose
  // functions REGK31 does not list is left out (the run then says the area has no reference data),
  // rather than letting one unknown code fail every area. An area asked for by name still fails loudly.
  const listed = new Set(regkInfo.variables.find((v) => v.id.toUpperCase() === 'FUNKTION')?.values.map((v) => v.id) ?? []);
  const servable = options.areas === undefined
    ? areas.filter((area) => functionCodes(area.functions, regkInfo, lang).every((code) => listed.has(code)))
    : areas;
  const functionsByArea = new Map(servable.map((area) => [area.id, functionCodes(area.functions, regkInfo, lang)]));
  const allFunctions = unique([...functionsByArea.values()].flat());
  const bands = new Map(servable.map((area) => [area.id, ageBandFor(area.id)]));
  const agesByBand = new Map([...bands.values()].map((band) => [band.id, ageCodes(band, folkInfo, lang)]));
  const allAges = unique([...agesByBand.values()].flat());

  // One request per table: every area's functions, every band's ages.
  const regk = await client.data(NUMERATOR_TABLE, regk31Selection(allFunctions, municipalities, year), { format: 'JSONSTAT', lang });
  const folk = await client.data(DENOMINATOR_TABLE, folk1aSelection(allAges, municipalities, year), { format: 'JSONSTAT', lang });

  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  const provenance = { fetchedAt, lang, regkUpdated: regk.updated ?? regkInfo.updated, folkUpdated: folk.updated ?? folkInfo.updated };
  const datasets = new Map<string, Dataset>();
  for (const area of servable) {
    const band = bands.get(area.id) ?? ageBandFor(area.id);
    const codes = functionsByArea.get(area.id) ?? [];
    const ages = agesByBand.get(band.id) ?? [];
    const made = areaDatasets({
      area, band, year, functionCodes: codes,
      numeratorQuery: regk31Selection(codes, municipalities, year),
      denominatorQuery: folk1aSelection(ages, municipalities, year),
      numerator: numeratorValues(regk, codes, municipalities, year),
      denominator: denominatorValues(folk, ages, municipalities, year),
      provenance,
    });
    // Areas sharing an age band share one denominator dataset.
    for (const ds of made) if (!datasets.has(ds.id)) datasets.set(ds.id, ds);
  }
  return {
    format: 1,
    builtAt: fetchedAt,
    origin: 'live',
    municipalities: members.map((m) => ({ ...m, structural: { ...m.structural } })),
    structuralVariables: snapshot.structuralVariables.map((v) => ({ ...v, name: { ...v.name } })),
    datasets: [...datasets.values()],
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

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The catalogue whose dataset ids match the bundle: the live ids for a live (or cached live) bundle, else the snapshot's. */
export function catalogueFor(bundle: ReferenceBundle): readonly ServiceAreaDefinition[] {
  const year = liveBundleYear(bundle);
  return year === undefined ? SERVICE_AREAS : liveCatalogue(year);
}
