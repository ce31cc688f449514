// Turning DEA scores into money and quality: what a unit could save (input orientation) or how
// much more it could deliver at unchanged cost (output orientation), measured against its
// learning partners. Only the result is needed: it carries each unit's own data.
import type { DeaResult } from './types';

export interface DeaPotential {
  index: number;
  id: string;
  /** The unit's cost (its value in the cost column of X). */
  cost: number;
  /**
   * Input orientation: (1 − θ) × cost, the saving from the radial move alone. Super-efficient
   * units (θ > 1) have no saving and get 0. null in output orientation or when the unit is not ok.
   */
  radialSaving: number | null;
  /** Input orientation: cost − target cost, i.e. the radial saving plus the cost slack. */
  slackAdjustedSaving: number | null;
  /** The cost of the unit's projection on the frontier (Σ λ_j × cost_j). */
  targetCost: number | null;
  /**
   * Output orientation: per output, target − actual at unchanged cost (radial gap plus slack).
   * Input orientation: per output, the output slack (target − actual). null when not ok.
   */
  outputGaps: number[] | null;
}

export interface DeaPotentials {
  units: DeaPotential[];
  /** Sums over units that are ok; null in output orientation. */
  totalRadialSaving: number | null;
  totalSlackAdjustedSaving: number | null;
}

export function deaPotentials(result: DeaResult, costColumnIndex: number): DeaPotentials {
  const m = result.units[0]?.inputs.length ?? 0;
  if (!Number.isInteger(costColumnIndex) || costColumnIndex < 0 || costColumnIndex >= m) {
    throw new Error(`DEA potentials: cost column ${costColumnIndex} is outside 0..${m - 1}`);
  }
  const inputOriented = result.orientation === 'in';
  const costIsFixed = result.fixedInputs.includes(costColumnIndex);
  let totalRadial = 0;
  let totalAdjusted = 0;
  const units = result.units.map((u): DeaPotential => {
    const cost = u.inputs[costColumnIndex];
    if (u.status !== 'ok' || u.efficiency === null || !u.targetInputs || !u.targetOutputs) {
      return { index: u.index, id: u.id, cost, radialSaving: null, slackAdjustedSaving: null, targetCost: null, outputGaps: null };
    }
    const targetCost = u.targetInputs[costColumnIndex];
    const outputGaps = u.targetOutputs.map((t, r) => Math.max(0, t - u.outputs[r]));
    if (!inputOriented) {
      return { index: u.index, id: u.id, cost, radialSaving: null, slackAdjustedSaving: null, targetCost, outputGaps };
    }
    // A non-discretionary cost is never scaled by θ, so it has no radial part.
    const radialSaving = costIsFixed ? 0 : Math.max(0, (1 - u.efficiency) * cost);
    const slackAdjustedSaving = Math.max(radialSaving, cost - targetCost);
    totalRadial += radialSaving;
    totalAdjusted += slackAdjustedSaving;
    return { index: u.index, id: u.id, cost, radialSaving, slackAdjustedSaving, targetCost, outputGaps };
  });
  return {
    units,
    totalRadialSaving: inputOriented ? totalRadial : null,
    totalSlackAdjustedSaving: inputOriented ? totalAdjusted : null,
  };
}
