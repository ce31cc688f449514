import { computeTrend } from '../../../src/core/benchmark/trend';
import type { ReferenceYear } from '../../../src/core/benchmark/types';

const year = (period: string, values: Record<string, number | null>, national: number | null, notReported = false): ReferenceYear => ({ period, values, national, notReported });

// Own municipality 201 in a group with 101 and 301.
const years: ReferenceYear[] = [
  year('2017', { 101: null, 201: null, 301: null }, null, true), // series break: not reported
  year('2018', { 101: 1000, 201: 1100, 301: 900 }, 1000),
  year('2019', { 101: 1050, 201: 0, 301: 950 }, 1020), // own booked elsewhere that year
  year('2020', { 101: 1100, 201: 1200, 301: null }, 1080), // 301 missing
  year('2021', { 101: 1150, 201: 1250, 301: 1000 }, 1100),
];

describe('computeTrend', () => {
  const trend = computeTrend({ years, ownCode: '201', own: { keyFigure: 1210, period: '2021' }, memberCodes: ['201', '101', '301'], direction: 'lower' });

  it('uses the own figure for its year and the published value before, with gaps where there is no cost', () => {
    expect(trend.points.map((p) => [p.period, p.own, p.ownSource, p.gap ?? null])).toEqual([
      ['2017', null, 'reference', 'notReported'],
      ['2018', 1100, 'reference', null],
      ['2019', null, 'reference', 'nonPositive'],
      ['2020', 1200, 'reference', null],
      ['2021', 1210, 'own', null],
    ]);
    expect(trend.points[2].published).toBe(0);
  });

  it('gives the group median, the national figure and the rank of every year', () => {
    expect(trend.points.map((p) => [p.groupMedian, p.national, p.rank, p.n])).toEqual([
      [null, null, null, 0],
      [1000, 1000, 3, 3],
      [950, 1020, 1, 3], // the 0 still ranks (first, as the lowest cost), but is not drawn
      [1150, 1080, 2, 2],
      [1150, 1100, 3, 3],
    ]);
  });

  it('measures the change from the first to the last drawn year, and against the group median', () => {
    expect([trend.from, trend.to]).toEqual(['2018', '2021']);
    expect(trend.changeKr).toBe(110);
    expect(trend.changePct).toBeCloseTo(0.1, 12);
    expect(trend.medianChangePct).toBeCloseTo(0.15, 12);
    expect(trend.arrow).toBe('up');
    expect(trend.assessment).toBe('better'); // +10 % against the group's +15 %: costs grew slower
    expect(trend.prices).toBe('current');
  });

  it('is flat within 2 %, and unknown with one year only', () => {
    const flat = computeTrend({ years, ownCode: '201', own: { keyFigure: 1110, period: '2021' }, memberCodes: ['201', '101'], direction: 'lower' });
    expect(flat.arrow).toBe('flat');
    const one = computeTrend({ years: years.slice(0, 2), ownCode: '201', own: { keyFigure: 1100, period: '2018' }, memberCodes: ['201'], direction: 'lower' });
    expect([one.arrow, one.assessment, one.changeKr]).toEqual(['none', 'unknown', null]);
  });

  it('ignores years after the own figure’s period', () => {
    const early = computeTrend({ years, ownCode: '201', own: { keyFigure: 1200, period: '2020' }, memberCodes: ['201', '101', '301'], direction: 'lower' });
    expect(early.points.map((p) => p.period)).toEqual(['2017', '2018', '2019', '2020']);
    expect(early.points[3].ownSource).toBe('own');
  });
});
