// A read that is no table of figures gets its own message, and the pane finds the table or region
// the figures are in, never pointing outside what the user can widen to.
import type { CellGrid } from '../../src/core/types';
import { boxAddress, currentRegion, selectionIssue, subGrid, wideningFor } from '../../src/taskpane/selectionCheck';

const grid = (topLeft: string, values: CellGrid['values'], sheet = 'Budget 2025'): CellGrid => ({ sheet, topLeft, values });

/** The budget example's sheet: two title lines, an empty row, headers in row 4, data to row 10. */
const SHEET = grid('A1', [
  ['Viborg Kommune – budget 2025', null, null, null, null],
  ['OBS: syntetiske tal', null, null, null, null],
  [null, null, null, null, null],
  ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)', 'Indbyggere'],
  ['791', 'Viborg', 'Folkeskole', 742310, 98140],
  ['791', 'Viborg', 'SFO', 31870, 98140],
  [null, 'I alt', null, 774180, null],
]);

describe('selectionIssue', () => {
  it('tells a single cell, an empty range, text only and a header row apart', () => {
    expect(selectionIssue(grid('B5', [['Viborg']]))).toBe('singleCell');
    expect(selectionIssue(grid('H1', [[null, null], [null, '  ']]))).toBe('empty');
    expect(selectionIssue(grid('A5', [['791', 'Viborg'], ['791', 'Viborg']]))).toBeUndefined(); // codes read as numbers
    expect(selectionIssue(grid('B5', [['Viborg', 'Folkeskole'], ['Viborg', 'SFO']]))).toBe('textOnly');
    expect(selectionIssue(grid('A4', [['Kommunekode', 'Kommune', 'Nettoudgift']]))).toBe('headerOnly');
    expect(selectionIssue(grid('A4', [['Kommune', 'Udgift'], ['Viborg', 742310]]))).toBeUndefined();
  });

  it('reads numbers stored as text as figures, not as a text-only range', () => {
    expect(selectionIssue(grid('A4', [['Skole', 'Udgift'], ['Nørreskolen', '18.924.000']]))).toBeUndefined();
  });
});

describe('widening', () => {
  it("finds Excel's current region around a cell: bounded by empty rows and columns, diagonals included", () => {
    expect(boxAddress(currentRegion(SHEET, { top: 5, left: 2, bottom: 5, right: 2 }))).toBe('A4:E7');
    expect(boxAddress(currentRegion(SHEET, { top: 4, left: 1, bottom: 4, right: 5 }))).toBe('A4:E7');
    // The title block above the empty row is a region of its own.
    expect(boxAddress(currentRegion(SHEET, { top: 1, left: 1, bottom: 1, right: 1 }))).toBe('A1:A2');
  });

  it('offers the region when it holds figures under a header, as a grid of its own', () => {
    const read = grid('B5', [['Viborg']]);
    const widening = wideningFor(read, [], SHEET);
    expect(widening?.kind).toBe('region');
    if (widening?.kind !== 'region') return;
    expect(boxAddress(widening.box)).toBe('A4:E7');
    expect(widening.grid).toEqual(subGrid(SHEET, widening.box));
    expect(widening.grid.topLeft).toBe('A4');
    expect(widening.grid.values[0]).toEqual(SHEET.values[3]);
  });

  it('offers a table the selection touches before any region', () => {
    const tables = [{ name: 'Skoler', sheet: 'Skoler 2024', range: 'A4:G29' }];
    expect(wideningFor(grid('C4', [['Nettoudgift (kr.)']], 'Skoler 2024'), tables, undefined)).toEqual({ kind: 'table', table: tables[0] });
    expect(wideningFor(grid('C40', [['x']], 'Skoler 2024'), tables, undefined)).toBeUndefined();
  });

  it('offers nothing when the region is the selection itself or holds no figures', () => {
    expect(wideningFor(grid('A1', [['Viborg Kommune – budget 2025'], ['OBS: syntetiske tal']]), [], SHEET)).toBeUndefined();
    expect(wideningFor(grid('H20', [[null]]), [], SHEET)).toBeUndefined();
  });
});
