// The group's distribution and the own unit's place in it, every figure defined by an Excel
// function a reader can repeat: MIN, QUARTILE.INC, MEDIAN, MAX, AVERAGE, RANK.EQ, PERCENTRANK.INC.
import { max, mean, min, quartileInc, SortedSample } from '../stats';
import type { Direction } from '../types';
import type { Distribution, Position, TrafficLight } from './types';

/** One member as the distribution needs it: its key figure and, for Σ/Σ, what it is made of. */
export interface WeightedValue {
  keyFigure: number;
  /** Cost behind the key figure (key figure × weight for reference members). */
  numerator: number | null;
  weight: number | null;
}

function hasUsableWeight(item: WeightedValue): boolean {
  return item.numerator !== null && Number.isFinite(item.numerator) && item.weight !== null && item.weight > 0;
}

/** weightedMean = Σ numerators / Σ weights, or null when any member lacks a usable weight. */
export function computeDistribution(items: readonly WeightedValue[]): Distribution {
  const values = items.map((i) => i.keyFigure);
  let weightedMean: number | null = null;
  if (items.every(hasUsableWeight)) {
    const numerators = items.reduce((acc, i) => acc + (i.numerator as number), 0);
    const weights = items.reduce((acc, i) => acc + (i.weight as number), 0);
    weightedMean = numerators / weights;
  }
  return {
    n: values.length,
    min: min(values),
    q1: quartileInc(values, 1),
    median: quartileInc(values, 2),
    q3: quartileInc(values, 3),
    max: max(values),
    mean: mean(values),
    weightedMean,
  };
}

/**
 * Quarter 1..4 with 1 the best, cut at the QUARTILE.INC points. A value exactly on a cut point
 * belongs to the better quarter, so a municipality at the median is in quarter 2, not 3.
 */
export function quartileOf(value: number, d: Distribution, direction: Direction): 1 | 2 | 3 | 4 {
  if (direction === 'lower') {
    if (value <= d.q1) return 1;
    if (value <= d.median) return 2;
    if (value <= d.q3) return 3;
    return 4;
  }
  if (value >= d.q3) return 1;
  if (value >= d.median) return 2;
  if (value >= d.q1) return 3;
  return 4;
}

export function lightFor(quartile: 1 | 2 | 3 | 4): TrafficLight {
  if (quartile === 1) return 'green';
  if (quartile === 4) return 'red';
  return 'yellow';
}

/** Position of `own` among `values` (which must contain it); pass a SortedSample when ranking many units of one group. */
export function computePosition(
  own: number,
  values: readonly number[] | SortedSample,
  distribution: Distribution,
  direction: Direction,
): Position {
  const sample = values instanceof SortedSample ? values : new SortedSample(values);
  const quartile = quartileOf(own, distribution, direction);
  return {
    rank: sample.rankEq(own, direction === 'lower'),
    n: sample.n,
    percentRank: sample.percentRankInc(own),
    quartile,
    light: lightFor(quartile),
  };
}
