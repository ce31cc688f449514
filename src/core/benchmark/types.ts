import type { Direction, Lang, Problem } from '../types';

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
  /** Variable ids in coefficient order after the intercept. */
  variables: string[];
  intercept: number;
  coefficients: number[];
  r2: number;
  n: number;
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
  /**
   * The expected level: intercept + Σ coefficient × input, with the unit's own structural values
   * (`inputs`, in `regression.variables` order) so a sheet can show the sum as a formula.
   */
  expected?: { value: number; inputs: number[]; regression: Regression };
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
  problems: Problem[];
}
