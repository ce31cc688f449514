// A DEA run as the report needs it: plain data, already shaped per unit (scores, ranks, learning
// partners with their shares, targets, potentials). The pipeline builds it from the engine's result;
// the report only lays it out, so it never needs the engine itself.
import type { TrafficLight } from '../core/benchmark/types';
import type { DeaReasonCode, Orientation, Rts } from '../core/dea';
import type { ColumnRole } from '../core/parse/types';
import type { Problem } from '../core/types';

/** Returns to scale offered to users, FDH (free disposal hull) included. */
export type DeaRts = Rts;

/**
 * The bootstrap's answer for one unit, on the engine's efficiency scale (Farrell θ for input
 * orientation, φ for output orientation; see scoreInterval for the score shown in sheets).
 */
export interface DeaInterval {
  biasCorrected: number;
  /** efficiency − biasCorrected. */
  bias: number;
  /** The 95 % interval. */
  low: number;
  high: number;
}

/** An interval on the score scale users see: θ as is, φ as 1/φ (so higher is better, ≤ 1). */
export function scoreInterval(interval: DeaInterval, orientation: Orientation): { biasCorrected: number; low: number; high: number } {
  if (orientation === 'in') return { biasCorrected: interval.biasCorrected, low: interval.low, high: interval.high };
  return { biasCorrected: 1 / interval.biasCorrected, low: 1 / interval.high, high: 1 / interval.low };
}

/** One input or output column of the analysis, as the user's table names it. */
export interface DeaVariable {
  /** The quality/structural key, or the role ('cost', 'activity') for those columns. */
  key: string;
  header: string;
  role: ColumnRole;
  /** Non-discretionary: never scaled by the score (e.g. a socio-economic index). */
  fixed: boolean;
}

export interface DeaPeer {
  id: string;
  name: string;
  /** The engine's intensity λ. */
  lambda: number;
  /** λ as a share of Σλ, so the shares of one unit's partners add up to 1. */
  share: number;
}

export interface DeaUnitOutcome {
  id: string;
  name: string;
  /** Where the row lives in the user's workbook, e.g. "'Skoler 2024'!A5:G5". */
  address: string;
  status: 'ok' | 'excluded';
  reason?: DeaReasonCode;
  /** The engine's Farrell efficiency: θ (input orientation) or φ ≥ 1 (output). null when excluded. */
  efficiency: number | null;
  /** In (0, 1]; higher is better in both orientations (above 1 under super-efficiency). null when excluded. */
  score: number | null;
  /** 'strong', 'weak' (scores 1 but a peer does better on something), 'below', or null. */
  frontier: 'strong' | 'weak' | 'undetermined' | 'below' | null;
  /** Super-efficiency score (may exceed 1); null when excluded or not defined. */
  superScore: number | null;
  /** 'undefined' when no other unit reaches this one (e.g. the only producer of an output). */
  superStatus: 'ok' | 'undefined' | null;
  /** 1 = best; efficient units are told apart by super-efficiency. Ties share a rank. */
  rank: number | null;
  light: TrafficLight | null;
  /** Actual values in the order of DeaRunResult.inputs / outputs. */
  inputs: number[];
  outputs: number[];
  /** The unit's projection on the frontier (with slacks). */
  targetInputs: number[] | null;
  targetOutputs: number[] | null;
  /** What the projection leaves over after the radial move; null without the slack phase. */
  inputSlacks: number[] | null;
  outputSlacks: number[] | null;
  peers: DeaPeer[];
  /** Key figures for the learning-partner comparison, from the parsed row; null without a cost column. */
  cost: number | null;
  activity: number | null;
  quality: Record<string, number>;
  /** Input orientation with cost as an input: (1 − θ) × cost. */
  radialSaving: number | null;
  /** Input orientation with cost as an input: cost − target cost (radial plus slack). */
  slackAdjustedSaving: number | null;
  targetCost: number | null;
  /**
   * Per output: how much more the unit could deliver at unchanged inputs, from an output-oriented
   * run (target − actual, never negative). null when the unit could not be measured that way.
   */
  outputGaps: number[] | null;
  /** The Simar–Wilson bootstrap interval; null without a bootstrap or when it could not be made. */
  interval: DeaInterval | null;
  /** Below the frontier, with a bootstrap: whether the gap to the main learning partner is sure. */
  surePartner: boolean | null;
}

export interface DeaRunResult {
  /** shortName names the sheet tab ("DEA – Schools") where the full name would be cut. */
  area: { id: string; name: string; shortName?: string; unitLabel: string; activityLabel: string };
  settings: {
    rts: DeaRts;
    orientation: Orientation;
    slack: boolean;
    /** 'ranking': super-efficiency only orders the efficient units; 'model': it is the model. */
    superEfficiency: 'ranking' | 'model';
    /** The bootstrap's settings; null when none was run. bandwidth null: all units on the frontier. */
    bootstrap: { replicates: number; seed: number; alpha: number; bandwidth: number | null } | null;
  };
  inputs: DeaVariable[];
  outputs: DeaVariable[];
  /** Index of the cost column among the inputs; null when cost is not an input (no kr. potentials). */
  costInputIndex: number | null;
  /** The quality columns of the user's table, for the learning-partner comparison and the chart. */
  qualityColumns: { key: string; header: string }[];
  activityHeader: string | null;
  units: DeaUnitOutcome[];
  /** Median score of the measured units: the yellow/red boundary. */
  medianScore: number | null;
  efficientCount: number;
  measuredCount: number;
  totalRadialSaving: number | null;
  totalSlackAdjustedSaving: number | null;
  /** The run's own problems (excluded units with cell addresses, too few units …). */
  problems: Problem[];
}

/** What buildReport takes for the DEA sheet. */
export type DeaReportInput = DeaRunResult;

/** Score at or above this counts as efficient (the simplex works to about 1e-9). */
export const EFFICIENT_SCORE = 1 - 1e-6;
