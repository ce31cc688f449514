import type { Direction, Lang, Problem } from '../types';
import type { AnomalyCheck, AnomalyFlag } from './anomalies';
import type { MeasureDefinition, MeasureMismatch } from './measure';
import type { UnitTrend } from './trend';

export type StandardKind = 'median' | 'quartile' | 'best' | 'average' | 'expected';
export const STANDARD_KINDS: readonly StandardKind[] = ['median', 'quartile', 'best', 'average', 'expected'];

export type GroupSpec =
  | { kind: 'all' }
  | { kind: 'kommunegruppe' }
  | { kind: 'region' }
  | { kind: 'list'; codes: string[] }
  | { kind: 'similar'; k: number; variables?: string[]; weights?: Record<string, number> };

/** What the engine needs to know about a service area. */
export interface AreaSpec {
  id: string;
  name: Record<Lang, string>;
  /** A name short enough for a sheet tab ('Benchmark – <short>' within Excel's 31 characters). */
  shortName?: Record<Lang, string>;
  /** Unit of the key figure, e.g. 'kr. pr. indbygger'. */
  unitLabel: Record<Lang, string>;
  /** Name of the denominator, e.g. 'indbyggere', 'elever'. */
  activityLabel: Record<Lang, string>;
  direction: Direction;
}

/** One municipality's national figure for an area. */
export interface ReferencePoint {
  code: string;
  keyFigure: number | null;
  /** The denominator behind the key figure (e.g. population), used for Σ/Σ averages and as fallback activity. */
  weight: number | null;
}

/** One accounting year of an area's key figure over all municipalities, for trends. */
export interface ReferenceYear {
  period: string;
  /** By municipality code; null = missing or not reported (never 0 for "not reported"). */
  values: Record<string, number | null>;
  national: number | null;
  /** True when the year is a series break: the functions were not reported at all (e.g. 5.30.xx before 2018). */
  notReported: boolean;
}

export interface ReferenceSeries {
  areaId: string;
  points: ReferencePoint[];
  /** Period of the key figures, e.g. '2024'. */
  period: string;
  /** Period of the weights, e.g. '2020K1' — can differ from `period`, and is then flagged. */
  weightPeriod: string;
  /** The national figure as published (Hele landet), when known. */
  national: number | null;
  /** Short source text, e.g. 'REGK31 2024 (snapshot)'. */
  sourceLabel: string;
  /** Every year the reference has in the same measure, oldest first, the current period included. */
  years?: ReferenceYear[];
  /** The key figure's definition as the reference gives it. */
  measure?: MeasureDefinition;
  /** Set when the reference could not give the measure the run asked for. */
  measureMismatch?: MeasureMismatch;
}

/** The user's own figure for one municipality and area. */
export interface OwnFigure {
  id: string;
  code: string;
  name: string;
  cost: number;
  activity?: number;
  address?: string;
}

/** The user's own institution. */
export interface OwnInstitution {
  id: string;
  name: string;
  cost: number;
  activity: number;
  quality: Record<string, number>;
  structural: Record<string, number>;
  address?: string;
}

export interface GroupMember {
  id: string;
  name: string;
  keyFigure: number;
  weight: number | null;
  /**
   * True for the unit the group was formed around. Institution runs share one member list across
   * all units (all false there): a unit finds itself by `id === unitId`.
   */
  isOwn: boolean;
  /** For similar-municipality groups: weighted standardised distance to the own unit. */
  distance?: number;
  /** Set when the member's figure is almost certainly booking practice (see anomalies.ts). */
  anomaly?: AnomalyFlag;
}

export interface Distribution {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Unweighted mean of the key figures. */
  mean: number;
  /** Σ numerators / Σ denominators (noegletal.dk convention); null when weights are missing. */
  weightedMean: number | null;
}

export type TrafficLight = 'green' | 'yellow' | 'red';

export interface Position {
  /** 1 = best, respecting the direction. */
  rank: number;
  n: number;
  /** Excel PERCENTRANK.INC of the own value in the group, ascending values (not direction-adjusted). */
  percentRank: number;
  /** Quartile 1..4 where 1 is the best quarter, respecting the direction. */
  quartile: 1 | 2 | 3 | 4;
  light: TrafficLight;
}

export interface StandardValue {
  kind: StandardKind;
  value: number | null;
  /** max(0, gap to standard) × activity, in kr.; null when the standard is unavailable. */
  potential: number | null;
}

export interface Regression {
  /**
   * Regressor names in coefficient order after the intercept: a variable id, or 'id=value' for one
   * level of a category (kommunegruppe, region), whose first level is the baseline.
   */
  variables: string[];
  intercept: number;
  coefficients: number[];
  r2: number;
  n: number;
  /** Residual degrees of freedom (n − p − 1) and standard error, for the prediction interval. */
  df?: number;
  residualStandardError?: number;
  /** Units left out of the fit because their figure is flagged as booking practice. */
  excludedAnomalies?: string[];
}

/** Actual against expected: the 95 % prediction interval and whether the unit lies outside it. */
export interface ExpectedLevel {
  value: number;
  /**
   * The unit's own values in `regression.variables` order (0/1 for a category's levels), so a
   * sheet can show intercept + Σ coefficient × input as a formula.
   */
  inputs: number[];
  regression: Regression;
  /** The 95 % prediction interval around `value`; absent when the fit has no residual spread. */
  interval?: { lower: number; upper: number; level: number; t: number; standardError: number };
  /** 'above' / 'below' only when the actual key figure lies outside the interval. */
  verdict?: 'above' | 'below' | 'within';
}

export interface UnitBenchmark {
  unitId: string;
  name: string;
  code?: string;
  areaId: string;
  cost: number;
  activity: number;
  activitySource: 'user' | 'reference';
  /** Period of the activity figure when it came from the reference data. */
  activityPeriod?: string;
  keyFigure: number;
  group: { spec: GroupSpec; label: string; members: GroupMember[] };
  distribution: Distribution;
  position: Position;
  standards: StandardValue[];
  chosen: StandardKind;
  /** Potential against the chosen standard, in kr. */
  potential: number;
  expected?: ExpectedLevel;
  /** The own figure itself looks like booking practice (it is still benchmarked, with a warning). */
  anomaly?: AnomalyFlag;
  /** Group members left out of the best and best-quartile standards as booking practice. */
  leftOut?: AnomalyFlag[];
  /** Own key figure, group median and national figure over the years the reference has (municipality runs). */
  trend?: UnitTrend;
  quality?: Record<string, number>;
  address?: string;
}

export interface BenchmarkResult {
  level: 'municipality' | 'institution';
  area: AreaSpec;
  standard: StandardKind;
  units: UnitBenchmark[];
  /** Institution level: the national key figure with the same denominator, when one exists. */
  referenceLine?: { value: number; label: string };
  regression?: Regression;
  /** The key figure's definition (municipality runs): numerator, denominator, period, prices. */
  measure?: MeasureDefinition;
  /** Set when the reference could not give the measure asked for; `measure` is what was used. */
  measureMismatch?: MeasureMismatch;
  /** The anomaly rule as applied to this area's reference population, with every unit it flags. */
  anomalies?: AnomalyCheck;
  problems: Problem[];
}
