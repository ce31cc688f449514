import ExcelJS from 'exceljs';
import { HostError } from '../../../src/hosts/types';
import { XlsxWorkbook } from '../../../src/hosts/xlsx';
import { dateToSerial, normaliseCellValue } from '../../../src/hosts/xlsx/cellValues';
import { toBuffer, userWorkbook } from './inputWorkbook';

async function openUser(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await toBuffer(userWorkbook()));
}

async function hostError(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostError);
    return error as HostError;
  }
  throw new Error('expected a HostError');
}

describe('cell value normalisation', () => {
  test('dates become Excel serial numbers (1900 and 1904 systems)', () => {
    // 2024-01-01 is serial 45292 in Excel; 1904 system counts 1462 days fewer.
    expect(dateToSerial(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
    expect(dateToSerial(new Date(Date.UTC(2024, 0, 1, 12)))).toBe(45292.5);
    expect(dateToSerial(new Date(Date.UTC(2024, 0, 1)), true)).toBe(45292 - 1462);
  });
  test('ExcelJS shapes map to CellValue', () => {
    expect(normaliseCellValue({ richText: [{ text: 'a' }, { text: 'b' }] }).value).toBe('ab');
    expect(normaliseCellValue({ text: 'link', hyperlink: 'https://x' }).value).toBe('link');
    expect(normaliseCellValue({ formula: 'A1', result: { error: '#N/A' } }).value).toEqual({ error: '#N/A' });
    expect(normaliseCellValue({ sharedFormula: 'A1', result: 4 }).value).toBe(4);
    expect(normaliseCellValue({ formula: 'A1' })).toEqual({ value: null, formulaWithoutResult: true });
    expect(normaliseCellValue('').value).toBeNull();
    expect(normaliseCellValue(undefined).value).toBeNull();
  });
});

describe('XlsxWorkbook reading', () => {
  test('lists visible sheets, hidden sheets and tables with their ranges', async () => {
    const wb = await openUser();
    const sources = await wb.listSources();
    expect(sources.sheets).toEqual(['Mine tal', 'Tabel']);
    expect(sources.hiddenSheets).toEqual(['Skjult']);
    expect(sources.tables).toEqual([{ name: 'Skoletal', sheet: 'Tabel', range: 'B3:C6' }]);
  });

  test('the used range is trimmed to the non-empty cells and values are normalised', async () => {
    const wb = await openUser();
    const { grid, notes } = await wb.readWithNotes({ kind: 'range', sheet: 'Mine tal' });
    expect(grid.sheet).toBe('Mine tal');
    expect(grid.topLeft).toBe('B2');
    expect(grid.values).toEqual([
      ['Skoleudgifter 2024', null, null, null], // merged B2:D2 reads only in its top-left cell
      [null, null, null, null],
      ['Kommune', 'Udgift', 'Elever', null],
      ['Aarhus', 61000, 1200, null],
      ['Odense', 58000, 950, null],
      ['Aalborg', 64000, 800, null],
      ['Esbjerg', 55000, { error: '#DIV/0!' }, null],
      ['Randers', null, 45292, true],
    ]);
    expect(grid.hiddenRows).toEqual([false, false, false, false, true, false, false, false]);
    expect(notes).toHaveLength(1);
    expect(notes[0].address).toBe("'Mine tal'!C9");
    expect(notes[0].message).toContain("'Mine tal'!C9");
  });

  test('a given range is read exactly, sheet names match case-insensitively', async () => {
    const wb = await openUser();
    const grid = await wb.read({ kind: 'range', sheet: 'mine TAL', range: '$C$5:D6' });
    expect(grid).toEqual({ sheet: 'Mine tal', topLeft: 'C5', values: [[61000, 1200], [58000, 950]], hiddenRows: [false, true] });
  });

  test('a table reads header and data rows, not its totals row', async () => {
    const wb = await openUser();
    const grid = await wb.read({ kind: 'table', name: 'skoletal' });
    expect(grid.tableName).toBe('Skoletal');
    expect(grid.topLeft).toBe('B3');
    expect(grid.values).toEqual([['Kommune', 'Udgift'], ['Aarhus', 61000], ['Odense', 58000]]);
  });

  test('missing sheet, missing table, bad range and selection are HostErrors in Danish', async () => {
    const wb = await openUser();
    const sheet = await hostError(wb.read({ kind: 'range', sheet: 'Budget' }));
    expect(sheet.code).toBe('sheet-not-found');
    expect(sheet.message).toBe('Arket "Budget" findes ikke i projektmappen. Ark i mappen: "Mine tal", "Tabel" og "Skjult".');
    const table = await hostError(wb.read({ kind: 'table', name: 'Tal' }));
    expect(table.code).toBe('table-not-found');
    expect(table.message).toContain('"Tal"');
    expect(table.message).toContain('"Skoletal" (Tabel)');
    const range = await hostError(wb.read({ kind: 'range', sheet: 'Mine tal', range: 'B2:ZZZZ9' }));
    expect(range.code).toBe('bad-range');
    expect(range.message).toContain('B2:ZZZZ9');
    expect((await hostError(wb.read({ kind: 'selection' }))).code).toBe('no-selection');
  });

  test('English messages on request; a non-xlsx file is refused', async () => {
    const wb = await XlsxWorkbook.open(await toBuffer(userWorkbook()), { lang: 'en' });
    expect((await hostError(wb.read({ kind: 'range', sheet: 'X' }))).message).toContain('does not exist');
    const broken = await hostError(XlsxWorkbook.open(Buffer.from('not a zip')));
    expect(broken.code).toBe('open-failed');
  });

  test('an empty sheet reads as a single empty cell', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Tom');
    const wb = await XlsxWorkbook.open(await toBuffer(book));
    expect((await wb.read({ kind: 'range', sheet: 'Tom' })).values).toEqual([[null]]);
  });
});
