import { futureFunctionNames, rewriteFormula, toFileFormula } from '../../../src/hosts/xlsx/formulas';
import { freeSheetName, freeTableName, legalSheetName } from '../../../src/hosts/xlsx/naming';
import { columnLetters, columnNumber, parseRange, splitSheetRef } from '../../../src/hosts/xlsx/address';

describe('toFileFormula: _xlfn. prefixes', () => {
  test.each([
    ['QUARTILE.INC($B$2:$B$9,1)', '_xlfn.QUARTILE.INC($B$2:$B$9,1)'],
    ['QUARTILE.EXC(B2:B9,3)', '_xlfn.QUARTILE.EXC(B2:B9,3)'],
    ['PERCENTRANK.INC($B$2:$B$9,B3)', '_xlfn.PERCENTRANK.INC($B$2:$B$9,B3)'],
    ['PERCENTILE.INC(A1:A4,0.9)', '_xlfn.PERCENTILE.INC(A1:A4,0.9)'],
    ['RANK.EQ(B3,$B$2:$B$9,1)', '_xlfn.RANK.EQ(B3,$B$2:$B$9,1)'],
    ['STDEV.S(A1:A9)/STDEV.P(A1:A9)', '_xlfn.STDEV.S(A1:A9)/_xlfn.STDEV.P(A1:A9)'],
    ['IFS(A1>1,"a",TRUE,"b")', '_xlfn.IFS(A1>1,"a",TRUE,"b")'],
    ['MAXIFS(A:A,B:B,">0")+MINIFS(A:A,B:B,">0")', '_xlfn.MAXIFS(A:A,B:B,">0")+_xlfn.MINIFS(A:A,B:B,">0")'],
    ['XLOOKUP(A1,B:B,C:C)', '_xlfn.XLOOKUP(A1,B:B,C:C)'],
    ['CONCAT(A1,TEXTJOIN(", ",TRUE,B1:B3))', '_xlfn.CONCAT(A1,_xlfn.TEXTJOIN(", ",TRUE,B1:B3))'],
    ['FILTER(A1:A9,B1:B9>0)', '_xlfn._xlws.FILTER(A1:A9,B1:B9>0)'],
    ['quartile.inc(A1:A4,1)', '_xlfn.QUARTILE.INC(A1:A4,1)'],
  ])('%s', (input, expected) => {
    expect(toFileFormula(input)).toBe(expected);
  });

  test.each([
    'MAX(0,C5-D5)*E5',
    'MEDIAN(A1:A9)',
    'QUARTILE(A1:A9,1)+RANK(A1,A1:A9)+PERCENTRANK(A1:A9,A1)',
    'SUM(A1:A3)/COUNT(A1:A3)',
    'IF(ISERROR(A1),"",A1)',
  ])('leaves Excel 2007 functions alone: %s', (formula) => {
    expect(toFileFormula(formula)).toBe(formula);
  });

  test('does not touch string literals, existing prefixes or a leading =', () => {
    expect(toFileFormula('=IF(A1="STDEV.S(x)",_xlfn.STDEV.S(B1:B3),0)')).toBe('IF(A1="STDEV.S(x)",_xlfn.STDEV.S(B1:B3),0)');
  });

  test('the list covers the functions the report uses', () => {
    const names = futureFunctionNames();
    for (const name of ['QUARTILE.INC', 'QUARTILE.EXC', 'PERCENTRANK.INC', 'PERCENTILE.INC', 'RANK.EQ', 'STDEV.S', 'STDEV.P', 'IFS', 'MAXIFS', 'MINIFS', 'XLOOKUP', 'CONCAT', 'TEXTJOIN']) {
      expect(names).toContain(name);
    }
    for (const old of ['MEDIAN', 'QUARTILE', 'PERCENTILE', 'RANK', 'STDEV', 'AVERAGE', 'SUMPRODUCT']) expect(names).not.toContain(old);
  });
});

describe('rewriteFormula: renamed sheets and tables', () => {
  const sheetRenames = new Map([['Overblik', 'Overblik (2)'], ['Data', 'Data (2)']]);
  test('quoted and unquoted sheet prefixes follow the rename', () => {
    expect(rewriteFormula("SUM('Overblik'!A1:A3)+Data!B2+data!C1", { sheetRenames })).toBe(
      "SUM('Overblik (2)'!A1:A3)+'Data (2)'!B2+'Data (2)'!C1",
    );
  });
  test('other sheets, strings and names that merely contain the sheet name are kept', () => {
    expect(rewriteFormula('\'Andet\'!A1&"Data!A1"&MyData!A1', { sheetRenames })).toBe('\'Andet\'!A1&"Data!A1"&MyData!A1');
  });
  test('table names before [ are renamed; bracket contents are left alone', () => {
    const tableRenames = new Map([['Tal', 'Tal_2']]);
    expect(rewriteFormula('SUM(Tal[Udgift])+COUNT(Tal[[#Data],[Tal]])+Taller[X]', { tableRenames })).toBe(
      'SUM(Tal_2[Udgift])+COUNT(Tal_2[[#Data],[Tal]])+Taller[X]',
    );
  });
  test('sheet names with apostrophes are escaped when quoted', () => {
    expect(rewriteFormula("'Kim''s ark'!A1", { sheetRenames: new Map([["Kim's ark", "Kim's ark (2)"]]) })).toBe("'Kim''s ark (2)'!A1");
  });
});

describe('names and addresses', () => {
  test('free sheet names give way to taken ones, case-insensitively, within 31 characters', () => {
    const taken = new Set(['overblik', 'overblik (2)']);
    expect(freeSheetName('Overblik', taken)).toBe('Overblik (3)');
    expect(freeSheetName('Benchmark', taken)).toBe('Benchmark');
    const long = 'Benchmark – Dagtilbud og skole!!';
    const takenLong = new Set([legalSheetName(long).toLowerCase()]);
    const free = freeSheetName(long, takenLong);
    expect(free.length).toBeLessThanOrEqual(31);
    expect(free.endsWith(' (2)')).toBe(true);
    expect(freeSheetName('_pejlemaerke', new Set())).toBe('_pejlemaerke (2)');
  });
  test('illegal characters are replaced', () => {
    expect(legalSheetName("'A/B: [x]?'")).toBe('A-B- -x--');
  });
  test('free table names get a numeric suffix', () => {
    const taken = new Set(['tal', 'tal_2']);
    expect(freeTableName('Tal', taken)).toBe('Tal_3');
  });
  test('A1 arithmetic', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(28)).toBe('AB');
    expect(columnLetters(16384)).toBe('XFD');
    expect(columnNumber('XFD')).toBe(16384);
    expect(parseRange('C7:A1')).toEqual({ top: 1, left: 1, bottom: 7, right: 3 });
    expect(parseRange('A0')).toBeUndefined();
    expect(parseRange('XFE1')).toBeUndefined();
    expect(parseRange('A1:B2:C3')).toBeUndefined();
    expect(splitSheetRef("'Kim''s ark'!$B$7:$B$30")).toEqual({ sheet: "Kim's ark", range: '$B$7:$B$30' });
    expect(splitSheetRef('Ark1!A1')).toEqual({ sheet: 'Ark1', range: 'A1' });
  });
});
