import {
  columnLetterToNumber,
  columnNumberToLetter,
  formatA1,
  offsetA1,
  parseA1,
  quoteSheetName,
  rangeAddress,
  rowRangeAddress,
  sheetAddress,
} from '../../../src/core/parse';

describe('column letters', () => {
  it.each([
    ['A', 1],
    ['Z', 26],
    ['AA', 27],
    ['AZ', 52],
    ['BA', 53],
    ['ZZ', 702],
    ['AAA', 703],
    ['XFD', 16384],
  ])('%s is column %d and back', (letters, n) => {
    expect(columnLetterToNumber(letters)).toBe(n);
    expect(columnNumberToLetter(n)).toBe(letters);
  });

  it('is case-insensitive', () => {
    expect(columnLetterToNumber('xfd')).toBe(16384);
  });

  it('round-trips every column', () => {
    for (let n = 1; n <= 16384; n++) expect(columnLetterToNumber(columnNumberToLetter(n))).toBe(n);
  });

  it('rejects columns outside A..XFD', () => {
    expect(() => columnLetterToNumber('XFE')).toThrow(RangeError);
    expect(() => columnLetterToNumber('A1')).toThrow(RangeError);
    expect(() => columnNumberToLetter(0)).toThrow(RangeError);
    expect(() => columnNumberToLetter(16385)).toThrow(RangeError);
  });
});

describe('A1 addresses', () => {
  it('parses and formats', () => {
    expect(parseA1('B3')).toEqual({ row: 3, col: 2 });
    expect(parseA1('$AA$10')).toEqual({ row: 10, col: 27 });
    expect(formatA1({ row: 1048576, col: 16384 })).toBe('XFD1048576');
  });

  it('rejects malformed addresses', () => {
    expect(() => parseA1('B0')).toThrow(RangeError);
    expect(() => parseA1('Ark1!B3')).toThrow(RangeError);
    expect(() => parseA1('B1048577')).toThrow(RangeError);
  });

  it('offsets from a top-left cell', () => {
    expect(offsetA1('B3', 0, 0)).toBe('B3');
    expect(offsetA1('B3', 2, 1)).toBe('C5');
    expect(offsetA1('Y1', 0, 2)).toBe('AA1');
  });
});

describe('sheet-qualified addresses', () => {
  it('leaves plain sheet names bare', () => {
    expect(sheetAddress('Ark1', 'C7')).toBe('Ark1!C7');
    expect(sheetAddress('Økonomi_2024', 'A1')).toBe('Økonomi_2024!A1');
  });

  it('quotes names with spaces or punctuation, doubling quotes', () => {
    expect(sheetAddress('Mine tal', 'C7')).toBe("'Mine tal'!C7");
    expect(sheetAddress("Kommunens tal's", 'A1')).toBe("'Kommunens tal''s'!A1");
    expect(quoteSheetName('Budget-2025')).toBe("'Budget-2025'");
  });

  it('quotes names that look like R1C1 references, numbers or booleans', () => {
    expect(quoteSheetName('R2C3')).toBe("'R2C3'");
    expect(quoteSheetName('C')).toBe("'C'");
    expect(quoteSheetName('2024')).toBe("'2024'");
    expect(quoteSheetName('TRUE')).toBe("'TRUE'");
  });

  it('formats ranges and row ranges', () => {
    expect(rowRangeAddress('Ark 1', 5, 1, 6)).toBe("'Ark 1'!A5:F5");
    expect(rangeAddress('Ark1', { row: 3, col: 2 }, { row: 9, col: 4 })).toBe('Ark1!B3:D9');
    expect(rangeAddress('Ark1', { row: 3, col: 2 }, { row: 3, col: 2 })).toBe('Ark1!B3');
  });
});
