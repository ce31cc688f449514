// The five standards a unit can be measured against and the money between it and each of them.
import type { Direction } from '../types';
import { STANDARD_KINDS } from './types';
import type { Distribution, StandardKind, StandardValue } from './types';

/**
 * Standard values from the distribution. `average` is the Σ/Σ mean, or the plain mean when
 * weights are missing (the caller reports that); `expected` comes from the regression. `basis` is
 * the distribution the best and best-quartile standards come from — the group without figures
 * flagged as booking practice; null when no member is left (those standards are then unavailable).
 */
export function standardLevels(
  d: Distribution,
  direction: Direction,
  expected: number | null,
  basis: Distribution | null = d,
): Record<StandardKind, number | null> {
  const lower = direction === 'lower';
  return {
    median: d.median,
    quartile: basis === null ? null : lower ? basis.q1 : basis.q3,
    best: basis === null ? null : lower ? basis.min : basis.max,
    average: d.weightedMean ?? d.mean,
    expected,
  };
}

/** max(0, gap to the standard in the "worse" direction) × activity: kr. saved by reaching it. */
export function potentialAgainst(own: number, standard: number, activity: number, direction: Direction): number {
  const gap = direction === 'lower' ? own - standard : standard - own;
  return Math.max(0, gap) * activity;
}

/** All five standards in STANDARD_KINDS order with their potentials. */
export function buildStandards(
  own: number,
  activity: number,
  d: Distribution,
  direction: Direction,
  expected: number | null,
  basis: Distribution | null = d,
): StandardValue[] {
  const levels = standardLevels(d, direction, expected, basis);
  return STANDARD_KINDS.map((kind) => {
    const value = levels[kind];
    return {
      kind,
      value,
      potential: value === null ? null : potentialAgainst(own, value, activity, direction),
    };
  });
}
