// Values that are almost certainly booking practice rather than cost: a municipality that books
// day care on another function shows 0 kr., one that runs roads through a company shows a negative
// figure, a school whose cost was typed in 1.000 kr. shows a thousandth of the truth. Such a value
// must never become "the best": the potential against it would be the whole budget.
//
// The rule (docs/decisions.md): a key figure is flagged when it is ≤ 0, or when it lies on the good
// side of the median by more than a factor — below `fraction` × the median for costs (lower is
// better), above median / `fraction` where higher is better. The median is taken over the positive
// values of the whole reference population of the year (all municipalities, or all institutions),
// not over the comparison group, so a flag does not depend on the group chosen.
import { median } from '../stats';
import type { Direction } from '../types';

export type AnomalyReason = 'nonPositive' | 'farFromMedian';

export interface AnomalyRule {
  /** 0.25: flagged below a quarter of the median (costs), or above four times it (higher is better). */
  fraction: number;
}

export const DEFAULT_ANOMALY_RULE: AnomalyRule = { fraction: 0.25 };

export interface AnomalyFlag {
  id: string;
  name: string;
  value: number;
  reason: AnomalyReason;
  /** The limit the value crossed: 0 for 'nonPositive', fraction × median (or median / fraction) otherwise. */
  limit: number;
}

export interface AnomalyCheck {
  rule: AnomalyRule;
  /** Period of the values checked, e.g. '2024'; absent for the user's own institutions. */
  period?: string;
  /** How many values the rule looked at (the median's population, zeros and negatives included). */
  checked: number;
  /** Median of the positive values; null when there are none. */
  median: number | null;
  /** Units flagged, in the order they were given. */
  flagged: AnomalyFlag[];
  /** True when the user chose to keep flagged units in the best, best-quartile and expected standards. */
  included: boolean;
}

export interface AnomalyCandidate {
  id: string;
  name: string;
  value: number | null;
}

/** The flag for one value against a known median, or undefined when the value looks like a cost. */
export function anomalyOf(
  candidate: { id: string; name: string; value: number },
  medianValue: number | null,
  direction: Direction,
  rule: AnomalyRule = DEFAULT_ANOMALY_RULE,
): AnomalyFlag | undefined {
  const { id, name, value } = candidate;
  if (value <= 0) return { id, name, value, reason: 'nonPositive', limit: 0 };
  if (medianValue === null || !(medianValue > 0)) return undefined;
  if (direction === 'lower') {
    const limit = rule.fraction * medianValue;
    return value < limit ? { id, name, value, reason: 'farFromMedian', limit } : undefined;
  }
  const limit = medianValue / rule.fraction;
  return value > limit ? { id, name, value, reason: 'farFromMedian', limit } : undefined;
}

/** Apply the rule to a whole reference population. Missing values (null, NaN) are neither checked nor flagged. */
export function detectAnomalies(
  candidates: readonly AnomalyCandidate[],
  direction: Direction,
  options: { rule?: AnomalyRule; included?: boolean; period?: string } = {},
): AnomalyCheck {
  const rule = options.rule ?? DEFAULT_ANOMALY_RULE;
  if (!(rule.fraction > 0 && rule.fraction < 1)) throw new RangeError(`anomaly fraction must lie between 0 and 1, got ${rule.fraction}`);
  const present = candidates.filter((c): c is AnomalyCandidate & { value: number } => typeof c.value === 'number' && Number.isFinite(c.value));
  const positive = present.map((c) => c.value).filter((v) => v > 0);
  const middle = positive.length > 0 ? median(positive) : null;
  const flagged = present
    .map((c) => anomalyOf({ id: c.id, name: c.name, value: c.value }, middle, direction, rule))
    .filter((flag): flag is AnomalyFlag => flag !== undefined);
  return {
    rule,
    ...(options.period !== undefined && { period: options.period }),
    checked: present.length,
    median: middle,
    flagged,
    included: options.included ?? false,
  };
}

/** Flags by unit id, for quick lookup while members are built. */
export function flagsById(check: AnomalyCheck | undefined): Map<string, AnomalyFlag> {
  return new Map((check?.flagged ?? []).map((flag) => [flag.id, flag]));
}
