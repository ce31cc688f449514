// Public API of the .xlsx host (ExcelJS + hand-written chart parts).
export { XlsxWorkbook, type XlsxOptions } from './workbook';
export type { ReadNote } from './readGrid';
export { inspectPackage, type PackageFinding, type LossKind } from './inspect';
export { injectCharts } from './charts/inject';
export { REGISTRY_SHEET, readRegistry, type OwnSheetRegistry } from './ownSheets';
export { toFileFormula, rewriteFormula, futureFunctionNames, type FormulaRewrite } from './formulas';
export { dateToSerial, normaliseCellValue } from './cellValues';
export { hasLibreOffice, recalculateToCsv, convertWithLibreOffice, parseCsv } from './libreoffice';
