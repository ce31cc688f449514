// Plain data shapes of Statistics Denmark's StatBank API (api.statbank.dk/v1) as Pejlemærke uses
// them: table metadata from /tableinfo and a parsed data cube from /data.
import type { Lang } from '../../core/types';

export interface TableValue {
  id: string;
  text: string;
}

export interface TableVariable {
  id: string;
  text: string;
  /** True when the variable may be left out of a query (DST then sums it to its total). */
  elimination: boolean;
  time: boolean;
  values: TableValue[];
}

export interface TableInfo {
  id: string;
  text: string;
  description: string;
  unit: string;
  /** DST's own stamp for the last publication, e.g. '2025-06-24T08:00:00'. */
  updated: string;
  active: boolean;
  suppressedDataValue?: string;
  footnote?: { text: string; mandatory: boolean } | null;
  variables: TableVariable[];
}

export interface SubjectInfo {
  id: string;
  description: string;
  active: boolean;
  hasSubjects: boolean;
  subjects: SubjectInfo[];
}

export interface TableSummary {
  id: string;
  text: string;
  unit: string;
  updated: string;
  firstPeriod: string;
  latestPeriod: string;
  active: boolean;
  variables: string[];
}

export type DataFormat = 'JSONSTAT' | 'CSV';

/** Variable id → value codes or DST selection expressions ('*', '2023*', '(1)', '>=2010K1<=2015K4'). */
export type Selection = Record<string, string[]>;

export interface DataOptions {
  format?: DataFormat;
  lang?: Lang;
  /** Only codes are supported: the cube is looked up by code everywhere downstream. */
  valuePresentation?: 'Code';
}

/** Limits for one call, tighter than the client's own: a second opinion must not hold a run up. */
export interface CallOptions {
  /** Extra attempts after the first; default the client's. */
  retries?: number;
  /** Per attempt, at most this long (shorter than the client's own; still within the run's deadline). */
  timeoutMs?: number;
}

export interface CubeDimension {
  id: string;
  label: string;
  /** Category codes in the order the answer gives them. */
  codes: string[];
  /** Category texts, parallel to codes (the code itself when the format carries no text). */
  labels: string[];
}

/**
 * A data answer as a dense cube: `values` is row-major over `dimensions` (the last dimension
 * varies fastest), `null` where DST reports a missing value. Never 0 for missing.
 */
export interface Cube {
  table: string;
  label: string;
  dimensions: CubeDimension[];
  values: (number | null)[];
  /** DST's 'updated' stamp when the format carries it (JSON-stat does, CSV does not). */
  updated?: string;
  source?: string;
  /** When DST sent these figures (ISO 8601): the original fetch, also when read back from the cache. */
  fetchedAt?: string;
  /** True when this run read the cube from the local cache instead of asking DST. */
  cached?: boolean;
}

export interface RequestCounters {
  /** HTTP requests sent, retries included. */
  requests: number;
  cacheHits: number;
  cacheMisses: number;
}
