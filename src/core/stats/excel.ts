// Order statistics defined exactly as Excel defines them, so every number the engine writes can be
// re-computed by a finance officer with QUARTILE.INC, PERCENTRANK.INC and RANK.EQ in the sheet.
import { assertFiniteValues } from './descriptive';

function sortedCopy(values: readonly number[], fn: string): number[] {
  if (values.length === 0) throw new RangeError(`${fn} of an empty list is undefined (Excel: #NUM!)`);
  assertFiniteValues(values);
  return [...values].sort((a, b) => a - b);
}

/**
 * Excel PERCENTILE.INC: linear interpolation between the sorted values at position (n − 1)·p
 * (0-based). p must lie in [0, 1].
 */
export function percentileInc(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentileInc: p must be in [0, 1], got ${p}`);
  const sorted = sortedCopy(values, 'percentileInc');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const fraction = position - below;
  if (fraction === 0) return sorted[below];
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

/** Excel QUARTILE.INC. Like Excel, a fractional quart is truncated; outside 0..4 is an error. */
export function quartileInc(values: readonly number[], quart: number): number {
  const q = Math.trunc(quart);
  if (!(q >= 0 && q <= 4)) throw new RangeError(`quartileInc: quart must be 0..4, got ${quart}`);
  return percentileInc(values, q / 4);
}

/** Excel MEDIAN (= PERCENTILE.INC at ½: the middle value, or the mean of the two middle values). */
export function median(values: readonly number[]): number {
  return percentileInc(values, 0.5);
}

/**
 * Round down to `digits` decimals as Excel's PERCENTRANK does. The value is first rounded to 12
 * significant digits so that e.g. 29/100 (0.28999999999999998 in binary) truncates to 0.29, as it
 * does in Excel, and not to 0.289.
 */
function truncateTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Number((value * factor).toPrecision(12));
  return Math.floor(scaled) / factor;
}

/**
 * Excel PERCENTRANK.INC(values, x, significance).
 * - x equal to a value: (count of values strictly below x) / (n − 1); ties share the rank of the
 *   first of them.
 * - x between two values: interpolate between the adjacent sorted positions i and i + 1, where i
 *   is the last position holding a value below x: (i + (x − s[i]) / (s[i+1] − s[i])) / (n − 1).
 * - n = 1 and x equal to the value: 1.
 * - x outside [min, max]: NaN (Excel: #N/A).
 * The result is truncated (not rounded) to `significance` decimals.
 */
export function percentRankInc(values: readonly number[], x: number, significance = 3): number {
  return new SortedSample(values).percentRankInc(x, significance);
}

/**
 * Excel RANK.EQ(x, values, order): 1 + the number of values better than x, where better means
 * smaller when ascending and larger when descending; ties share the best rank. NaN when x is not
 * among the values (Excel: #N/A).
 */
export function rankEq(x: number, values: readonly number[], ascending: boolean): number {
  return new SortedSample(values).rankEq(x, ascending);
}

/**
 * A sample sorted once, so ranking every unit of a large group costs a binary search each rather
 * than a sort each (50,000 institutions would otherwise mean 50,000 sorts).
 */
export class SortedSample {
  readonly sorted: readonly number[];

  constructor(values: readonly number[]) {
    this.sorted = sortedCopy(values, 'SortedSample');
  }

  get n(): number {
    return this.sorted.length;
  }

  /** Number of values strictly below x. */
  countBelow(x: number): number {
    return this.firstIndexWhere((v) => v >= x);
  }

  /** Number of values strictly above x. */
  countAbove(x: number): number {
    return this.n - this.firstIndexWhere((v) => v > x);
  }

  /** Excel PERCENTRANK.INC(values, x, significance); see percentRankInc. */
  percentRankInc(x: number, significance = 3): number {
    if (!Number.isInteger(significance) || significance < 1) {
      throw new RangeError(`percentRankInc: significance must be an integer ≥ 1, got ${significance}`);
    }
    const sorted = this.sorted;
    const n = sorted.length;
    if (!Number.isFinite(x) || x < sorted[0] || x > sorted[n - 1]) return NaN;
    if (n === 1) return 1;
    const below = this.countBelow(x);
    let rank: number;
    if (sorted[below] === x) {
      rank = below / (n - 1);
    } else {
      const i = below - 1;
      rank = (i + (x - sorted[i]) / (sorted[i + 1] - sorted[i])) / (n - 1);
    }
    return truncateTo(rank, significance);
  }

  /** Excel RANK.EQ(x, values, order); NaN when x is not among the values. */
  rankEq(x: number, ascending: boolean): number {
    const below = this.countBelow(x);
    if (this.sorted[below] !== x) return NaN;
    return (ascending ? below : this.countAbove(x)) + 1;
  }

  /** Binary search: the first index whose value satisfies a predicate that is monotone over the sorted values. */
  private firstIndexWhere(predicate: (value: number) => boolean): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (predicate(this.sorted[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
