// Workbooks from the DEA literature have plain headers (Enhed, x1, x2, y). When the caller names
// the columns it will read (DEA inputs and outputs), such a header row is found, the named columns
// are read as figures, and the units are named by a column headed Enhed/Navn/Unit/DMU/id or else
// by the first text column.
import { parseGrid } from '../../../src/core/parse';
import type { CellGrid } from '../../../src/core/types';

const grid = (values: CellGrid['values']): CellGrid => ({ sheet: 'Data', topLeft: 'A1', values });
const rows = [['A', 2, 5, 1], ['B', 3, 4, 2], ['C', 4, 3, 1.5], ['D', 5, 5, 3]];

describe('plain headers named as figures', () => {
  it('without names there is no header row (as before)', () => {
    const parse = parseGrid(grid([['Enhed', 'x1', 'x2', 'y'], ...rows]), { requireKeyFigures: false });
    expect(parse.canRun).toBe(false);
    expect(parse.problems.map((p) => p.code)).toContain('parse.header.notFound');
  });

  it('with names: the header row is found, the named columns are figures, Enhed names the units', () => {
    const parse = parseGrid(grid([['Enhed', 'x1', 'x2', 'y'], ...rows]), { figures: ['x1', 'x2', 'y'], requireKeyFigures: false });
    expect(parse.canRun).toBe(true);
    expect(parse.shape).toBe('institution');
    expect(parse.columns.map((c) => [c.header, c.role, c.key ?? null])).toEqual([
      ['Enhed', 'unitName', null], ['x1', 'figure', 'x1'], ['x2', 'figure', 'x2'], ['y', 'figure', 'y'],
    ]);
    expect(parse.units.map((u) => [u.id, u.name, u.figures])).toEqual(rows.map((r) => [r[0], r[0], { x1: r[1], x2: r[2], y: r[3] }]));
    expect(Number.isNaN(parse.units[0].cost)).toBe(true);
  });

  it.each(['Navn', 'Unit', 'DMU', 'id'])('a column headed %s names the units', (header) => {
    const parse = parseGrid(grid([[header, 'x1', 'y'], ...rows.map((r) => [r[0], r[1], r[3]])]), { figures: ['x1', 'y'], requireKeyFigures: false });
    expect(parse.canRun).toBe(true);
    expect(parse.units.map((u) => u.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('otherwise the first text column names the units, whatever its header', () => {
    const values = [['Nr.', 'Sygehus', 'x1', 'y'], ...rows.map((r, i) => [i + 1, `Sygehus ${r[0]}`, r[1], r[3]])];
    const parse = parseGrid(grid(values), { figures: ['x1', 'y'], requireKeyFigures: false });
    expect(parse.canRun).toBe(true);
    expect(parse.columns.find((c) => c.role === 'unitName')?.header).toBe('Sygehus');
    expect(parse.units.map((u) => u.name)).toEqual(['Sygehus A', 'Sygehus B', 'Sygehus C', 'Sygehus D']);
  });

  it('names match as the user writes them (case, spacing) and recognised headers keep their role', () => {
    const values = [['Skole', 'Nettoudgift (kr.)', 'Elever', 'Lærer-årsværk'], ['A', 1e6, 20, 3], ['B', 2e6, 30, 4], ['C', 3e6, 45, 6]];
    const parse = parseGrid(grid(values), { figures: ['lærer-årsværk ', 'Elever'] });
    expect(parse.columns.map((c) => c.role)).toEqual(['unitName', 'cost', 'activity', 'figure']);
    expect(parse.units[2].figures).toEqual({ 'laerer-aarsvaerk': 6 });
  });

  it('a missing figure is left for the DEA to report; cost and activity stay required for key figures', () => {
    const parse = parseGrid(grid([['Enhed', 'x1', 'y'], ['A', 2, 1], ['B', null, 2], ['C', 4, 1.5]]), { figures: ['x1', 'y'], requireKeyFigures: false });
    expect(parse.units[1].figures).toEqual({ y: 2 });
    const withKeyFigures = parseGrid(grid([['Enhed', 'x1', 'y'], ...rows.map((r) => [r[0], r[1], r[3]])]), { figures: ['x1', 'y'] });
    expect(withKeyFigures.canRun).toBe(false);
    expect(withKeyFigures.problems.filter((p) => p.code === 'parse.required.missing')).toHaveLength(2);
  });
});
