import { parseGrid } from '../../../src/core/parse';
import { grid, only, where } from './fixtures';

describe('edge cases', () => {
  it('copes with an empty grid', () => {
    const result = parseGrid(grid('Ark1', 'D4', []));
    expect(result.canRun).toBe(false);
    expect(where(result, 'parse.header.notFound')).toEqual([['Ark1!D4', 'error']]);
  });

  it('copes with ragged rows (shorter rows are blank to the right)', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Kommunekode', 'Udgift', 'Elever'], [101, 5], [147, 6, 7]]));
    expect(result.units.map((u) => [u.id, u.cost, u.activity])).toEqual([
      ['101', 5, undefined],
      ['147', 6, 7],
    ]);
    expect(where(result, 'parse.cell.blankOptional')).toEqual([['Ark1!C2', 'warning']]);
  });

  it('warns about a year it cannot read and keeps the row without one', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Kommunekode', 'År', 'Udgift'], [101, '2023/24', 5]]));
    expect(only(result, 'parse.year.invalid')).toMatchObject({ address: 'Ark1!B2', severity: 'warning' });
    expect(result.units[0].year).toBeUndefined();
  });

  it('finds a header by the explicit mapping when the synonyms alone do not', () => {
    const values = [['Kommunekode', 'Beløb'], [101, 5]];
    expect(parseGrid(grid('Ark1', 'A1', values)).canRun).toBe(false);
    const result = parseGrid(grid('Ark1', 'A1', values), { mapping: { Beløb: 'cost' } });
    expect(result.canRun).toBe(true);
    expect(result.units[0].cost).toBe(5);
  });

  it('does not take a name that merely starts with "Sum" for a total', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Skole', 'Elever', 'Udgift'], ['Sum Skole', 1, 1], ['A', 1, 1], ['B', 1, 1]]));
    expect(where(result, 'parse.row.total')).toEqual([]);
    expect(result.units).toHaveLength(3);
  });

  it('rounds amounts scaled from thousands to clean kr.', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Kommunekode', 'Udgift (1.000 kr.)'], [101, 1.1]]));
    expect(result.units[0].cost).toBe(1100);
  });
});
