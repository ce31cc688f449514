import { cubeValue, mergeCubes, splitSelection } from '../../../src/reference/statbank/cube';
import { StatbankError } from '../../../src/reference/statbank/errors';
import { closeMatches, estimateCells, matchExpression, resolveSelection } from '../../../src/reference/statbank/selection';
import type { Cube, TableInfo, TableValue } from '../../../src/reference/statbank/types';

const values = (ids: string[]): TableValue[] => ids.map((id) => ({ id, text: id }));
const QUARTERS = values(['2009K4', '2010K1', '2010K2', '2015K4', '2016K1', '2023K1', '2023K2']);

const INFO: TableInfo = {
  id: 'FOLK1A', text: '', description: '', unit: 'antal', updated: '2025-08-11T08:00:00', active: true, footnote: null,
  variables: [
    { id: 'OMRÅDE', text: 'område', elimination: true, time: false, values: [{ id: '101', text: 'København' }, { id: '147', text: 'Frederiksberg' }, { id: '751', text: 'Aarhus' }] },
    { id: 'KØN', text: 'køn', elimination: true, time: false, values: [{ id: 'TOT', text: 'I alt' }, { id: '1', text: 'Mænd' }, { id: '2', text: 'Kvinder' }] },
    { id: 'Tid', text: 'tid', elimination: false, time: true, values: QUARTERS },
  ],
};

describe('DST selection syntax', () => {
  it.each([
    ['*', 7],
    ['2023*', 2],
    ['>=2010K1<=2015K4', 3],
    ['>2015K4', 3],
    ['<2010K1', 1],
    ['(1)', 1],
    ['(-n+3)', 3],
    ['2010K?', 2],
    ['sum(a=2010K1;2010K2)', 2],
  ])('%s stands for %i codes', (expr, n) => {
    expect(matchExpression(expr, QUARTERS)).toHaveLength(n);
  });

  it('(1) is the newest period and (-n+3) the newest three, in tableinfo order', () => {
    expect(matchExpression('(1)', QUARTERS)).toEqual(['2023K2']);
    expect(matchExpression('(2)', QUARTERS)).toEqual(['2023K1']);
    expect(matchExpression('(-n+3)', QUARTERS)).toEqual(['2016K1', '2023K1', '2023K2']);
  });

  it('a plain code matches only itself, case-insensitively', () => {
    expect(matchExpression('2010k1', QUARTERS)).toEqual(['2010K1']);
    expect(matchExpression('2030K1', QUARTERS)).toEqual([]);
  });
});

describe('resolveSelection (validation against tableinfo)', () => {
  it('keeps expressions as given and counts what they stand for; sum(...) counts once', () => {
    const resolved = resolveSelection(INFO, { område: ['101', '147'], Tid: ['2023*'], KØN: ['sum(TOT;1)'] });
    expect(resolved.map((r) => [r.variable.id, r.expressions, r.count])).toEqual([
      ['OMRÅDE', ['101', '147'], 2], ['Tid', ['2023*'], 2], ['KØN', ['sum(TOT;1)'], 1],
    ]);
    // 2 × 2 × 1 = 4 rows × (3 variables + 1) columns.
    expect(estimateCells(resolved)).toBe(16);
  });

  it('names the variable, the value and close matches for an unknown code', () => {
    let error: StatbankError | undefined;
    try {
      resolveSelection(INFO, { OMRÅDE: ['101', '174'], Tid: ['(1)'] });
    } catch (e) {
      error = e as StatbankError;
    }
    expect(error?.code).toBe('UNKNOWN-VALUE');
    expect(error?.message).toContain('OMRÅDE');
    expect(error?.message).toContain('"174"');
    expect(error?.message).toContain('147 (Frederiksberg)');
    expect(error?.messageIn('en')).toMatch(/^Variable OMRÅDE in table FOLK1A has no value "174"/);
  });

  it('refuses an unknown variable listing the real ones, and a missing non-eliminable variable', () => {
    expect(() => resolveSelection(INFO, { KOMMUNE: ['101'], Tid: ['(1)'] })).toThrow(/KOMMUNE.*OMRÅDE, KØN, Tid/);
    expect(() => resolveSelection(INFO, { OMRÅDE: ['101'] })).toThrow(expect.objectContaining({ code: 'MISSING-VARIABLE' }));
    expect(() => resolveSelection(INFO, { Tid: ['2030*'] })).toThrow(expect.objectContaining({ code: 'UNKNOWN-VALUE' }));
  });

  it('close matches rank by edit distance and prefix', () => {
    expect(closeMatches('2010K3', QUARTERS, 2)).toEqual(['2010K1', '2010K2']);
  });
});

describe('cell limit: split and merge', () => {
  it('splits by OMRÅDE into pieces under the limit, expanding wildcards only there', () => {
    const resolved = resolveSelection(INFO, { OMRÅDE: ['*'], KØN: ['TOT'], Tid: ['*'] });
    // 3 × 1 × 7 × 4 = 84 cells; per area 28, so a limit of 60 allows 2 areas per piece.
    expect(estimateCells(resolved)).toBe(84);
    expect(splitSelection(resolved, 60)).toEqual([
      { OMRÅDE: ['101', '147'], KØN: ['TOT'], Tid: ['*'] },
      { OMRÅDE: ['751'], KØN: ['TOT'], Tid: ['*'] },
    ]);
    expect(splitSelection(resolved, 84)).toEqual([{ OMRÅDE: ['*'], KØN: ['TOT'], Tid: ['*'] }]);
  });

  it('splits further by the largest remaining dimension when one area is still too big', () => {
    const resolved = resolveSelection(INFO, { OMRÅDE: ['101'], KØN: ['TOT'], Tid: ['*'] });
    // 7 periods × 4 = 28 cells; limit 10 allows 2 periods per piece → 4 pieces.
    const pieces = splitSelection(resolved, 10);
    expect(pieces.map((p) => p.Tid)).toEqual([['2009K4', '2010K1'], ['2010K2', '2015K4'], ['2016K1', '2023K1'], ['2023K2']]);
  });

  it('merges split cubes back into one, missing stays null', () => {
    const part = (codes: string[], vals: (number | null)[]): Cube => ({
      table: 'T', label: 'T', values: vals,
      dimensions: [{ id: 'OMRÅDE', label: 'o', codes, labels: codes }, { id: 'Tid', label: 't', codes: ['2023', '2024'], labels: ['2023', '2024'] }],
    });
    const merged = mergeCubes([part(['101', '147'], [1, 2, 3, null]), part(['751'], [5, 6])]);
    expect(merged.dimensions[0].codes).toEqual(['101', '147', '751']);
    expect(merged.values).toEqual([1, 2, 3, null, 5, 6]);
    expect(cubeValue(merged, { OMRÅDE: '751', Tid: '2024' })).toBe(6);
  });
});
