// A DEA run as the report needs it: plain data, already shaped per unit (scores, ranks, learning
// partners with their shares, targets, potentials). The pipeline builds it from the engine's result;
// the report only lays it out, so it never needs the engine itself.
import type { TrafficLight } from '../core/benchmark/types';
import type { DeaReasonCode, Orientation, Rts } from '../core/dea';
import type { ColumnRole } from '../core/parse/types';
import type { Problem } from '../core/types';

/** Returns to scale offered to users; FDH stays an engine option. */
export type DeaRts = Exclude<Rts, 'fdh'>;

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
  /** In (0, 1]; higher is better in both orientations. null when excluded. */
  score: number | null;
  /** Super-efficiency score (may exceed 1); null when excluded or unbounded (no other unit reaches it). */
  superScore: number | null;
  /** 1 = best; efficient units are told apart by super-efficiency. Ties share a rank. */
  rank: number | null;
  light: TrafficLight | null;
  /** Actual values in the order of DeaRunResult.inputs / outputs. */
  inputs: number[];
  outputs: number[];
  /** The unit's projection on the frontier (with slacks). */
  targetInputs: number[] | null;
  targetOutputs: number[] | null;
  peers: DeaPeer[];
  /** Key figures for the learning-partner comparison, from the parsed row. */
  cost: number;
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
}

export interface DeaRunResult {
  /** shortName names the sheet tab ("DEA – Schools") where the full name would be cut. */
  area: { id: string; name: string; shortName?: string; unitLabel: string; activityLabel: string };
  settings: { rts: DeaRts; orientation: Orientation; slack: true; superEfficiency: 'ranking' };
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
