// Types of the DEA engine. The vocabulary follows the R package Benchmarking (Bogetoft & Otto):
// X inputs, Y outputs, RTS, ORIENTATION, slacks, lambdas, peers, super-efficiency.

/** Returns to scale of the technology. 'fdh' is free disposal hull (λ binary, one peer). */
export type Rts = 'crs' | 'vrs' | 'drs' | 'irs' | 'fdh';

/** 'in': shrink inputs at given outputs. 'out': expand outputs at given inputs. */
export type Orientation = 'in' | 'out';

export interface DeaInput {
  /** Inputs, one row per unit, one column per input (units × m). */
  X: number[][];
  /** Outputs, one row per unit, one column per output (units × s). */
  Y: number[][];
  rts: Rts;
  orientation: Orientation;
  /**
   * Second phase: maximise the unweighted sum of slacks with the efficiency held fixed, and report
   * the slacks. Default false. Units scoring 1 get the slack check either way (strong or weak).
   */
  slack?: boolean;
  /** Andersen–Petersen: each unit is measured against the others only. Default false. */
  superEfficiency?: boolean;
  /** Column indices of non-discretionary inputs (Banker–Morey): never scaled by θ. */
  fixedInputs?: number[];
  /** Column indices of non-discretionary outputs: never scaled by φ. */
  fixedOutputs?: number[];
  /** Names of the units for the result; default '1', '2', … */
  ids?: string[];
  /**
   * 'frontier' (default) first finds the frame of the frontier (the extreme efficient units), then
   * solves each LP over a few candidate peers and proves optimality by pricing the frame with the
   * LP duals. 'full' puts every unit in every LP; it gives the same efficiencies and exists to
   * verify that.
   */
  method?: 'frontier' | 'full';
  /**
   * Called after each usable unit is solved with (units solved, usable units), so a caller (the
   * task pane's worker) can show progress. The engine only calls it; it stays free of I/O.
   */
  onProgress?: (done: number, total: number) => void;
}

export type DeaStatus = 'ok' | 'excluded' | 'infeasible';

export type DeaReasonCode =
  | 'missing' // a value is missing (null, undefined, NaN)
  | 'nonFinite' // ±Infinity
  | 'negative' // a value below zero
  | 'zeroInput' // an input is 0: a radial input measure is undefined
  | 'zeroOutputs' // every output is 0: the unit produces nothing to compare
  | 'superInfeasible' // super-efficiency: no combination of the other units can reach this unit
  | 'unbounded' // output orientation: no scalable output is positive
  | 'numerical'; // the LP solver gave up (iteration limit); should not happen

export interface DeaReason {
  code: DeaReasonCode;
  /** For value problems: which matrix and (0-based) column the bad value sits in. */
  kind?: 'input' | 'output';
  column?: number;
}

export interface DeaUnitResult {
  index: number;
  id: string;
  status: DeaStatus;
  reason?: DeaReason;
  /**
   * Farrell efficiency as in Benchmarking. Input orientation: θ ≤ 1, the factor all
   * (discretionary) inputs can be scaled by. Output orientation: φ ≥ 1, the factor all
   * (discretionary) outputs can be scaled up by. With super-efficiency θ may exceed 1 and φ may
   * fall below 1. null when excluded or infeasible.
   */
  efficiency: number | null;
  /**
   * Where the unit stands: 'strong' = score 1 and no slack (its own peer); 'weak' = score 1 but a
   * peer uses less of an input or makes more of an output; 'below' = score under 1;
   * 'undetermined' = score 1 but the slack check failed numerically. null under super-efficiency
   * or when not ok.
   */
  frontier: 'strong' | 'weak' | 'undetermined' | 'below' | null;
  /**
   * The score to show users, in (0, 1] without super-efficiency: θ for input orientation, the
   * Shephard output distance 1/φ for output orientation. Higher is better in both.
   */
  score: number | null;
  /** The intensities λ > 0 of the peers, in the order of `peers`. */
  lambdas: number[];
  /** Indices of the learning partners (units with λ > 0), ascending. */
  peers: number[];
  peerIds: string[];
  /** Σλ: below/above 1 under CRS tells whether the unit is below/above optimal scale. */
  lambdaSum: number;
  /** Input slacks in the units of X (target = scaled input − slack); null without `slack`. */
  inputSlacks: number[] | null;
  /** Output slacks in the units of Y (target = scaled output + slack); null without `slack`. */
  outputSlacks: number[] | null;
  /** The projection on the frontier: Σ λ_j x_j and Σ λ_j y_j. null when not ok. */
  targetInputs: number[] | null;
  targetOutputs: number[] | null;
  /** The unit's own data, kept so potentials can be computed from the result alone. */
  inputs: number[];
  outputs: number[];
}

export interface DeaStats {
  /** LPs solved (including re-solves after adding columns, and slack LPs). */
  lpSolves: number;
  pivots: number;
  /** Times the frame (or every unit) was priced against an LP's duals (at least once per LP phase). */
  pricingPasses: number;
  /** Units in the frame of the frontier (0 for FDH and the full method). */
  frame: number;
}

/** Doubts about the data that do not stop the analysis. */
export type DeaWarning =
  | { code: 'constantVariable' | 'zeroVariable'; kind: 'input' | 'output'; column: number }
  | { code: 'fewUnits'; units: number; needed: number };

export interface DeaResult {
  rts: Rts;
  orientation: Orientation;
  superEfficiency: boolean;
  slack: boolean;
  fixedInputs: number[];
  fixedOutputs: number[];
  units: DeaUnitResult[];
  warnings: DeaWarning[];
  stats: DeaStats;
}
