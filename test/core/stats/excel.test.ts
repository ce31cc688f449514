// Expected values are worked by hand from Excel's documented definitions; the arithmetic is in
// the comments. (Cross-checked once against LibreOffice Calc, which implements the same functions.)
import { median, percentRankInc, percentileInc, quartileInc, rankEq, SortedSample } from '../../../src/core/stats';

describe('quartileInc (Excel QUARTILE.INC)', () => {
  it('n = 1: every quartile is the value', () => {
    for (let q = 0; q <= 4; q++) expect(quartileInc([7], q)).toBe(7);
  });

  it('n = 2: position (2−1)·q/4', () => {
    // [10, 20]: Q1 at 0.25 → 10 + 0.25·10 = 12.5; Q2 at 0.5 → 15; Q3 at 0.75 → 17.5
    expect(quartileInc([20, 10], 1)).toBeCloseTo(12.5, 12);
    expect(quartileInc([20, 10], 2)).toBeCloseTo(15, 12);
    expect(quartileInc([20, 10], 3)).toBeCloseTo(17.5, 12);
  });

  it('n = 3, unsorted input', () => {
    // sorted [1, 2, 4]; Q1 at 2·0.25 = 0.5 → 1 + 0.5·(2−1) = 1.5; Q3 at 1.5 → 2 + 0.5·(4−2) = 3
    expect(quartileInc([4, 1, 2], 1)).toBeCloseTo(1.5, 12);
    expect(quartileInc([4, 1, 2], 2)).toBe(2);
    expect(quartileInc([4, 1, 2], 3)).toBeCloseTo(3, 12);
  });

  it('n = 4 (even)', () => {
    // [1,2,3,4]: Q1 at 3·0.25 = 0.75 → 1.75; Q2 at 1.5 → 2.5; Q3 at 2.25 → 3.25
    expect(quartileInc([1, 2, 3, 4], 1)).toBeCloseTo(1.75, 12);
    expect(quartileInc([1, 2, 3, 4], 2)).toBeCloseTo(2.5, 12);
    expect(quartileInc([1, 2, 3, 4], 3)).toBeCloseTo(3.25, 12);
    expect(quartileInc([1, 2, 3, 4], 0)).toBe(1);
    expect(quartileInc([1, 2, 3, 4], 4)).toBe(4);
  });

  it('n = 5 (odd), with ties', () => {
    // sorted [3,5,5,8,9]: Q1 at 4·0.25 = 1 → 5 exactly; Q2 at 2 → 5; Q3 at 3 → 8
    expect(quartileInc([8, 5, 9, 3, 5], 1)).toBe(5);
    expect(quartileInc([8, 5, 9, 3, 5], 2)).toBe(5);
    expect(quartileInc([8, 5, 9, 3, 5], 3)).toBe(8);
  });

  it('negative numbers', () => {
    // sorted [-4,-2,-1,7]: Q1 at 0.75 → -4 + 0.75·2 = -2.5; Q3 at 2.25 → -1 + 0.25·8 = 1
    expect(quartileInc([-4, -1, -2, 7], 1)).toBeCloseTo(-2.5, 12);
    expect(quartileInc([-4, -1, -2, 7], 3)).toBeCloseTo(1, 12);
  });

  it('truncates a fractional quart and rejects bad input like Excel (#NUM!)', () => {
    expect(quartileInc([1, 2, 3, 4], 1.9)).toBeCloseTo(1.75, 12);
    expect(() => quartileInc([], 1)).toThrow(RangeError);
    expect(() => quartileInc([1, 2], 5)).toThrow(RangeError);
    expect(() => quartileInc([1, 2], -1)).toThrow(RangeError);
    expect(() => quartileInc([1, NaN], 1)).toThrow(RangeError);
  });
});

describe('percentileInc and median', () => {
  it('interpolates at (n−1)·p', () => {
    // [10,20,30,40,50]: p = 0.1 → position 0.4 → 10 + 0.4·10 = 14; p = 0.9 → 3.6 → 46
    expect(percentileInc([50, 10, 40, 20, 30], 0.1)).toBeCloseTo(14, 12);
    expect(percentileInc([50, 10, 40, 20, 30], 0.9)).toBeCloseTo(46, 12);
    expect(() => percentileInc([1], 1.1)).toThrow(RangeError);
  });

  it('median of odd and even n', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBeCloseTo(2.5, 12);
    expect(median([-5])).toBe(-5);
  });
});

describe('percentRankInc (Excel PERCENTRANK.INC)', () => {
  it('value in the array: count below / (n−1), truncated to 3 decimals', () => {
    // [1,2,3,4], x = 2: 1 below / 3 = 0.3333… → 0.333
    expect(percentRankInc([1, 2, 3, 4], 2)).toBe(0.333);
    // x = 3: 2/3 = 0.6666… → truncated 0.666 (Excel does not round up to 0.667)
    expect(percentRankInc([1, 2, 3, 4], 3)).toBe(0.666);
    expect(percentRankInc([1, 2, 3, 4], 1)).toBe(0);
    expect(percentRankInc([1, 2, 3, 4], 4)).toBe(1);
  });

  it('ties share the rank of the first of them', () => {
    // [1,2,2,3], x = 2: 1 below / 3 → 0.333
    expect(percentRankInc([2, 1, 3, 2], 2)).toBe(0.333);
    // [2,2,2], x = 2: 0 below / 2 → 0
    expect(percentRankInc([2, 2, 2], 2)).toBe(0);
  });

  it('interpolates between adjacent sorted positions when x is not in the array', () => {
    // [1,2,3,4], x = 2.5: position 1 + 0.5 = 1.5 → 1.5/3 = 0.5
    expect(percentRankInc([1, 2, 3, 4], 2.5)).toBe(0.5);
    // [1,3,3,5], x = 2: between positions 0 and 1 → (0 + 0.5)/3 = 0.1666… → 0.166
    expect(percentRankInc([1, 3, 3, 5], 2)).toBe(0.166);
    // [1,3,3,5], x = 4: last value below 4 is at position 2 → (2 + 0.5)/3 = 0.8333… → 0.833
    expect(percentRankInc([5, 3, 1, 3], 4)).toBe(0.833);
    // [1,2,2,2,3], x = 2.5: (3 + 0.5)/4 = 0.875
    expect(percentRankInc([1, 2, 2, 2, 3], 2.5)).toBe(0.875);
  });

  it('significance digits truncate', () => {
    // [1,2,3], x = 1.7: (0 + 0.7)/2 = 0.35 with 2 digits → 0.35
    expect(percentRankInc([3, 1, 2], 1.7, 2)).toBe(0.35);
    // [1,2,3,4], x = 2, 1 digit: 0.333… → 0.3
    expect(percentRankInc([1, 2, 3, 4], 2, 1)).toBe(0.3);
    // [1,2,3,4,5], x = 2: 1/4 = 0.25 → 0.25 (exact, stays)
    expect(percentRankInc([1, 2, 3, 4, 5], 2)).toBe(0.25);
    expect(() => percentRankInc([1, 2], 1, 0)).toThrow(RangeError);
  });

  it('does not lose a digit to binary rounding', () => {
    // [0,1,2,3], x = 0.3: (0 + 0.3)/3 = 0.1 in decimal, but 0.09999999999999999 in binary, so a
    // naive floor(r·1000)/1000 would give 0.099. Likewise x = 0.84 → 0.28, not 0.279.
    expect(percentRankInc([0, 1, 2, 3], 0.3)).toBe(0.1);
    expect(percentRankInc([0, 1, 2, 3], 0.84)).toBe(0.28);
    // 1..101, x = 30: 29 below / 100 = 0.29
    const values = Array.from({ length: 101 }, (_, i) => i + 1);
    expect(percentRankInc(values, 30)).toBe(0.29);
  });

  it('negative numbers', () => {
    // sorted [-4,-2,-1,7], x = -3: (0 + 0.5)/3 = 0.1666… → 0.166
    expect(percentRankInc([-4, -1, -2, 7], -3)).toBe(0.166);
    // x = -1: 2 below / 3 → 0.666
    expect(percentRankInc([-4, -1, -2, 7], -1)).toBe(0.666);
  });

  it('n = 1 gives 1; out of range gives NaN (Excel #N/A)', () => {
    expect(percentRankInc([5], 5)).toBe(1);
    expect(percentRankInc([5], 6)).toBeNaN();
    expect(percentRankInc([1, 2, 3], 0.5)).toBeNaN();
    expect(percentRankInc([1, 2, 3], 3.5)).toBeNaN();
    expect(() => percentRankInc([], 1)).toThrow(RangeError);
  });
});

describe('rankEq (Excel RANK.EQ)', () => {
  it('ascending: 1 + count smaller; ties share the best rank', () => {
    // [1,2,2,3], x = 2 ascending: 1 smaller → 2; x = 3: 3 smaller → 4
    expect(rankEq(2, [1, 2, 2, 3], true)).toBe(2);
    expect(rankEq(3, [1, 2, 2, 3], true)).toBe(4);
  });

  it('descending: 1 + count larger', () => {
    // [1,2,2,3], x = 2 descending: 1 larger → 2; x = 1: 3 larger → 4
    expect(rankEq(2, [1, 2, 2, 3], false)).toBe(2);
    expect(rankEq(1, [3, 2, 1, 2], false)).toBe(4);
    expect(rankEq(-1, [-4, -1, -2, 7], false)).toBe(2);
  });

  it('n = 1 and x missing from the list', () => {
    expect(rankEq(9, [9], true)).toBe(1);
    expect(rankEq(4, [1, 2, 3], true)).toBeNaN();
  });
});

describe('SortedSample agrees with the one-shot functions', () => {
  // Many random samples with ties: binary-search ranks must equal the definitions exactly.
  it('on random samples with ties, for values in and between the sample', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.floor(next() * 6));
      const sample = new SortedSample(values);
      for (const x of [...values, 0.5, 2.25, 4.75]) {
        const below = values.filter((v) => v < x).length;
        const above = values.filter((v) => v > x).length;
        const inSample = values.includes(x);
        expect(sample.rankEq(x, true)).toEqual(inSample ? below + 1 : NaN);
        expect(sample.rankEq(x, false)).toEqual(inSample ? above + 1 : NaN);
        expect(sample.percentRankInc(x)).toEqual(linearScanPercentRank(values, x));
      }
    }
  });
});

/** The definition by linear scan (no binary search), to check SortedSample's search against. */
function linearScanPercentRank(values: number[], x: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (x < sorted[0] || x > sorted[n - 1]) return NaN;
  if (n === 1) return 1;
  let i = -1;
  for (let k = 0; k < n; k++) if (sorted[k] < x) i = k;
  const rank = sorted[i + 1] === x ? (i + 1) / (n - 1) : (i + (x - sorted[i]) / (sorted[i + 1] - sorted[i])) / (n - 1);
  return Math.floor(Number((rank * 1000).toPrecision(12))) / 1000;
}
