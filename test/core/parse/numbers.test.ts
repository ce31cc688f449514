import { moneyUnitOf, parseDanishNumber } from '../../../src/core/parse';

describe('parseDanishNumber', () => {
  it.each([
    ['1234', 1234],
    ['-17', -17],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['1234,5', 1234.5],
    ['12.345.678', 12345678],
    ['1.234', 1234],
    ['kr. 1.234', 1234],
    ['1.234 kr.', 1234],
    ['DKK 2.500,75', 2500.75],
    ['1.234,-', 1234],
    ['-1.234,5', -1234.5],
    ['\u22121.234', -1234],
    ['(1.234)', -1234],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['12.5', 12.5],
    ['0.234', 0.234],
    ['0,5', 0.5],
    ['12,5 %', 0.125],
    ['  42  ', 42],
  ])('reads %j as %d', (text, value) => {
    expect(parseDanishNumber(text)?.value).toBeCloseTo(value, 10);
  });

  it('marks plain integers as not normalised and the rest as normalised', () => {
    expect(parseDanishNumber('1234')).toEqual({ value: 1234, normalised: false });
    expect(parseDanishNumber('1.234')).toEqual({ value: 1234, normalised: true });
  });

  it('reads "1,234" the Danish way (1.234) and flags it as ambiguous', () => {
    expect(parseDanishNumber('1,234')).toEqual({ value: 1.234, normalised: true, ambiguous: true });
    // Two decimals, or a leading zero, cannot be an English thousands group: not ambiguous.
    expect(parseDanishNumber('12,50')?.ambiguous).toBeUndefined();
    expect(parseDanishNumber('0,234')?.ambiguous).toBeUndefined();
  });

  it.each(['ca. 4 mio', '', '-', 'n/a', '1.23.4', '1,2,3', '12,34,567', '1.234,5,6', ',5', '5,', 'kr.', '4 mio'])(
    'rejects %j',
    (text) => {
      expect(parseDanishNumber(text)).toBeNull();
    },
  );
});

describe('moneyUnitOf', () => {
  it.each([
    ['Nettoudgift 2024, 1.000 kr.', 1000],
    ['Udgift (1000 kr)', 1000],
    ['Udgift, t.kr.', 1000],
    ['Udgift tkr', 1000],
    ['Budget i mio. kr.', 1_000_000],
    ['Udgift (mio kr)', 1_000_000],
    ['Net cost (DKK 1,000)', 1000],
    ['Expenditure, DKK thousands', 1000],
    ['Spending (DKK million)', 1_000_000],
    ['Cost, DKK m', 1_000_000],
  ])('%j multiplies by %d', (header, factor) => {
    expect(moneyUnitOf(header)?.factor).toBe(factor);
  });

  it.each(['Udgift (kr.)', 'Nettoudgift', 'Udgift 2024', 'Antal elever', 'Cost (DKK)', 'Udgift (kr.) 2020-2024'])('%j is already in kr.', (header) => {
    expect(moneyUnitOf(header)).toBeNull();
  });
});
