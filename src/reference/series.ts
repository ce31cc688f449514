// From a reference bundle to what the benchmark engine consumes: the area's key figure for every
// municipality in the run's measure and year, weighted by its denominator, and every earlier year
// in the same measure for the trend. Which measure the bundle could give, and whether it covers all
// of the area, travels with the series, so no sheet can show a different measure without saying so.
import type { MeasureKind } from '../core/benchmark/measure';
import type { AreaSpec, ReferencePoint, ReferenceSeries, ReferenceYear } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t, type Params } from '../i18n';
import { areaSource, sourceYears, type AreaSource } from './areaSource';
import { getArea, SERVICE_AREAS } from './catalogue';
import { functionsText, measureDefinition } from './measure';
import type { Dataset, ReferenceBundle, ServiceAreaDefinition } from './types';

export const NATIONAL_AREA_CODE = '000';
export const DEFAULT_MEASURE: MeasureKind = 'perInhabitant';

export interface SeriesOptions {
  lang?: Lang;
  catalogue?: readonly ServiceAreaDefinition[];
  /** The measure the run asks for; default kr. per inhabitant as DST publishes it. */
  measure?: MeasureKind;
  /** Accounting year; default the newest the bundle holds for the area. */
  year?: string;
}

/** A reference-data problem worth showing to the user; `code` and `params` allow re-rendering in another language. */
export class ReferenceDataError extends Error {
  constructor(readonly code: string, readonly params: Params, lang: Lang) {
    super(t(code, lang, params));
    this.name = 'ReferenceDataError';
  }
}

export function areaSpecFor(area: ServiceAreaDefinition): AreaSpec {
  return {
    id: area.id,
    name: { ...area.name },
    ...(area.shortName ? { shortName: { ...area.shortName } } : {}),
    unitLabel: { ...area.unitLabel },
    activityLabel: { ...area.denominator.name },
    direction: area.direction,
  };
}

/** True when the bundle holds key figures for the area in some measure. */
export function hasReferenceData(bundle: ReferenceBundle, areaId: string, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS): boolean {
  const area = getArea(areaId, catalogue);
  return area !== undefined && areaSource(bundle, area, DEFAULT_MEASURE) !== undefined;
}

/** The accounting years the bundle holds for the area, oldest first (empty when none). */
export function referenceYears(bundle: ReferenceBundle, areaId: string, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS): string[] {
  const area = getArea(areaId, catalogue);
  const source = area ? areaSource(bundle, area, DEFAULT_MEASURE) : undefined;
  return source ? sourceYears(source) : [];
}

interface Resolved {
  area: ServiceAreaDefinition;
  source: AreaSource;
  year: string;
  years: string[];
}

function resolve(bundle: ReferenceBundle, areaId: string, options: SeriesOptions): Resolved {
  const lang = options.lang ?? 'da';
  const area = getArea(areaId, options.catalogue ?? SERVICE_AREAS);
  if (!area) throw new ReferenceDataError('ref.area.unknown', { area: areaId }, lang);
  const source = areaSource(bundle, area, options.measure ?? DEFAULT_MEASURE);
  if (!source) throw new ReferenceDataError('ref.area.noData', { area: area.name[lang], origin: t(`ref.origin.${bundle.origin}`, lang) }, lang);
  const all = sourceYears(source);
  const reported = source.kind === 'functions' ? all.filter((y) => !isNotReported(source, y)) : all;
  const year = options.year ?? reported[reported.length - 1] ?? all[all.length - 1];
  if (!all.includes(year)) throw new ReferenceDataError('ref.year.unavailable', { year, area: area.name[lang], years: rangeText(all) }, lang);
  return { area, source, year, years: all.filter((y) => y <= year) };
}

function isNotReported(source: Extract<AreaSource, { kind: 'functions' }>, year: string): boolean {
  return [...(source.byYear.get(year)?.values() ?? [])].some((ds) => ds.notReported);
}

/** Σ of the functions' values per area code; null where any function lacks a value. */
function summed(datasets: readonly Dataset[]): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const code of Object.keys(datasets[0]?.values ?? {})) {
    let total = 0;
    let complete = true;
    for (const ds of datasets) {
      const v = ds.values[code];
      if (typeof v === 'number') total += v;
      else complete = false;
    }
    values[code] = complete ? total : null;
  }
  return values;
}

function yearOf(source: AreaSource, year: string): { values: Record<string, number | null>; notReported: boolean } {
  if (source.kind === 'areaLevel') return { values: source.keyFigure.values, notReported: false };
  const datasets = [...(source.byYear.get(year)?.values() ?? [])];
  if (datasets.some((ds) => ds.notReported)) {
    return { values: Object.fromEntries(Object.keys(datasets[0].values).map((code) => [code, null])), notReported: true };
  }
  return { values: summed(datasets), notReported: false };
}

export function referenceSeriesFor(bundle: ReferenceBundle, areaId: string, options: SeriesOptions = {}): ReferenceSeries {
  const lang = options.lang ?? 'da';
  const wanted = options.measure ?? DEFAULT_MEASURE;
  const { area, source, year, years } = resolve(bundle, areaId, options);
  const current = yearOf(source, year);
  const weights = source.kind === 'areaLevel' ? source.weight : source.weights.get(year);
  const table = source.kind === 'areaLevel' ? source.keyFigure.table : 'REGK31';
  // The figures' own origin: in a bundle whose areas fell back one by one it differs from the bundle's.
  const origin = source.kind === 'areaLevel' ? source.keyFigure.origin : [...(source.byYear.get(year)?.values() ?? [])][0]?.origin ?? bundle.origin;
  const points: ReferencePoint[] = [...bundle.municipalities]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) => ({ code: m.code, keyFigure: current.values[m.code] ?? null, weight: weights?.values[m.code] ?? null }));
  const history: ReferenceYear[] = years.map((y) => {
    const { values, notReported } = yearOf(source, y);
    return { period: y, values, national: values[NATIONAL_AREA_CODE] ?? null, notReported };
  });
  const functions = source.kind === 'functions' ? source.functions : area.functions;
  const partial = source.kind === 'functions' && source.partial;
  const measure = measureDefinition({
    kind: source.measure, area, functions, year, partial,
    denominatorPeriod: weights?.period,
    ...(source.kind === 'areaLevel' && { unit: source.keyFigure.unit, ...(weights && { denominatorText: weights.title }) }),
  });
  const mismatch = source.measure !== wanted || partial
    ? {
        requested: measureDefinition({ kind: wanted, area, functions: area.functions, year, partial: false }),
        reason: Object.fromEntries((['da', 'en'] as const).map((l) => [l, mismatchReason(origin, area, source, wanted, measure.functions, l)])) as Record<Lang, string>,
      }
    : undefined;
  return {
    areaId: area.id,
    points,
    period: year,
    weightPeriod: weights?.period ?? '—',
    national: current.values[NATIONAL_AREA_CODE] ?? null,
    sourceLabel: t('ref.sourceLabel', lang, { table, period: year, origin: t(`ref.origin.${origin}`, lang) }),
    ...(history.length > 1 && { years: history }),
    measure,
    ...(mismatch && { measureMismatch: mismatch }),
  };
}

function mismatchReason(
  origin: ReferenceBundle['origin'], area: ServiceAreaDefinition, source: AreaSource, wanted: MeasureKind, used: readonly string[], lang: Lang,
): string {
  const sourceName = t(`measure.source.${origin}`, lang);
  if (source.measure === wanted) {
    return t('measure.mismatch.partial', lang, {
      source: sourceName, area: area.name[lang], wanted: functionsText(area.functions, lang), functions: functionsText(used, lang),
    });
  }
  return t('measure.mismatch.kind', lang, {
    source: sourceName, area: area.name[lang], wanted: t(`measure.name.${wanted}`, lang), used: t(`measure.name.${source.measure}`, lang),
  });
}

/** For the citations: an area the bundle cannot serve has no datasets to cite (the series call reports why). */
function resolvedOrNull(bundle: ReferenceBundle, areaId: string, options: SeriesOptions): Resolved | null {
  try {
    return resolve(bundle, areaId, options);
  } catch {
    return null;
  }
}

/**
 * The datasets behind an area's series as they must be cited: per function one entry covering every
 * year used (period '2016–2024'), then the current year's weights. Area-level sources cite their
 * key figure, numerator and denominator.
 */
export function sourcesFor(
  bundle: ReferenceBundle, areaId: string, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS, options: SeriesOptions = {},
): Dataset[] {
  const resolved = resolvedOrNull(bundle, areaId, { ...options, catalogue });
  if (!resolved) return [];
  const { source, year, years } = resolved;
  if (source.kind === 'areaLevel') {
    return [source.keyFigure, source.numerator, source.weight].filter((d, i, all): d is Dataset => d !== undefined && all.indexOf(d) === i);
  }
  const cited = source.functions.map((code) => spanning(years.map((y) => source.byYear.get(y)?.get(code)).filter((d): d is Dataset => d !== undefined)));
  const weight = source.weights.get(year);
  return weight ? [...cited, weight] : cited;
}

/**
 * Every dataset behind an area's series, as stored (each function in each year up to the series'
 * year, and the weights of those years): what a bundle must hold to serve the area again, e.g.
 * when an area of a live run falls back to the snapshot.
 */
export function datasetsFor(
  bundle: ReferenceBundle, areaId: string, catalogue: readonly ServiceAreaDefinition[] = SERVICE_AREAS, options: SeriesOptions = {},
): Dataset[] {
  const resolved = resolvedOrNull(bundle, areaId, { ...options, catalogue });
  if (!resolved) return [];
  const { source, years } = resolved;
  if (source.kind === 'areaLevel') return sourcesFor(bundle, areaId, catalogue, options);
  const keyFigures = years.flatMap((y) => [...(source.byYear.get(y)?.values() ?? [])]);
  const weights = years.map((y) => source.weights.get(y)).filter((d): d is Dataset => d !== undefined);
  return [...keyFigures, ...weights];
}

/** One function's datasets over several years as one citation: the newest year's metadata, the whole period. */
function spanning(datasets: readonly Dataset[]): Dataset {
  const newest = datasets[datasets.length - 1];
  if (datasets.length === 1) return newest;
  const first = datasets[0].period;
  const period = `${first}–${newest.period}`;
  const notReported = datasets.filter((d) => d.notReported).map((d) => d.period);
  const flags = [...new Set(datasets.flatMap((d) => d.flags))].map((flag) =>
    notReported.length > 0 && datasets.some((d) => d.notReported && d.flags.includes(flag) && !newest.flags.includes(flag)) ? `${flag} (${notReported.join(', ')})` : flag,
  );
  const retitle = (text: string): string => text.replace(new RegExp(`${newest.period}$`), period);
  return {
    ...newest,
    id: `${newest.id}.${first}`,
    title: { da: retitle(newest.title.da), en: retitle(newest.title.en) },
    period,
    query: { ...newest.query, Tid: datasets.map((d) => d.period) },
    flags,
  };
}

function rangeText(years: readonly string[]): string {
  return years.length === 0 ? '—' : years.length === 1 ? years[0] : `${years[0]}–${years[years.length - 1]}`;
}
