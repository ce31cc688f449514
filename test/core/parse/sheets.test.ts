// Whole tables as a finance officer would have them, checked unit by unit and address by address.
import { parseGrid } from '../../../src/core/parse';
import { KNOWN_CODES, MUNICIPALITIES, grid, only, where } from './fixtures';

describe('municipality table with titles, starting in C4', () => {
  const values = [
    ['Nettodriftsudgifter, folkeskoleområdet', null, null, null, null, null, null, null],
    ['Kilde: kommunernes regnskaber', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    ['Kommune', 'Kommunenavn', 'Serviceområde', 'Regnskabsår', 'Nettoudgift 2024, 1.000 kr.', 'Antal elever', 'Socioøkonomisk indeks', 'Bemærkning'],
    [101, 'København', 'Folkeskole', 2024, 4_812_345.6, 45_210, 0.98, null],
    ['0147', 'Frederiksberg', 'Folkeskole', 2024, '612.400', '8 950', 1.02, 'Ny skole åbnet'],
    [151, 'Ballerup', 'Folkeskole', 2024, 398_000, 4_820, null, null],
    [751, 'Aarhus', 'Folkeskole', 2024, { error: '#REF!' }, 38_000, 1.0, null],
    [999, 'Ukendt', 'Folkeskole', 2024, 100, 10, 1, null],
    [null, null, null, null, null, null, null, null],
    ['I alt', null, null, null, 5_822_845.6, 97_000, null, null],
    ['Note: Aarhus mangler', null, null, null, null, null, null, null],
  ];
  const result = parseGrid(grid('Mine tal', 'C4', values), {
    knownMunicipalityCodes: KNOWN_CODES,
    municipalityNames: MUNICIPALITIES,
  });

  it('finds the header in row 7 and maps every column', () => {
    expect(result.headerRow).toBe(7);
    expect(result.shape).toBe('municipality');
    expect(result.columns.map((c) => [c.index, c.role])).toEqual([
      [0, 'municipalityCode'],
      [1, 'municipalityName'],
      [2, 'area'],
      [3, 'year'],
      [4, 'cost'],
      [5, 'activity'],
      [6, 'structural'],
    ]);
    expect(result.unmapped).toEqual([{ index: 7, header: 'Bemærkning' }]);
  });

  it('turns thousands of kr. into kr. and reads the good rows', () => {
    expect(only(result, 'parse.column.thousands').address).toBe("'Mine tal'!G7");
    expect(result.units).toEqual([
      {
        id: '101:Folkeskole:2024',
        name: 'København',
        municipalityCode: '101',
        area: 'Folkeskole',
        year: 2024,
        cost: 4_812_345_600,
        activity: 45_210,
        quality: {},
        structural: { 'sociooekonomisk-indeks': 0.98 },
        source: { sheet: 'Mine tal', row: 8, address: "'Mine tal'!C8:J8" },
      },
      {
        id: '147:Folkeskole:2024',
        name: 'Frederiksberg',
        municipalityCode: '147',
        area: 'Folkeskole',
        year: 2024,
        cost: 612_400_000,
        activity: 8_950,
        quality: {},
        structural: { 'sociooekonomisk-indeks': 1.02 },
        source: { sheet: 'Mine tal', row: 9, address: "'Mine tal'!C9:J9" },
      },
      {
        id: '151:Folkeskole:2024',
        name: 'Ballerup',
        municipalityCode: '151',
        area: 'Folkeskole',
        year: 2024,
        cost: 398_000_000,
        activity: 4_820,
        quality: {},
        structural: {},
        source: { sheet: 'Mine tal', row: 10, address: "'Mine tal'!C10:J10" },
      },
    ]);
  });

  it('warns about the text numbers, the old code form and the blank index', () => {
    expect(where(result, 'parse.code.fourDigit')).toEqual([["'Mine tal'!C9", 'warning']]);
    expect(where(result, 'parse.cell.textNumber')).toEqual([
      ["'Mine tal'!G9", 'warning'],
      ["'Mine tal'!H9", 'warning'],
    ]);
    expect(where(result, 'parse.cell.blankOptional')).toEqual([["'Mine tal'!I10", 'warning']]);
  });

  it('leaves out the error rows and says why', () => {
    expect(result.excluded.map((e) => [e.address, e.label, e.problems.map((p) => [p.code, p.address])])).toEqual([
      ["'Mine tal'!C11:J11", 'Aarhus', [['parse.cell.excelError', "'Mine tal'!G11"]]],
      ["'Mine tal'!C12:J12", 'Ukendt', [['parse.code.unknown', "'Mine tal'!C12"]]],
    ]);
    expect(only(result, 'parse.cell.excelError').message).toBe(
      "Cellen 'Mine tal'!G11 indeholder Excel-fejlen #REF! – der skal stå et tal (kr.). Ret formlen eller værdien.",
    );
  });

  it('skips the totals and the note, and sums up', () => {
    expect(where(result, 'parse.row.total')).toEqual([["'Mine tal'!C14:J14", 'info']]);
    expect(where(result, 'parse.row.note')).toEqual([["'Mine tal'!C15:J15", 'info']]);
    expect(result.canRun).toBe(true);
    expect(only(result, 'parse.summary').message).toBe("3 af 5 rækker er brugt; 2 er udeladt ('Mine tal'!C8:J15).");
  });
});

describe('day-care institutions with a hidden row, starting in B2', () => {
  const values = [
    ['Dagtilbud – udgifter og indskrevne børn 2024', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Inst.nr.', 'Dagtilbud', 'Indskrevne børn', 'Udgift, t.kr.', 'Brugertilfredshed', 'Andel børn med særlige behov'],
    [3001, 'Solsikken', 62, 7250, 4.2, 0.05],
    [3002, 'Mælkebøtten', '48', '5.980,5', 4.5, '3 %'],
    [3003, 'Regnbuen', 0, 6100, 4.0, 0.1],
    [3004, 'Skovbørnehaven', 35, 4100, null, 0.02],
    [3001, 'Solsikken 2', 40, 5000, 4.1, 0.04],
    [3005, 'Bikuben', 71, 8300.25, 4.4, 0.07],
    ['I alt', null, 256, 36730.75, null, null],
  ];
  const hidden = [false, false, false, false, false, false, true, false, false, false];
  const result = parseGrid(grid('Dagtilbud', 'B2', values, hidden));

  it('reads an institution table', () => {
    expect(result.shape).toBe('institution');
    expect(result.headerRow).toBe(4);
    expect(result.units.map((u) => [u.id, u.name, u.activity, u.cost, u.quality, u.structural])).toEqual([
      ['3001', 'Solsikken', 62, 7_250_000, { brugertilfredshed: 4.2 }, { 'andel-boern-med-saerlige-behov': 0.05 }],
      ['3002', 'Mælkebøtten', 48, 5_980_500, { brugertilfredshed: 4.5 }, { 'andel-boern-med-saerlige-behov': 0.03 }],
      ['3005', 'Bikuben', 71, 8_300_250, { brugertilfredshed: 4.4 }, { 'andel-boern-med-saerlige-behov': 0.07 }],
    ]);
  });

  it('leaves out the zero-activity row, the hidden row and the repeated number', () => {
    expect(result.excluded.map((e) => [e.label, e.problems.map((p) => [p.code, p.address])])).toEqual([
      ['Regnbuen', [['parse.activity.notPositive', 'Dagtilbud!D7']]],
      ['Skovbørnehaven', [['parse.row.hidden', 'Dagtilbud!B8:G8']]],
      ['Solsikken 2', [['parse.row.duplicate', 'Dagtilbud!B9']]],
    ]);
    expect(only(result, 'parse.row.duplicate').params.first).toBe('Dagtilbud!B5');
    expect(only(result, 'parse.activity.notPositive').message).toBe(
      'Aktiviteten i Dagtilbud!D7 er 0 – der skal stå et antal (et tal større end 0).',
    );
  });

  it('skips the totals row and can run', () => {
    expect(where(result, 'parse.row.total')).toEqual([['Dagtilbud!B11:G11', 'info']]);
    expect(result.canRun).toBe(true);
    expect(only(result, 'parse.summary').params).toMatchObject({ used: 3, total: 6, left: 3 });
  });
});

describe('English school sheet', () => {
  const result = parseGrid(
    grid('Schools', 'A1', [
      ['School', 'School code', 'Pupils', 'Net cost (DKK 1,000)', 'Average grade'],
      ['North School', 'S01', 420, 31_500, 7.1],
      ['South School', 'S02', 512, 38_000, 6.8],
      ['East School', 'S03', 300, 'approx. 22m', 7.4],
      ['West School', 'S04', 280, 19_900, 7.0],
      ['Total', null, 1512, 111_400, null],
    ]),
    { lang: 'en' },
  );

  it('maps English headers and writes English messages', () => {
    expect(result.columns.map((c) => c.role)).toEqual(['unitName', 'unitId', 'activity', 'cost', 'quality']);
    expect(result.units.map((u) => [u.id, u.cost])).toEqual([
      ['S01', 31_500_000],
      ['S02', 38_000_000],
      ['S04', 19_900_000],
    ]);
    expect(only(result, 'parse.cell.notNumber').message).toBe(
      'Cell Schools!D4 holds the text "approx. 22m" – it should hold a number (DKK).',
    );
    expect(only(result, 'parse.column.thousands').message).toBe(
      'Column "Net cost (DKK 1,000)" (Schools!D1) is in thousands of DKK; amounts were multiplied by 1,000 to give DKK.',
    );
    expect(only(result, 'parse.summary').message).toBe('3 of 4 rows used; 1 left out (Schools!A2:E6).');
  });
});

describe('shape', () => {
  it('can be forced by the caller', () => {
    const values = [
      ['Kommunekode', 'Skole', 'Udgift'],
      [101, 'A', 1],
      [147, 'B', 2],
    ];
    expect(parseGrid(grid('Ark1', 'A1', values)).shape).toBe('institution');
    const forced = parseGrid(grid('Ark1', 'A1', values), { shape: 'municipality' });
    expect(forced.shape).toBe('municipality');
    expect(forced.units.map((u) => u.id)).toEqual(['101', '147']);
  });

  it('reads institutions when there are both institutions and areas, and says so', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Område', 'Plejecenter', 'Beboere', 'Udgift'],
        ['Nord', 'Lindehjemmet', 40, 1],
        ['Syd', 'Egebo', 52, 2],
        ['Syd', 'Bøgely', 31, 3],
      ]),
    );
    expect(result.shape).toBe('institution');
    expect(where(result, 'parse.shape.ambiguous')).toEqual([['Ark1!A1:D1', 'info']]);
    expect(result.units.map((u) => [u.name, u.area])).toEqual([
      ['Lindehjemmet', 'Nord'],
      ['Egebo', 'Syd'],
      ['Bøgely', 'Syd'],
    ]);
  });
});

describe('string table', () => {
  it('has a Danish and an English text for every parse key, with the same placeholders', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseStrings } = require('../../../src/i18n/tables/parse') as typeof import('../../../src/i18n/tables/parse');
    for (const [key, entry] of Object.entries(parseStrings)) {
      expect(key.startsWith('parse.')).toBe(true);
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, holes(entry.en)]).toEqual([key, holes(entry.da)]);
    }
  });
});
