import type { BenchmarkResult, UnitBenchmark } from '../../src/core/benchmark/types';
import { parseGrid } from '../../src/core/parse';
import type { CellGrid } from '../../src/core/types';
import {
  columnRows, describeSource, groupSpecOf, parseCodeList, potentialLabels, splitAddress, topPotentials, withRole,
} from '../../src/taskpane/viewModel';

const grid: CellGrid = {
  sheet: 'Budget 2025',
  topLeft: 'B4',
  values: [
    ['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (kr.)', 'Noter'],
    ['101', 'København', 'Folkeskole', 1000, 'x'],
    ['751', 'Aarhus', 'Folkeskole', 900, 'y'],
  ],
};

describe('columnRows', () => {
  it('lists mapped and unmapped columns left to right with worksheet letters', () => {
    const rows = columnRows(parseGrid(grid));
    expect(rows.map((r) => [r.letter, r.header, r.role, r.via])).toEqual([
      ['B', 'Kommunekode', 'municipalityCode', 'synonym'],
      ['C', 'Kommune', 'municipalityName', 'synonym'],
      ['D', 'Serviceområde', 'area', 'synonym'],
      ['E', 'Nettoudgift (kr.)', 'cost', 'synonym'],
      ['F', 'Noter', 'ignore', 'none'],
    ]);
  });

  it('a role picked through withRole re-parses as an explicit mapping', () => {
    const rows = columnRows(parseGrid(grid));
    const mapping = withRole({}, rows, rows[4], 'quality');
    expect(mapping).toEqual({ Noter: 'quality' });
    const again = columnRows(parseGrid(grid, { mapping }));
    expect(again[4]).toMatchObject({ role: 'quality', via: 'explicit' });
    // Picking again replaces the earlier choice for the same column.
    expect(withRole(mapping, again, again[4], 'ignore')).toEqual({ Noter: 'ignore' });
  });

  it('keys by column letter when the header is empty or shared', () => {
    const rows = [
      { index: 0, letter: 'A', header: 'Beløb', role: 'cost' as const, via: 'synonym' as const },
      { index: 1, letter: 'B', header: 'Beløb', role: 'ignore' as const, via: 'none' as const },
      { index: 2, letter: 'C', header: '', role: 'ignore' as const, via: 'none' as const },
    ];
    expect(withRole({}, rows, rows[1], 'activity')).toEqual({ B: 'activity' });
    expect(withRole({ C: 'year' }, rows, rows[2], 'quality')).toEqual({ C: 'quality' });
  });
});

describe('problems', () => {
  it('splits sheet-qualified addresses and leaves bare sheet names unlinked', () => {
    expect(splitAddress("'Mine tal'!$C$7")).toEqual({ sheet: 'Mine tal', range: 'C7' });
    expect(splitAddress('Ark1!a1:f1')).toEqual({ sheet: 'Ark1', range: 'A1:F1' });
    expect(splitAddress("'Bob''s'!B2")).toEqual({ sheet: "Bob's", range: 'B2' });
    expect(splitAddress('Skoler 2024')).toBeUndefined();
    expect(splitAddress('—')).toBeUndefined();
  });
});

describe('topPotentials', () => {
  const unit = (name: string, potential: number) => ({ name, potential }) as UnitBenchmark;
  const result = (id: string, name: string, units: UnitBenchmark[]) =>
    ({ area: { id, name: { da: name, en: name } }, units }) as unknown as BenchmarkResult;

  it('takes the three largest positive potentials over all areas', () => {
    const top = topPotentials([
      result('a', 'Folkeskole', [unit('Viborg', 5), unit('Skive', 0)]),
      result('b', 'SFO', [unit('Viborg', 12), unit('Skive', 7), unit('Ikast', 1)]),
    ]);
    expect(top.map((r) => [r.name, r.area.da, r.potential])).toEqual([['Viborg', 'SFO', 12], ['Skive', 'SFO', 7], ['Viborg', 'Folkeskole', 5]]);
    expect(potentialLabels(top, 'da')).toEqual(['Viborg – SFO', 'Skive – SFO', 'Viborg – Folkeskole']);
  });

  it('leaves the area out when every row has it and the names tell the rows apart', () => {
    const top = topPotentials([result('a', 'Folkeskole', [unit('Engskolen', 5), unit('Åskolen', 3)])]);
    expect(potentialLabels(top, 'en')).toEqual(['Engskolen', 'Åskolen']);
    // One municipality over one area: the name alone would not say what the potential is for.
    const same = topPotentials([result('a', 'Folkeskole', [unit('Viborg', 5)]), result('b', 'SFO', [unit('Viborg', 3)])]);
    expect(potentialLabels(same, 'da')).toEqual(['Viborg – Folkeskole', 'Viborg – SFO']);
  });

  it('is empty when nothing is above zero', () => {
    expect(topPotentials([result('a', 'X', [unit('A', 0), unit('B', Number.NaN)])])).toEqual([]);
  });
});

describe('comparison group', () => {
  const known = new Set(['101', '147', '751', '851']);

  it('turns the form into the engine spec', () => {
    expect(groupSpecOf({ kind: 'region', k: 10, codes: '' }, known, 'da')).toEqual({ spec: { kind: 'region' } });
    expect(groupSpecOf({ kind: 'similar', k: 12, codes: '' }, known, 'da')).toEqual({ spec: { kind: 'similar', k: 12 } });
    expect(groupSpecOf({ kind: 'list', k: 10, codes: '101; 751 851' }, known, 'da')).toEqual({ spec: { kind: 'list', codes: ['101', '751', '851'] } });
  });

  it('names what is wrong', () => {
    expect(groupSpecOf({ kind: 'similar', k: 2, codes: '' }, known, 'da').error).toBe('Vælg mellem 3 og 50.');
    expect(groupSpecOf({ kind: 'list', k: 10, codes: '101, 999' }, known, 'da').error).toBe('Ukendte koder: 999');
    expect(groupSpecOf({ kind: 'list', k: 10, codes: '101' }, known, 'en').error).toBe('Enter at least two municipality codes.');
  });

  it('reads codes with any separators and pads them to three digits', () => {
    expect(parseCodeList('0147,147 ; 85\n851')).toEqual(['147', '085', '851']);
  });
});

describe('describeSource', () => {
  it('names tables, selections and ranges', () => {
    expect(describeSource({ kind: 'table', name: 'Skoler' }, 'da')).toBe('tabellen Skoler');
    expect(describeSource({ kind: 'range', sheet: 'Budget 2025', range: 'A4:E10' }, 'da')).toBe("'Budget 2025'!A4:E10");
    expect(describeSource({ kind: 'range', sheet: 'Ark1' }, 'en')).toBe('Ark1');
  });
});
