import { absColumnRange, cell, columnLetters, columnNumber, parseCell, quoteSheet, sheetRef } from '../../src/report/a1';
import { safeSheetName, SheetNamer, TableNamer, uniqueHeaders } from '../../src/report/names';
import { buildReport } from '../../src/report';
import { municipalityResults, reportInput } from './fixtures';

describe('A1 helpers', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD']])('%i ↔ %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });
  it('builds and reads addresses', () => {
    expect(cell(3, 7)).toBe('C7');
    expect(absColumnRange(3, 12, 40)).toBe('$C$12:$C$40');
    expect(parseCell('$AB$12')).toEqual({ column: 28, row: 12 });
    expect(() => columnLetters(0)).toThrow();
  });
  it('quotes sheet names and doubles apostrophes', () => {
    expect(quoteSheet('Potentialer')).toBe("'Potentialer'");
    expect(sheetRef("Kommunens tal'", '$A$1')).toBe("'Kommunens tal'''!$A$1");
  });
});

describe('safeSheetName', () => {
  it('replaces forbidden characters and caps the length at 31', () => {
    expect(safeSheetName('Benchmark – Dagtilbud [0/5 år]?')).toBe('Benchmark – Dagtilbud -0-5 år--');
    const long = safeSheetName('Benchmark – Pleje og omsorg af ældre og handicappede');
    expect(long).toBe('Benchmark – Pleje og omsorg af');
    expect(long.length).toBeLessThanOrEqual(31);
  });
  it('never starts or ends with an apostrophe and is never empty or reserved', () => {
    expect(safeSheetName("'Skoler'")).toBe('Skoler');
    expect(safeSheetName('  ')).toBe('Ark');
    expect(safeSheetName('History')).toBe('History (1)');
    expect(safeSheetName('Skoler\tog\nSFO')).toBe('Skoler og SFO');
  });
  it('makes names unique case-insensitively, keeping them within 31 characters', () => {
    const namer = new SheetNamer(['Overblik']);
    expect(namer.take('overblik')).toBe('overblik (2)');
    const first = namer.take('Benchmark – Pleje og omsorg af ældre');
    const second = namer.take('Benchmark – Pleje og omsorg af ældre og handicappede');
    expect(first).toBe('Benchmark – Pleje og omsorg af');
    expect(second).toBe('Benchmark – Pleje og omsorg (2)');
    expect(second.length).toBeLessThanOrEqual(31);
  });
});

describe('table names and headers', () => {
  it('numbers table names per kind', () => {
    const namer = new TableNamer();
    expect([namer.take('Gruppe'), namer.take('Gruppe'), namer.take('Egne')]).toEqual(['Pejl_Gruppe_1', 'Pejl_Gruppe_2', 'Pejl_Egne_1']);
  });
  it('makes headers unique and non-empty', () => {
    expect(uniqueHeaders(['Median', 'median', '', 'Median'])).toEqual(['Median', 'median 2', 'Kolonne3', 'Median 3']);
  });
});

describe('benchmark sheet tabs use the area’s short name', () => {
  it('names the tab by the short name, and by the full name when there is none', () => {
    const results = municipalityResults();
    const schools = results[0];
    schools.area = { ...schools.area, name: { da: 'Folkeskole', en: 'Primary and lower secondary school' }, shortName: { da: 'Folkeskole', en: 'Schools' } };
    const english = buildReport(reportInput(results, 'en')).sheets.map((sheet) => sheet.name);
    expect(english).toContain('Benchmark – Schools');
    expect(english.every((name) => name.length <= 31)).toBe(true);
    delete schools.area.shortName;
    const danish = buildReport(reportInput(results, 'da')).sheets.map((sheet) => sheet.name);
    expect(danish).toContain('Benchmark – Folkeskole');
  });
});
