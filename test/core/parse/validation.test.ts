import { parseGrid, renderProblem } from '../../../src/core/parse';
import type { CellValue } from '../../../src/core/types';
import { KNOWN_CODES, MUNICIPALITIES, grid, only, where } from './fixtures';

// Institution tables: header in row 1 from column A on sheet 'Skoler'; the first data row is row 2.
const SCHOOL_HEADER: CellValue[] = ['Skole', 'Antal elever', 'Udgift (kr.)', 'Karaktergennemsnit'];
const GOOD_SCHOOLS: CellValue[][] = [
  ['Nordskolen', 420, 31_500_000, 7.1],
  ['Sydskolen', 512, 38_000_000, 6.8],
  ['Østskolen', 300, 22_000_000, 7.4],
];
function schools(...rows: CellValue[][]) {
  return grid('Skoler', 'A1', [SCHOOL_HEADER, ...GOOD_SCHOOLS, ...rows]);
}

describe('text where a number belongs', () => {
  it('accepts Danish-formatted text with a warning per cell', () => {
    const result = parseGrid(
      schools(
        ['Vestskolen', '1 234', '1.234,5', 7],
        ['Midtskolen', '250', 'kr. 1.234', 7],
        ['Bakkeskolen', '\u00a0300\u00a0', '12.345.678', 7],
        ['Engskolen', 310, '1.234 kr.', '6,9'],
      ),
    );
    expect(result.units.slice(3).map((u) => [u.name, u.activity, u.cost, u.quality.karaktergennemsnit])).toEqual([
      ['Vestskolen', 1234, 1234.5, 7],
      ['Midtskolen', 250, 1234, 7],
      ['Bakkeskolen', 300, 12345678, 7],
      ['Engskolen', 310, 1234, 6.9],
    ]);
    expect(where(result, 'parse.cell.textNumber').map(([a]) => a).sort()).toEqual(
      ['Skoler!B5', 'Skoler!C5', 'Skoler!B6', 'Skoler!C6', 'Skoler!B7', 'Skoler!C7', 'Skoler!C8', 'Skoler!D8'].sort(),
    );
    const c5 = result.problems.find((p) => p.address === 'Skoler!C5');
    expect(c5?.message).toBe(
      'Cellen Skoler!C5 indeholder tallet som tekst ("1.234,5"); det er læst som 1.234,5. Gem det som et tal i Excel for at være sikker.',
    );
  });

  it('reads "1,234" as 1,234 and warns that it is ambiguous', () => {
    const result = parseGrid(schools(['Vestskolen', 100, 5_000_000, '7,234']));
    expect(result.units[3].quality.karaktergennemsnit).toBeCloseTo(7.234, 10);
    const ambiguous = parseGrid(schools(['Vestskolen', '1,234', 5_000_000, 7]));
    expect(ambiguous.units[3].activity).toBeCloseTo(1.234, 10);
    expect(only(ambiguous, 'parse.cell.ambiguousNumber')).toMatchObject({ address: 'Skoler!B5', severity: 'warning' });
  });

  it('rejects unreadable text with a specific error', () => {
    const result = parseGrid(grid('Skoler', 'B3', [SCHOOL_HEADER, ...GOOD_SCHOOLS, ['Vestskolen', 300, 'ca. 4 mio', 7]]));
    const problem = only(result, 'parse.cell.notNumber');
    expect(problem.address).toBe('Skoler!D7');
    expect(problem.message).toBe('Cellen Skoler!D7 indeholder teksten "ca. 4 mio" – der skal stå et tal (kr.).');
    expect(result.excluded).toEqual([{ address: 'Skoler!B7:E7', label: 'Vestskolen', problems: [problem] }]);
  });
});

describe('blank cells', () => {
  it('is an error for cost and (in institution tables) activity, a warning for quality', () => {
    const result = parseGrid(
      schools(['Vestskolen', 300, null, 7], ['Midtskolen', '', 1_000_000, 7], ['Engskolen', 200, 2_000_000, null]),
    );
    expect(where(result, 'parse.cell.blankRequired')).toEqual([
      ['Skoler!C5', 'error'],
      ['Skoler!B6', 'error'],
    ]);
    expect(where(result, 'parse.cell.blankOptional')).toEqual([['Skoler!D7', 'warning']]);
    expect(result.excluded.map((e) => e.label)).toEqual(['Vestskolen', 'Midtskolen']);
    const eng = result.units.find((u) => u.name === 'Engskolen');
    expect(eng?.quality).toEqual({});
    expect(only(result, 'parse.cell.blankOptional').message).toBe(
      'Cellen Skoler!D7 i kolonnen "Karaktergennemsnit" er tom. Rækken er brugt, men uden denne værdi.',
    );
  });

  it('reads a dash in a quality column as missing, but not in the cost column', () => {
    const result = parseGrid(schools(['Vestskolen', 300, 1_000_000, '-'], ['Midtskolen', 300, '-', 7]));
    expect(where(result, 'parse.cell.placeholder')).toEqual([['Skoler!D5', 'warning']]);
    expect(where(result, 'parse.cell.notNumber')).toEqual([['Skoler!C6', 'error']]);
  });
});

describe('Excel errors and logical values', () => {
  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])(
    'names %s in an error',
    (error) => {
      const result = parseGrid(schools(['Vestskolen', 300, { error }, 7]));
      const problem = only(result, 'parse.cell.excelError');
      expect(problem).toMatchObject({ address: 'Skoler!C5', severity: 'error' });
      expect(problem.message).toBe(
        `Cellen Skoler!C5 indeholder Excel-fejlen ${error} – der skal stå et tal (kr.). Ret formlen eller værdien.`,
      );
      expect(result.units).toHaveLength(3);
    },
  );

  it('rejects TRUE/FALSE where a number belongs', () => {
    const result = parseGrid(schools(['Vestskolen', true, 1_000_000, 7]));
    expect(where(result, 'parse.cell.boolean')).toEqual([['Skoler!B5', 'error']]);
    expect(result.excluded.map((e) => e.address)).toEqual(['Skoler!A5:D5']);
  });
});

describe('cost and activity values', () => {
  it('rejects negative cost, warns about zero cost', () => {
    const result = parseGrid(schools(['Vestskolen', 300, -1500, 7], ['Midtskolen', 300, 0, 7]));
    expect(where(result, 'parse.cost.negative')).toEqual([['Skoler!C5', 'error']]);
    expect(only(result, 'parse.cost.negative').message).toBe(
      'Udgiften i Skoler!C5 er negativ (-1.500 kr.). En nettoudgift skal være 0 eller mere; tjek fortegnet, eller om rækken er en indtægt.',
    );
    expect(where(result, 'parse.cost.zero')).toEqual([['Skoler!C6', 'warning']]);
    expect(result.units.map((u) => u.name)).toContain('Midtskolen');
    expect(result.units.map((u) => u.name)).not.toContain('Vestskolen');
  });

  it('rejects zero and negative activity', () => {
    const result = parseGrid(schools(['Vestskolen', 0, 1_000_000, 7], ['Midtskolen', -5, 1_000_000, 7]));
    expect(where(result, 'parse.activity.notPositive')).toEqual([
      ['Skoler!B5', 'error'],
      ['Skoler!B6', 'error'],
    ]);
    expect(result.excluded).toHaveLength(2);
  });
});

describe('duplicates', () => {
  it('rejects a repeated institution name, pointing at the first', () => {
    const result = parseGrid(schools(['nordskolen', 100, 1_000_000, 7], ['Nordskolen', 100, 1_000_000, 7]));
    expect(where(result, 'parse.row.duplicate')).toEqual([
      ['Skoler!A5', 'error'],
      ['Skoler!A6', 'error'],
    ]);
    expect(result.problems.find((p) => p.code === 'parse.row.duplicate')?.message).toBe(
      'Rækken i Skoler!A5 har samme id (nordskolen) som rækken i Skoler!A2. Hver enhed må kun stå én gang; kun den første er brugt.',
    );
    expect(result.units.filter((u) => u.name === 'Nordskolen')).toHaveLength(1);
  });

  it('uses the institution number when there is one', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Inst.nr.', 'Skole', 'Elever', 'Udgift'],
        [280001, 'Nordskolen', 100, 1],
        [280002, 'Nordskolen', 100, 1], // same name, different school
        [280001, 'Vestskolen', 100, 1],
        [280003, 'Sydskolen', 100, 1],
      ]),
    );
    expect(result.units.map((u) => u.id)).toEqual(['280001', '280002', '280003']);
    expect(only(result, 'parse.row.duplicate')).toMatchObject({ address: 'Ark1!A4', params: { first: 'Ark1!A2' } });
  });

  it('treats the same municipality and area twice as a duplicate, different areas as fine', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Kommunekode', 'Område', 'Udgift'],
        [101, 'Folkeskole', 10],
        [101, 'Dagtilbud', 20],
        ['101', 'Folkeskole', 30],
      ]),
    );
    expect(result.units.map((u) => u.id)).toEqual(['101:Folkeskole', '101:Dagtilbud']);
    expect(only(result, 'parse.row.duplicate')).toMatchObject({
      address: 'Ark1!A4',
      params: { id: '101 / Folkeskole', first: 'Ark1!A2' },
    });
  });
});

describe('duplicates of a row that was itself left out', () => {
  it('uses the later row and says so, instead of claiming the first was used', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Inst.nr.', 'Skole', 'Elever', 'Udgift'],
        [280001, 'Nordskolen', 100, 'ukendt'], // left out: no cost
        [280001, 'Nordskolen', 100, 1000],
        [280002, 'Sydskolen', 100, 1000],
        [280003, 'Vestskolen', 100, 1000],
        [280001, 'Nordskolen', 100, 1000], // a true duplicate of the used row A3
      ]),
    );
    expect(result.units.map((u) => u.source.address)).toEqual(['Ark1!A3:D3', 'Ark1!A4:D4', 'Ark1!A5:D5']);
    expect(only(result, 'parse.row.duplicateOfExcluded').message).toBe(
      'Rækken i Ark1!A3 har samme id (280001) som rækken i Ark1!A2, der er udeladt på grund af fejl. Rækken i Ark1!A3 er brugt i stedet; ret eller slet den anden.',
    );
    expect(only(result, 'parse.row.duplicate')).toMatchObject({ address: 'Ark1!A6', params: { first: 'Ark1!A3' } });
  });

  it('says both are left out when both have errors', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Inst.nr.', 'Skole', 'Elever', 'Udgift'],
        [280001, 'Nordskolen', 100, 'ukendt'],
        [280001, 'Nordskolen', 100, 'x'],
      ]),
    );
    expect(only(result, 'parse.row.duplicateBothExcluded').message).toBe(
      'Rækken i Ark1!A3 har samme id (280001) som rækken i Ark1!A2, og begge er udeladt på grund af fejl.',
    );
    expect(result.problems.some((p) => p.code === 'parse.row.duplicate')).toBe(false);
  });
});

describe('too few rows, said correctly', () => {
  it('a sheet of headers only has no data rows, and says so at the headers', () => {
    const result = parseGrid(grid('Tom', 'A1', [['Skole', 'Elever', 'Udgift']]));
    expect(result.canRun).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'parse.units.noDataRows', address: 'Tom!A1:C1' }),
    ]);
    expect(only(result, 'parse.units.noDataRows').message).toBe('Der er overskrifter i Tom!A1:C1, men ingen rækker med tal under dem.');
  });

  it('headers and blank rows only count as no data rows too', () => {
    const result = parseGrid(grid('Tom', 'A1', [['Skole', 'Elever', 'Udgift'], [null, null, null], ['', null, '']]));
    expect(result.problems.map((p) => p.code)).toEqual(['parse.units.noDataRows']);
  });

  it('"Kun 1 række", and points at the rows that were really left out', () => {
    const result = parseGrid(
      grid('Skoler', 'A1', [
        ['Skole', 'Elever', 'Udgift'],
        ['Nordskolen', 100, 1000],
        ['Sydskolen', 100, 'ukendt'],
      ]),
    );
    expect(only(result, 'parse.units.tooFew.one').message).toBe(
      'Kun 1 række i Skoler!A2:C3 kan bruges – der skal mindst være 3 for at sammenligne.',
    );
    expect(only(result, 'parse.units.seeExcluded')).toMatchObject({ address: 'Skoler!A3:C3' });
    expect(only(result, 'parse.units.seeExcluded').message).toBe('Udeladte rækker: Skoler!A3:C3. Se bemærkningerne til hver af dem.');
  });

  it('"Ingen af rækkerne" when none can be used, in English too', () => {
    const rows = [['Skole', 'Elever', 'Udgift'], ['Nordskolen', 100, 'x']];
    expect(only(parseGrid(grid('S', 'A1', rows), { lang: 'en' }), 'parse.units.tooFew.none').message).toBe(
      'None of the rows in S!A2:C2 can be used – at least 3 are needed for a comparison.',
    );
  });

  it('one row of one: no "1 af 1 rækker"', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Kommunekode', 'Udgift'], [101, 1000]]), { knownMunicipalityCodes: KNOWN_CODES });
    expect(only(result, 'parse.summary.one').message).toBe('Den ene række er brugt (Ark1!A2:B2).');
  });
});

describe('municipality codes and names', () => {
  const table = (code: CellValue) => grid('Ark1', 'A1', [['Kommunekode', 'Udgift'], [code, 1000]]);

  it('accepts the number 101 without a word', () => {
    const result = parseGrid(table(101), { knownMunicipalityCodes: KNOWN_CODES });
    expect(result.units[0].municipalityCode).toBe('101');
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it.each([['101'], [' 101 ']])('accepts the text %j as 101 and says it is stored as text', (code) => {
    const result = parseGrid(table(code), { knownMunicipalityCodes: KNOWN_CODES });
    expect(result.units[0].municipalityCode).toBe('101');
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([
      expect.objectContaining({ code: 'parse.code.text', severity: 'warning', address: 'Ark1!A2' }),
    ]);
    expect(result.problems.find((p) => p.code === 'parse.code.text')?.message).toBe(
      'Kommunekoden i Ark1!A2 er gemt som tekst ("101"); den er læst som 101. Gem den som et tal i Excel, så opslag og sortering virker.',
    );
  });

  it('shortens the four-digit form "0101" with a warning', () => {
    const result = parseGrid(table('0101'), { knownMunicipalityCodes: KNOWN_CODES });
    expect(result.units[0].municipalityCode).toBe('101');
    expect(only(result, 'parse.code.fourDigit').message).toBe(
      'Kommunekoden "0101" i Ark1!A2 har fire cifre; den er læst som 101, Danmarks Statistiks kode med tre cifre.',
    );
  });

  it('rejects unknown and malformed codes', () => {
    expect(where(parseGrid(table(999), { knownMunicipalityCodes: KNOWN_CODES }), 'parse.code.unknown')).toEqual([
      ['Ark1!A2', 'error'],
    ]);
    expect(where(parseGrid(table('K101'), { knownMunicipalityCodes: KNOWN_CODES }), 'parse.code.invalid')).toEqual([
      ['Ark1!A2', 'error'],
    ]);
    expect(where(parseGrid(table(1011)), 'parse.code.invalid')).toEqual([['Ark1!A2', 'error']]);
  });

  it('resolves names to codes regardless of case, æøå spelling and "Kommune"', () => {
    const result = parseGrid(
      grid('Ark1', 'A1', [
        ['Kommune', 'Udgift'],
        ['Københavns Kommune', 1],
        ['AARHUS', 2],
        ['Høje Taastrup', 3],
        ['Åbenrå', 4],
        ['Bornholms Regionskommune', 5],
        ['Atlantis', 6],
      ]),
      { municipalityNames: MUNICIPALITIES, knownMunicipalityCodes: KNOWN_CODES },
    );
    expect(result.units.map((u) => [u.municipalityCode, u.name])).toEqual([
      ['101', 'Københavns Kommune'],
      ['751', 'AARHUS'],
      ['169', 'Høje Taastrup'],
      ['580', 'Åbenrå'],
      ['400', 'Bornholms Regionskommune'],
    ]);
    expect(only(result, 'parse.name.unknown')).toMatchObject({ address: 'Ark1!A7', severity: 'error' });
  });

  it('reports a row with neither code nor name', () => {
    const result = parseGrid(grid('Ark1', 'A1', [['Kommunekode', 'Udgift'], [101, 1], [null, 2]]));
    expect(where(result, 'parse.row.noMunicipality')).toEqual([['Ark1!A3:B3', 'error']]);
  });
});

describe('rows around the data', () => {
  it.each(['I alt', 'Total', 'Sum', 'Hele kommunen', 'I alt for skoler', 'Gennemsnit'])(
    'skips a "%s" row with an info problem',
    (label) => {
      const result = parseGrid(schools([label, 1232, 91_500_000, 7.1]));
      expect(where(result, 'parse.row.total')).toEqual([['Skoler!A5:D5', 'info']]);
      expect(result.units).toHaveLength(3);
      expect(result.excluded).toEqual([]);
    },
  );

  it('skips blank rows silently and notes with an info problem', () => {
    const result = parseGrid(
      schools([null, null, null, null], ['Kilde: Egne tal', null, null, null], [], ['Opgjort 1. marts', null, null, null]),
    );
    expect(where(result, 'parse.row.note')).toEqual([
      ['Skoler!A6:D6', 'info'],
      ['Skoler!A8:D8', 'info'],
    ]);
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('treats a lone name between data rows as a row with missing figures', () => {
    const result = parseGrid(grid('Skoler', 'A1', [SCHOOL_HEADER, GOOD_SCHOOLS[0], ['Vestskolen'], ...GOOD_SCHOOLS.slice(1)]));
    expect(where(result, 'parse.row.note')).toEqual([]);
    expect(where(result, 'parse.cell.blankRequired')).toEqual([
      ['Skoler!C3', 'error'],
      ['Skoler!B3', 'error'],
    ]);
  });

  it('leaves hidden rows out with a warning each', () => {
    const values = [SCHOOL_HEADER, ...GOOD_SCHOOLS, ['Vestskolen', 300, 1_000_000, 7]];
    const result = parseGrid(grid('Skoler', 'A1', values, [false, false, true, false, true]));
    expect(where(result, 'parse.row.hidden')).toEqual([
      ['Skoler!A3:D3', 'warning'],
      ['Skoler!A5:D5', 'warning'],
    ]);
    expect(result.units.map((u) => u.name)).toEqual(['Nordskolen', 'Østskolen']);
    expect(result.excluded.map((e) => e.label)).toEqual(['Sydskolen', 'Vestskolen']);
  });
});

describe('whether the run can go on', () => {
  it('says which required column is missing and where the headers are', () => {
    const noCost = parseGrid(grid('Ark1', 'C3', [['Kommunekode', 'Elever'], [101, 3]]));
    expect(noCost.canRun).toBe(false);
    expect(only(noCost, 'parse.required.missing').message).toBe(
      'Tabellen mangler en kolonne med udgift (kr.). Overskrifterne står i Ark1!C3:D3; tilføj kolonnen, eller vælg den i kolonnevalget.',
    );
    expect(noCost.units).toEqual([]);

    const noActivity = parseGrid(grid('Ark1', 'A1', [['Skole', 'Udgift'], ['A', 1], ['B', 2], ['C', 3]]));
    expect(noActivity.shape).toBe('institution');
    expect(noActivity.problems.filter((p) => p.code === 'parse.required.missing').map((p) => p.params.role)).toEqual([
      'activity',
    ]);

    const noMunicipality = parseGrid(grid('Ark1', 'A1', [['Område', 'Udgift'], ['Skole', 1]]));
    expect(noMunicipality.problems.filter((p) => p.code === 'parse.required.missing').map((p) => p.params.role)).toEqual([
      'municipality',
    ]);
  });

  it('stops when fewer than minUnits rows remain', () => {
    const result = parseGrid(grid('Skoler', 'A1', [SCHOOL_HEADER, ...GOOD_SCHOOLS.slice(0, 2)]));
    expect(result.canRun).toBe(false);
    expect(only(result, 'parse.units.tooFew.many').message).toBe(
      'Kun 2 rækker i Skoler!A2:D3 kan bruges – der skal mindst være 3 for at sammenligne.',
    );
    // Nothing was left out, so there are no left-out rows to point at.
    expect(result.problems.some((p) => p.code === 'parse.units.seeExcluded')).toBe(false);
    expect(parseGrid(grid('Skoler', 'A1', [SCHOOL_HEADER, ...GOOD_SCHOOLS.slice(0, 2)]), { minUnits: 2 }).canRun).toBe(true);
  });

  it('says how many rows were used and left out', () => {
    const result = parseGrid(schools(['Vestskolen', 300, -1, 7]));
    expect(result.canRun).toBe(true);
    expect(only(result, 'parse.summary')).toMatchObject({ address: 'Skoler!A2:D5', severity: 'info' });
    expect(only(result, 'parse.summary').message).toBe('3 af 4 rækker er brugt; 1 er udeladt (Skoler!A2:D5).');
  });
});

describe('English messages', () => {
  it('renders the same problems in English, directly or afterwards', () => {
    const result = parseGrid(schools(['Vestskolen', 300, 'ca. 4 mio', 7]), { lang: 'en' });
    const problem = only(result, 'parse.cell.notNumber');
    expect(problem.message).toBe('Cell Skoler!C5 holds the text "ca. 4 mio" – it should hold a number (DKK).');
    const danish = parseGrid(schools(['Vestskolen', 300, 'ca. 4 mio', 7]));
    expect(renderProblem(only(danish, 'parse.cell.notNumber'), 'en').message).toBe(problem.message);
  });

  it('formats amounts the English way', () => {
    const result = parseGrid(schools(['Vestskolen', 300, -1500, 7]), { lang: 'en' });
    expect(only(result, 'parse.cost.negative').message).toContain('(-1,500 DKK)');
  });
});
