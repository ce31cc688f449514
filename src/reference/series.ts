// From a reference bundle to what the benchmark engine consumes: the area's key figure for every
// municipality, weighted by its denominator, with both periods kept visible.
import type { AreaSpec, ReferencePoint, ReferenceSeries } from '../core/benchmark/types';
import type { Lang } from '../core/types';
import { t, type Params } from '../i18n';
import { getArea, SERVICE_AREAS } from './catalogue';
import type { Dataset, ReferenceBundle, ServiceAreaDefinition } from './types';

export const NATIONAL_AREA_CODE = '000';

export interface SeriesOptions {
  lang?: Lang;
  catalogue?: readonly ServiceAreaDefinition[];
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

/** True when the bundle holds the key figure and the denominator the area needs. */
export function hasReferenceData(bundle: ReferenceBundle, areaId: string, catalogue = SERVICE_AREAS): boolean {
  const area = getArea(areaId, catalogue);
  const { keyFigure, denominator } = area?.datasets ?? {};
  return Boolean(keyFigure && denominator && findDataset(bundle, keyFigure) && findDataset(bundle, denominator));
}

export function referenceSeriesFor(bundle: ReferenceBundle, areaId: string, options: SeriesOptions = {}): ReferenceSeries {
  const lang = options.lang ?? 'da';
  const area = requireArea(areaId, options.catalogue ?? SERVICE_AREAS, lang);
  const { keyFigure, denominator } = area.datasets;
  if (!keyFigure || !findDataset(bundle, keyFigure)) {
    throw new ReferenceDataError('ref.area.noData', { area: area.name[lang], origin: originText(bundle.origin, lang) }, lang);
  }
  const figures = requireDataset(bundle, keyFigure, area, lang);
  // Without a denominator there are no weights, and Σ/Σ group averages would silently change meaning.
  if (!denominator) throw new ReferenceDataError('ref.dataset.missing', { dataset: '—', area: area.name[lang] }, lang);
  const weights = requireDataset(bundle, denominator, area, lang);

  const points: ReferencePoint[] = [...bundle.municipalities]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) => ({ code: m.code, keyFigure: figures.values[m.code] ?? null, weight: weights.values[m.code] ?? null }));
  return {
    areaId: area.id,
    points,
    period: figures.period,
    weightPeriod: weights.period,
    national: figures.values[NATIONAL_AREA_CODE] ?? null,
    sourceLabel: t('ref.sourceLabel', lang, { table: figures.table, period: figures.period, origin: originText(figures.origin, lang) }),
  };
}

/** The datasets behind an area's series (key figure first, then denominator) as far as the bundle has them. */
export function sourcesFor(bundle: ReferenceBundle, areaId: string, catalogue = SERVICE_AREAS): Dataset[] {
  const area = getArea(areaId, catalogue);
  if (!area) return [];
  const ids = [area.datasets.keyFigure, area.datasets.numerator, area.datasets.denominator];
  return ids
    .filter((id, i): id is string => id !== undefined && ids.indexOf(id) === i)
    .map((id) => findDataset(bundle, id))
    .filter((ds): ds is Dataset => ds !== undefined);
}

function requireArea(areaId: string, catalogue: readonly ServiceAreaDefinition[], lang: Lang): ServiceAreaDefinition {
  const area = getArea(areaId, catalogue);
  if (!area) throw new ReferenceDataError('ref.area.unknown', { area: areaId }, lang);
  return area;
}

function requireDataset(bundle: ReferenceBundle, id: string, area: ServiceAreaDefinition, lang: Lang): Dataset {
  const ds = findDataset(bundle, id);
  if (!ds) throw new ReferenceDataError('ref.dataset.missing', { dataset: id, area: area.name[lang] }, lang);
  return ds;
}

function findDataset(bundle: ReferenceBundle, id: string): Dataset | undefined {
  return bundle.datasets.find((ds) => ds.id === id);
}

function originText(origin: ReferenceBundle['origin'], lang: Lang): string {
  return t(`ref.origin.${origin}`, lang);
}
