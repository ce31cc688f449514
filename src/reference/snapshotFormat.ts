// The snapshot on disk: two files, so the task pane can start with the small one and load the
// large one only when a run uses the snapshot.
//   registry.json — build time, attribution, the 98 municipalities with their framework
//                    conditions, the framework variables, and which years and functions the data hold;
//   series.json    — every dataset, grouped by what they share, values as arrays in one area order.
// decodeSnapshot turns them back into the ReferenceBundle everything else reads; encodeSnapshot
// (used by the generator) is its exact inverse.
import type { Lang, Municipality, StructuralVariable } from '../core/types';
import type { Dataset, ReferenceBundle } from './types';

export const SNAPSHOT_FORMAT = 2;

export interface SnapshotRegistry {
  format: 2;
  builtAt: string;
  origin: ReferenceBundle['origin'];
  attribution: string;
  /** Accounting years of the REGK31 key figures, oldest first. */
  years: string[];
  /** REGK31 functions the data hold, with their titles. */
  functions: { code: string; title: Record<Lang, string> }[];
  municipalities: Municipality[];
  structuralVariables: StructuralVariable[];
}

type PerDataset = 'id' | 'title' | 'period' | 'query' | 'flags' | 'values' | 'functionCode' | 'year' | 'notReported' | 'updated' | 'completes';
type SharedFields = Omit<Dataset, PerDataset>;
type CompactDataset = Omit<Dataset, keyof SharedFields | 'values'> & { values: (number | null)[] };

export interface SnapshotSeries {
  format: 2;
  /** The OMRÅDE order of every values array: '000' then the municipalities. */
  areaCodes: string[];
  groups: { shared: SharedFields; datasets: CompactDataset[] }[];
}

const SHARED_KEYS = ['table', 'priceBasis', 'unit', 'origin', 'fetchedAt', 'provenance', 'attribution', 'measure', 'role'] as const;

export function encodeSnapshot(bundle: ReferenceBundle): { registry: SnapshotRegistry; series: SnapshotSeries } {
  const areaCodes = ['000', ...bundle.municipalities.map((m) => m.code)];
  const groups = new Map<string, SnapshotSeries['groups'][number]>();
  for (const ds of bundle.datasets) {
    const shared = Object.fromEntries(SHARED_KEYS.filter((k) => ds[k] !== undefined).map((k) => [k, ds[k]])) as SharedFields;
    const key = JSON.stringify(shared);
    const group = groups.get(key) ?? { shared, datasets: [] };
    groups.set(key, group);
    if (Object.keys(ds.values).sort().join(',') !== [...areaCodes].sort().join(',')) throw new Error(`${ds.id}: values do not cover the snapshot's areas`);
    const { OMRÅDE, ...rest } = ds.query;
    const query = OMRÅDE && OMRÅDE.join(',') === [...areaCodes].sort().join(',') ? rest : ds.query;
    group.datasets.push({
      id: ds.id, title: ds.title, period: ds.period, query, flags: ds.flags,
      ...(ds.updated !== undefined && { updated: ds.updated }),
      ...(ds.functionCode !== undefined && { functionCode: ds.functionCode }),
      ...(ds.year !== undefined && { year: ds.year }),
      ...(ds.notReported && { notReported: true }),
      ...(ds.completes && { completes: ds.completes }),
      values: areaCodes.map((code) => ds.values[code]),
    });
  }
  const functions = new Map<string, Record<Lang, string>>();
  for (const ds of bundle.datasets) {
    if (ds.functionCode && !functions.has(ds.functionCode)) functions.set(ds.functionCode, functionTitle(ds));
  }
  const years = [...new Set(bundle.datasets.filter((d) => d.role === 'keyFigure' && d.year).map((d) => d.year as string))].sort();
  return {
    registry: {
      format: SNAPSHOT_FORMAT, builtAt: bundle.builtAt, origin: bundle.origin, attribution: bundle.attribution, years,
      functions: [...functions].sort(([a], [b]) => a.localeCompare(b)).map(([code, title]) => ({ code, title })),
      municipalities: bundle.municipalities, structuralVariables: bundle.structuralVariables,
    },
    series: { format: SNAPSHOT_FORMAT, areaCodes, groups: [...groups.values()] },
  };
}

/** '3.22.01 Folkeskoler, nettoudgifter pr. indbygger 2024' → 'Folkeskoler'. */
function functionTitle(ds: Dataset): Record<Lang, string> {
  const strip = (text: string): string => text.replace(/^\S+\s/, '').replace(/, (nettoudgifter pr\. indbygger|net expenditure per inhabitant) \d{4}$/, '');
  return { da: strip(ds.title.da), en: strip(ds.title.en) };
}

export function decodeSnapshot(registry: SnapshotRegistry, series: SnapshotSeries): ReferenceBundle {
  if (registry.format !== SNAPSHOT_FORMAT || series.format !== SNAPSHOT_FORMAT) {
    throw new Error(`The bundled snapshot has format ${registry.format}/${series.format}; this version reads ${SNAPSHOT_FORMAT}`);
  }
  const omraade = [...series.areaCodes].sort();
  const datasets: Dataset[] = series.groups.flatMap(({ shared, datasets: items }) =>
    items.map(({ values, query, ...rest }) => {
      if (values.length !== series.areaCodes.length) throw new Error(`Snapshot dataset ${rest.id} has ${values.length} values for ${series.areaCodes.length} areas`);
      return {
        ...shared,
        ...rest,
        query: 'OMRÅDE' in query ? query : { OMRÅDE: omraade, ...query },
        values: Object.fromEntries(series.areaCodes.map((code, i) => [code, values[i]])),
      } as Dataset;
    }),
  );
  return {
    format: 1, builtAt: registry.builtAt, origin: registry.origin, attribution: registry.attribution,
    municipalities: registry.municipalities, structuralVariables: registry.structuralVariables, datasets,
  };
}
