import { parseFrameworkGrid, parseGroupListGrid } from '../../../src/core/parse';
import type { CellGrid } from '../../../src/core/types';

const options = {
  knownCodes: new Set(['101', '147', '751', '825']),
  municipalityNames: new Map([['101', 'København'], ['147', 'Frederiksberg'], ['751', 'Aarhus'], ['825', 'Læsø']]),
};

describe('parseFrameworkGrid', () => {
  const grid: CellGrid = {
    sheet: 'Rammevilkår', topLeft: 'B2', tableName: 'Udligning',
    values: [
      ['Kommunekode', 'Kommune', 'Udgiftsbehov pr. indbygger', 'Socioøkonomisk indeks'],
      [101, 'København', 61234, 1.04],
      ['0147', 'Frederiksberg', '58.912', 0.76],
      [999, 'Ukendt', 50000, 1],
      [751, 'Aarhus', 'ikke oplyst', 0.95],
      [751, 'Aarhus', 60000, 0.95],
      [null, null, null, null],
      [825, 'Læsø', true, 1.16],
    ],
  };
  const table = parseFrameworkGrid(grid, options);

  it('reads kommunekode and every numeric column, keyed so they cannot clash with the bundled variables', () => {
    expect(table.usable).toBe(true);
    expect(table.source).toEqual({ sheet: 'Rammevilkår', range: 'B2:E9', tableName: 'Udligning' });
    expect(table.variables).toEqual([
      { key: 'user.udgiftsbehov-pr-indbygger', header: 'Udgiftsbehov pr. indbygger', address: 'Rammevilkår!D2', count: 2 },
      { key: 'user.socioeconomisk-indeks', header: 'Socioøkonomisk indeks', address: 'Rammevilkår!E2', count: 4 },
    ].map((v) => ({ ...v, key: expect.stringMatching(/^user\./) as unknown as string })));
    expect(table.values.get('147')).toMatchObject({ [table.variables[0].key]: 58912, [table.variables[1].key]: 0.76 });
    expect(table.values.get('751')).toEqual({ [table.variables[1].key]: 0.95 });
    expect(table.values.get('825')).toEqual({ [table.variables[1].key]: 1.16 });
  });

  it('says what is wrong and where, cell by cell', () => {
    const found = table.problems.map((p) => [p.code, p.address]);
    expect(found).toEqual(expect.arrayContaining([
      ['parse.code.fourDigit', 'Rammevilkår!B4'],
      ['parse.cell.textNumber', 'Rammevilkår!D4'],
      ['parse.code.unknown', 'Rammevilkår!B5'],
      ['parse.cell.placeholder', 'Rammevilkår!D6'],
      ['parse.framework.duplicate', 'Rammevilkår!B7'],
      ['parse.cell.boolean', 'Rammevilkår!D9'],
    ]));
    expect(table.problems.find((p) => p.code === 'parse.framework.duplicate')?.message).toBe(
      'Kommune 751 står to gange i tabellen med rammevilkår (Rammevilkår!B7); den anden række er sprunget over.',
    );
  });

  it('refuses a table without a municipality column', () => {
    const bad = parseFrameworkGrid({ sheet: 'X', topLeft: 'A1', values: [['Indeks', 'Behov'], [1, 2]] }, options);
    expect(bad.usable).toBe(false);
    expect(bad.problems.map((p) => [p.code, p.address])).toEqual([['parse.framework.noCodeColumn', 'X!A1:B2']]);
  });
});

describe('parseGroupListGrid', () => {
  it('takes codes and names anywhere in the range, skips a header, and names unknown cells', () => {
    const list = parseGroupListGrid({
      sheet: 'Gruppe', topLeft: 'A1',
      values: [['Kommune', null], ['København', 751], ['Frederiksbjerg', '0147'], [101, null]],
    }, options);
    expect(list.codes).toEqual(['101', '751', '147']);
    expect(list.usable).toBe(true);
    expect(list.problems.map((p) => [p.code, p.address])).toEqual([['parse.name.unknown', 'Gruppe!A3'], ['parse.code.fourDigit', 'Gruppe!B3']]);
  });

  it('is unusable when nothing in it is a municipality', () => {
    const list = parseGroupListGrid({ sheet: 'G', topLeft: 'C3', values: [['Roskilde?']] }, options);
    expect(list.usable).toBe(false);
    expect(list.problems.map((p) => p.code)).toEqual(['parse.name.unknown', 'parse.groupList.empty']);
  });
});
