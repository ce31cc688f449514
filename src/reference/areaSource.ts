// Where a bundle keeps an area's key figures, found by meaning: either area-level datasets the
// catalogue names by id (a live bundle's per-area figures), or per-function datasets summed over
// the area's functions, for every accounting year the bundle has (the snapshot). Also decides which
// measure the bundle can give for the area, and whether that is all of the area or only part.
import type { MeasureKind } from '../core/benchmark/measure';
import type { Dataset, ReferenceBundle, ServiceAreaDefinition } from './types';

export type AreaSource =
  | { kind: 'areaLevel'; measure: MeasureKind; keyFigure: Dataset; weight: Dataset | undefined; numerator: Dataset | undefined }
  | {
      kind: 'functions';
      measure: MeasureKind;
      /** Functions found, with dots, in code order. */
      functions: string[];
      /** True when the functions are only part of the area (a main function, or a listed function missing). */
      partial: boolean;
      /** Year → function code → dataset; only years where every function is present. */
      byYear: Map<string, Map<string, Dataset>>;
      /** Year → the weights of that year. */
      weights: Map<string, Dataset>;
    };

const indexes = new WeakMap<ReferenceBundle, { byId: Map<string, Dataset>; functions: Map<string, Dataset[]>; weights: Map<string, Dataset[]> }>();

function indexOf(bundle: ReferenceBundle) {
  let index = indexes.get(bundle);
  if (!index) {
    const byId = new Map(bundle.datasets.map((d) => [d.id, d]));
    const functions = new Map<string, Dataset[]>();
    const weights = new Map<string, Dataset[]>();
    for (const ds of bundle.datasets) {
      if (ds.role === 'keyFigure' && ds.functionCode && ds.year && ds.measure) {
        const key = `${ds.measure}|${ds.functionCode}`;
        functions.set(key, [...(functions.get(key) ?? []), ds]);
      } else if (ds.role === 'weight' && ds.year && ds.measure) {
        const key = `${ds.measure}|${ds.year}`;
        weights.set(key, [...(weights.get(key) ?? []), ds]);
      }
    }
    index = { byId, functions, weights };
    indexes.set(bundle, index);
  }
  return index;
}

export function findDataset(bundle: ReferenceBundle, id: string): Dataset | undefined {
  return indexOf(bundle).byId.get(id);
}

/** The measure of an area-level dataset; bundles cached before measures were tagged hold live per-band figures. */
function areaLevelMeasure(ds: Dataset): MeasureKind {
  return ds.measure ?? (ds.id.startsWith('live.') ? 'perAgeBand' : 'perInhabitant');
}

function functionSource(bundle: ReferenceBundle, area: ServiceAreaDefinition, measure: MeasureKind, origin?: Dataset['origin']): AreaSource | undefined {
  if (area.functions.length === 0) return undefined;
  const index = indexOf(bundle);
  const fromOrigin = (ds: Dataset): boolean => origin === undefined || ds.origin === origin;
  const held = [...new Set([...index.functions.entries()]
    .filter(([k, list]) => k.startsWith(`${measure}|`) && list.some(fromOrigin))
    .map(([k]) => k.slice(measure.length + 1)))];
  const found: string[] = [];
  let partial = false;
  for (const f of area.functions) {
    if (f.split('.').length === 2) {
      // A main function is whole only when the fetch says it brought every sub-function (live);
      // otherwise (the snapshot) the bundle cannot prove it, so this is partial.
      const subs = held.filter((code) => code.startsWith(`${f}.`));
      found.push(...subs);
      const whole = subs.length > 0 && subs.every((code) => (index.functions.get(`${measure}|${code}`) ?? []).some((ds) => fromOrigin(ds) && ds.completes?.includes(f)));
      if (!whole) partial = true;
    } else if (held.includes(f)) {
      found.push(f);
    } else {
      partial = true;
    }
  }
  if (found.length === 0) return undefined;
  const functions = [...new Set(found)].sort();
  const byYear = new Map<string, Map<string, Dataset>>();
  for (const code of functions) {
    for (const ds of (index.functions.get(`${measure}|${code}`) ?? []).filter(fromOrigin)) {
      const year = ds.year as string;
      const entry = byYear.get(year) ?? new Map<string, Dataset>();
      entry.set(code, ds);
      byYear.set(year, entry);
    }
  }
  for (const [year, entry] of byYear) if (entry.size !== functions.length) byYear.delete(year);
  if (byYear.size === 0) return undefined;
  // Weights from the same source as the figures: a snapshot area is weighted with the snapshot's
  // population even where another area brought live figures, and the other way round.
  const newest = [...byYear.keys()].sort().pop();
  const figuresOrigin = origin ?? [...(byYear.get(newest ?? '')?.values() ?? [])][0]?.origin;
  const weights = new Map<string, Dataset>();
  for (const year of byYear.keys()) {
    const candidates = index.weights.get(`${measure}|${year}`) ?? [];
    const weight = candidates.find((ds) => ds.origin === figuresOrigin) ?? candidates[0];
    if (weight) weights.set(year, weight);
  }
  return { kind: 'functions', measure, functions, partial, byYear, weights };
}

function areaLevelSource(bundle: ReferenceBundle, area: ServiceAreaDefinition): AreaSource | undefined {
  const { keyFigure, denominator, numerator } = area.datasets;
  const ds = keyFigure ? findDataset(bundle, keyFigure) : undefined;
  if (!ds) return undefined;
  return {
    kind: 'areaLevel',
    measure: areaLevelMeasure(ds),
    keyFigure: ds,
    weight: denominator ? findDataset(bundle, denominator) : undefined,
    numerator: numerator ? findDataset(bundle, numerator) : undefined,
  };
}

/**
 * The source for the area in the measure asked for, else in any measure the bundle has (the caller
 * then says the measure differs). A complete source beats a partial one, even in another measure.
 */
export function areaSource(bundle: ReferenceBundle, area: ServiceAreaDefinition, wanted: MeasureKind): AreaSource | undefined {
  const candidates: AreaSource[] = [];
  const level = areaLevelSource(bundle, area);
  if (level) candidates.push(level);
  // An area that has figures of its own in the bundle is served only from figures of the same
  // fetch: never from per-function figures another area brought in (e.g. its snapshot fallback).
  const origin = level?.kind === 'areaLevel' ? level.keyFigure.origin : undefined;
  for (const measure of [wanted, ...(['perInhabitant', 'perAgeBand'] as const).filter((m) => m !== wanted)]) {
    const fromFunctions = functionSource(bundle, area, measure, origin);
    if (fromFunctions) candidates.push(fromFunctions);
  }
  // Part of an area is worse than all of it in another measure: in a bundle where one area fell back
  // to the snapshot, another area must not be served from that area's snapshot functions.
  const rank = (s: AreaSource): number => (s.measure === wanted ? 0 : 2) + (s.kind === 'functions' && s.partial ? 3 : 0);
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
}

/** Years the source has, oldest first. */
export function sourceYears(source: AreaSource): string[] {
  return source.kind === 'areaLevel' ? [source.keyFigure.period] : [...source.byYear.keys()].sort();
}
