// The own key figure, the group median and the national figure over every year the reference has.
// The user's own figure exists for one year only (the reference's current period); earlier years
// use the reference's published value for the municipality, and each point says which it is.
// A year that is not reported, missing or ≤ 0 is a gap, never a 0 on a chart.
import { median, SortedSample } from '../stats';
import type { Direction } from '../types';
import type { ReferenceYear } from './types';

export type TrendArrow = 'up' | 'down' | 'flat' | 'none';
export type TrendAssessment = 'better' | 'worse' | 'same' | 'unknown';

export interface TrendPoint {
  period: string;
  /** The own key figure as drawn; null is a gap. */
  own: number | null;
  /** 'own' for the user's figure (current period), 'reference' for the municipality's published value. */
  ownSource: 'own' | 'reference';
  /** Why `own` is a gap. */
  gap?: 'notReported' | 'missing' | 'nonPositive';
  /** The published value behind a 'nonPositive' gap, e.g. 0 or −58. */
  published?: number;
  groupMedian: number | null;
  national: number | null;
  /** Rank of the own value in the group that year (1 = best, respecting the direction); null without a value. */
  rank: number | null;
  /** Group members with a value that year. */
  n: number;
}

export interface UnitTrend {
  points: TrendPoint[];
  /** First and last period with an own value; the changes run between them. */
  from?: string;
  to?: string;
  changeKr: number | null;
  /** Relative change of the own key figure, 0.12 = +12 %. */
  changePct: number | null;
  /** The group median's relative change over the same years. */
  medianChangePct: number | null;
  /** The own key figure's direction: 'flat' within ±FLAT_CHANGE. */
  arrow: TrendArrow;
  /**
   * Against the group median's development, respecting the direction: 'better' when the own figure
   * moved at least RELATIVE_CHANGE (percentage points) more favourably than the median.
   */
  assessment: TrendAssessment;
  /** Figures are in current prices as DST publishes them; no deflator is applied. */
  prices: 'current';
}

/** A change of less than 2 % over the whole period counts as flat. */
export const FLAT_CHANGE = 0.02;
/** Own and median developments within 2 percentage points count as the same. */
export const RELATIVE_CHANGE = 0.02;

export interface TrendInput {
  /** Oldest first; only years up to the own figure's period are used. */
  years: readonly ReferenceYear[];
  ownCode: string;
  own: { keyFigure: number; period: string };
  /** Municipality codes of the comparison group, the own one included. */
  memberCodes: readonly string[];
  direction: Direction;
}

function ownPoint(year: ReferenceYear, input: TrendInput): Pick<TrendPoint, 'own' | 'ownSource' | 'gap' | 'published'> & { rankValue: number | null } {
  const isCurrent = year.period === input.own.period;
  const value = isCurrent ? input.own.keyFigure : year.values[input.ownCode] ?? null;
  const ownSource = isCurrent ? 'own' : 'reference';
  if (year.notReported && !isCurrent) return { own: null, ownSource, gap: 'notReported', rankValue: null };
  if (value === null || !Number.isFinite(value)) return { own: null, ownSource, gap: 'missing', rankValue: null };
  if (value <= 0) return { own: null, ownSource, gap: 'nonPositive', published: value, rankValue: value };
  return { own: value, ownSource, rankValue: value };
}

function pointFor(year: ReferenceYear, input: TrendInput): TrendPoint {
  const { rankValue, ...own } = ownPoint(year, input);
  const others: number[] = [];
  if (!year.notReported) {
    for (const code of input.memberCodes) {
      if (code === input.ownCode) continue;
      const v = year.values[code];
      if (typeof v === 'number' && Number.isFinite(v)) others.push(v);
    }
  }
  const values = rankValue === null ? others : [...others, rankValue];
  const groupMedian = values.length > 0 ? median(values) : null;
  const rank = rankValue === null ? null : new SortedSample(values).rankEq(rankValue, input.direction === 'lower');
  const national = year.notReported || year.national === null || year.national <= 0 ? null : year.national;
  return { period: year.period, ...own, groupMedian, national, rank, n: values.length };
}

function relative(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from <= 0) return null;
  return (to - from) / from;
}

export function computeTrend(input: TrendInput): UnitTrend {
  const points = input.years.filter((y) => y.period <= input.own.period).map((y) => pointFor(y, input));
  const drawn = points.filter((p) => p.own !== null);
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  const none: UnitTrend = { points, changeKr: null, changePct: null, medianChangePct: null, arrow: 'none', assessment: 'unknown', prices: 'current' };
  if (!first || !last || first === last) return { ...none, ...(first && { from: first.period, to: first.period }) };
  const changeKr = (last.own as number) - (first.own as number);
  const changePct = relative(first.own, last.own);
  const medianChangePct = relative(first.groupMedian, last.groupMedian);
  const arrow: TrendArrow = changePct === null ? 'none' : Math.abs(changePct) < FLAT_CHANGE ? 'flat' : changePct > 0 ? 'up' : 'down';
  let assessment: TrendAssessment = 'unknown';
  if (changePct !== null && medianChangePct !== null) {
    // For costs, growing slower than the group is the favourable development.
    const favourable = input.direction === 'lower' ? medianChangePct - changePct : changePct - medianChangePct;
    assessment = Math.abs(favourable) < RELATIVE_CHANGE ? 'same' : favourable > 0 ? 'better' : 'worse';
  }
  return { points, from: first.period, to: last.period, changeKr, changePct, medianChangePct, arrow, assessment, prices: 'current' };
}
