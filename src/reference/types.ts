import type { MeasureKind } from '../core/benchmark/measure';
import type { Direction, Lang, Municipality, StructuralVariable } from '../core/types';

export type { MeasureKind, MeasureDefinition, MeasureMismatch } from '../core/benchmark/measure';

export type DatasetOrigin = 'snapshot' | 'live' | 'cache';

/**
 * One national series over the municipalities, with everything needed to say where it came from.
 * The same shape serves the bundled snapshot and live StatBank answers.
 */
export interface Dataset {
  /** Stable id, e.g. 'regk31.32201.indl.2024'. */
  id: string;
  /** StatBank table id, e.g. 'REGK31'. */
  table: string;
  title: Record<Lang, string>;
  /** Period of the values, e.g. '2024' or '2020K1'. */
  period: string;
  /** 'løbende priser', 'antal' … */
  priceBasis: string;
  /** What one value means, e.g. 'kr. pr. indbygger'. */
  unit: Record<Lang, string>;
  /** The StatBank query as variable → value codes, e.g. { FUNKTION: ['32201'], PRISENHED: ['INDL'] }. */
  query: Record<string, string[]>;
  origin: DatasetOrigin;
  /** When the figures were fetched (live) or the snapshot was built (ISO 8601). */
  fetchedAt: string;
  /** DST's own 'updated' stamp for the table, when known. */
  updated?: string;
  /** Human-readable origin of the figures. */
  provenance: string;
  /** Caveats that must travel with the figures, e.g. 'snapshot – verify against live REGK31'. */
  flags: string[];
  /** 'Kilde: Danmarks Statistik, statistikbanken.dk/REGK31' */
  attribution: string;
  /** By OMRÅDE code: '000' Hele landet, '101'…'860' municipalities. null = missing ('..') or not reported. */
  values: Record<string, number | null>;
  /**
   * What the values are, so an area's key figure can be found by meaning for any year: a
   * per-function key figure (role 'keyFigure' with `functionCode`) or the weights of a year (role
   * 'weight'), both in `measure`, for the accounting year `year`. Absent on older bundles and on
   * area-level live datasets, which the catalogue names by id instead.
   */
  measure?: MeasureKind;
  role?: DatasetRole;
  /** REGK31 function with dots, e.g. '3.22.01' (per-function key figures only). */
  functionCode?: string;
  /** The accounting year the dataset serves, e.g. '2024' (a weight counted 2024M04 serves 2024). */
  year?: string;
  /** True when the function was not reported that year (a series break), so every value is null. */
  notReported?: boolean;
  /**
   * Main functions (e.g. '5.25') this function's fetch completes: every sub-function StatBank lists
   * was fetched with it, so an area of that main function is whole, not partial.
   */
  completes?: string[];
}

export type DatasetRole = 'keyFigure' | 'weight';

export interface ServiceAreaDefinition {
  id: string;
  name: Record<Lang, string>;
  /** Short name for sheet names: 'Benchmark – <shortName>' stays within Excel's 31 characters. */
  shortName?: Record<Lang, string>;
  /** REGK31 functions with dots, e.g. ['3.22.01']. */
  functions: string[];
  denominator: { id: string; name: Record<Lang, string> };
  unitLabel: Record<Lang, string>;
  direction: Direction;
  /**
   * Area-level dataset ids by role (the live bundle's per-area datasets). Snapshot areas leave this
   * empty: their key figures are found per function and year through Dataset.role/functionCode.
   */
  datasets: { keyFigure?: string; numerator?: string; denominator?: string };
  /** Words users write for this area in their own sheets (lower case). */
  synonyms: string[];
  notes?: Record<Lang, string>;
  /** Set on areas made from a function code the catalogue does not name (see customArea). */
  custom?: boolean;
}

export interface ReferenceBundle {
  /** Schema version of the bundle format. */
  format: 1;
  builtAt: string;
  origin: DatasetOrigin;
  municipalities: Municipality[];
  structuralVariables: StructuralVariable[];
  datasets: Dataset[];
  attribution: string;
}
