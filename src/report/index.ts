export { buildReport, GENERATOR } from './buildReport';
export { safeSheetName, SheetNamer, TableNamer, uniqueHeaders, MAX_SHEET_NAME_LENGTH } from './names';
export { columnLetters, columnNumber, cell, absCell, absColumnRange, range, parseCell, quoteSheet, sheetRef } from './a1';
export { excelDateSerial, longDate, FMT } from './format';
export { queryText, sourceLine } from './describe';
export type { ReportInput, SourceNote, InputNote } from './types';
export type * from './model';
