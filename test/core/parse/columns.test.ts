import { guessRole, normaliseHeader, parseGrid, slugify } from '../../../src/core/parse';
import { grid, only, where } from './fixtures';

describe('normaliseHeader', () => {
  it.each([
    ['Nettoudgift 2024, 1.000 kr.', 'nettoudgift'],
    ['Udgift (kr.)', 'udgift'],
    ['  UDGIFTER  i alt ', 'udgifter i alt'],
    ['Inst.nr.', 'inst nr'],
    ['Borgere 67+', 'borgere 67'],
    ['Område', 'omraade'],
    ['Regnskabsår', 'regnskabsaar'],
    ['Budget 2023/24, mio. kr.', 'budget'],
  ])('%j → %j', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });

  it('slugs quality headers', () => {
    expect(slugify('Social trivsel (1-5)')).toBe('social-trivsel');
    expect(slugify('Karaktergennemsnit 9. kl.')).toBe('karaktergennemsnit-9-kl');
  });
});

describe('guessRole', () => {
  it.each([
    ['Kommunekode', 'municipalityCode'],
    ['Kommune nr.', 'municipalityCode'],
    ['KOMNR', 'municipalityCode'],
    ['LAU', 'municipalityCode'],
    ['Kommunenavn', 'municipalityName'],
    ['Inst.nr.', 'unitId'],
    ['Skolekode', 'unitId'],
    ['Skole', 'unitName'],
    ['Plejecenter', 'unitName'],
    ['Serviceområde', 'area'],
    ['Omraade', 'area'],
    ['Regnskabsår', 'year'],
    ['Budgetår', 'year'],
    ['Nettoudgift 2024, 1.000 kr.', 'cost'],
    ['Udgifter (kr.)', 'cost'],
    ['Nettodriftsudgifter i alt', 'cost'],
    ['Budget', 'cost'],
    ['Net expenditure (DKK)', 'cost'],
    ['Antal elever', 'activity'],
    ['Indskrevne børn', 'activity'],
    ['Indskrevne boern', 'activity'],
    ['Borgere 67+', 'activity'],
    ['Pupils', 'activity'],
    ['Karaktergennemsnit', 'quality'],
    ['Social trivsel', 'quality'],
    ['Brugertilfredshed (pct.)', 'quality'],
    ['Socioøkonomisk reference', 'structural'],
    ['Andel elever med dansk som andetsprog', 'structural'],
    ['Socio-economic index', 'structural'],
    ['Forældres uddannelse', 'structural'],
  ])('%j is %s', (header, role) => {
    expect(guessRole(header)?.role).toBe(role);
  });

  it('flags a bare "Kommune" as name-or-code, but not "Kommunenavn"', () => {
    expect(guessRole('Kommune')).toMatchObject({ role: 'municipalityName', municipalityNameOrCode: true });
    expect(guessRole('Kommunenavn')?.municipalityNameOrCode).toBe(false);
  });

  it('does not take ratios or unrelated headers for totals', () => {
    expect(guessRole('Udgift pr. elev')).toBeNull();
    expect(guessRole('Elever per lærer')).toBeNull();
    expect(guessRole('Bemærkninger')).toBeNull();
    expect(guessRole('Tid')).toBeNull(); // "id" must not match inside another word
  });
});

const TITLE_ROWS = [
  ['Folkeskoler – regnskab 2024', null, null],
  ['Udarbejdet af Økonomi, marts 2025', null, null],
  [null, null, null],
];

describe('header row detection', () => {
  it('skips titles and blank rows above the header and reports where it was found', () => {
    const result = parseGrid(
      grid('Ark1', 'B2', [
        ...TITLE_ROWS,
        ['Kommune', 'Udgift (kr.)', 'Antal elever'],
        ['København', 5_000_000, 700],
      ]),
    );
    expect(result.headerRow).toBe(5);
    expect(where(result, 'parse.header.foundBelowTop')).toEqual([['Ark1!B5:D5', 'info']]);
    expect(result.units).toHaveLength(1);
  });

  it('reports an error over the searched rows when no header is found', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Hej', 'med'], [1, 2], [3, 4]]));
    expect(result.canRun).toBe(false);
    expect(where(result, 'parse.header.notFound')).toEqual([['Ark1!A1:B3', 'error']]);
    expect(only(result, 'parse.header.notFound').message).toBe(
      'Der er ingen overskriftsrække i Ark1!A1:B3. Tabellen skal have en række med overskrifter som "Kommune", "Udgift" og "Antal elever".',
    );
  });
});

describe('column mapping', () => {
  it('reads a "Kommune" column of numbers as codes and one of names as names', () => {
    const codes = parseGrid(grid('Ark1', 'A1', [['Kommune', 'Udgift'], [101, 10], ['0147', 20], ['151', 30]]));
    expect(codes.columns.map((c) => c.role)).toEqual(['municipalityCode', 'cost']);
    expect(where(codes, 'parse.column.kommuneHoldsCodes')).toEqual([['Ark1!A1', 'info']]);
    expect(codes.units.map((u) => u.municipalityCode)).toEqual(['101', '147', '151']);

    const names = parseGrid(grid('Ark1', 'A1', [['Kommune', 'Udgift'], ['Odense', 10], ['Aarhus', 20]]));
    expect(names.columns.map((c) => c.role)).toEqual(['municipalityName', 'cost']);
  });

  it('lets "Kommunekode" beat a "Kommune" column that also holds codes', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [['Kommune', 'Kommunekode', 'Udgift'], [101, 101, 10], [147, 147, 20]]),
    );
    expect(result.columns.map((c) => [c.header, c.role])).toEqual([
      ['Kommunekode', 'municipalityCode'],
      ['Udgift', 'cost'],
    ]);
    expect(where(result, 'parse.column.duplicateRole')).toEqual([['Ark1!A1', 'warning']]);
  });

  it('chooses one cost column and warns about the other', () => {
    const result = parseGrid(
      grid('Økonomi', 'A1', [['Kommunekode', 'Budget', 'Nettoudgift'], [101, 12, 10], [147, 22, 20]]),
    );
    expect(result.columns.find((c) => c.role === 'cost')?.header).toBe('Nettoudgift');
    expect(result.unmapped).toEqual([{ index: 1, header: 'Budget' }]);
    expect(only(result, 'parse.column.duplicateRole').message).toBe(
      'Både "Budget" (Økonomi!B1) og "Nettoudgift" (Økonomi!C1) ligner en kolonne med udgift (kr.). "Nettoudgift" er brugt; vælg en anden i kolonnevalget, hvis det er forkert.',
    );
    expect(result.units.map((u) => u.cost)).toEqual([10, 20]);
  });

  it('takes the leftmost of two equally good cost columns', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Kommunekode', 'Udgift', 'Udgifter'], [101, 1, 2]]));
    expect(result.columns.find((c) => c.role === 'cost')?.index).toBe(1);
    expect(where(result, 'parse.column.duplicateRole')).toEqual([['Ark1!C1', 'warning']]);
  });

  it('gives each quality and structural column its own key', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Skole', 'Elever', 'Udgift', 'Karaktergennemsnit', 'Trivsel', 'Trivsel (2)', 'Andel tosprogede'],
        ['A-skolen', 100, 1, 7.2, 3.9, 4.0, 0.12],
        ['B-skolen', 200, 2, 6.9, 3.7, 3.8, 0.2],
        ['C-skolen', 300, 3, 7.5, 4.1, 4.2, 0.05],
      ]),
    );
    expect(result.columns.filter((c) => c.key).map((c) => [c.role, c.key])).toEqual([
      ['quality', 'karaktergennemsnit'],
      ['quality', 'trivsel'],
      ['quality', 'trivsel-2'],
      ['structural', 'andel-tosprogede'],
    ]);
    expect(result.units[0].quality).toEqual({ karaktergennemsnit: 7.2, trivsel: 3.9, 'trivsel-2': 4.0 });
    expect(result.units[0].structural).toEqual({ 'andel-tosprogede': 0.12 });
  });

  it('lets an explicit mapping by header or column letter override guesses', () => {
    const values = [
      ['Nr', 'Navn', 'Beløb', 'Udgift', 'Elevtal'],
      [280001, 'Nordskolen', 100, 1, 400],
      [280002, 'Sydskolen', 200, 2, 500],
      [280003, 'Vestskolen', 300, 3, 600],
    ];
    // Grid starts in column B, so column letter D is the grid's third column ("Beløb").
    const result = parseGrid(grid('Ark1', 'B1', values), {
      mapping: { nr: 'unitId', D: 'cost', Udgift: 'ignore', Kvalitet: 'quality' },
    });
    expect(result.columns.map((c) => [c.header, c.role, c.via])).toEqual([
      ['Nr', 'unitId', 'explicit'],
      ['Navn', 'unitName', 'synonym'],
      ['Beløb', 'cost', 'explicit'],
      ['Elevtal', 'activity', 'synonym'],
    ]);
    expect(result.unmapped).toEqual([{ index: 3, header: 'Udgift' }]);
    expect(result.units.map((u) => [u.id, u.cost])).toEqual([
      ['280001', 100],
      ['280002', 200],
      ['280003', 300],
    ]);
    expect(where(result, 'parse.mapping.unmatched')).toEqual([['Ark1!B1:F1', 'warning']]);
    expect(where(result, 'parse.column.duplicateRole')).toEqual([]);
  });

  it('reads English headers', () => {
    const result = parseGrid(
      grid('Sheet1', 'A1', [
        ['Municipality code', 'Service area', 'Net expenditure (DKK)', 'Population'],
        [101, 'Schools', 5e9, 650000],
      ]),
      { lang: 'en' },
    );
    expect(result.columns.map((c) => c.role)).toEqual(['municipalityCode', 'area', 'cost', 'activity']);
    expect(result.shape).toBe('municipality');
    expect(result.units[0]).toMatchObject({ id: '101:Schools', cost: 5e9, activity: 650000 });
  });
});
