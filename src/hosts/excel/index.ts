// Public API of the Office.js host. Only src/hosts/excel talks to the Excel namespace.
export { ExcelWorkbookHost, gridFromA1, packSteps, splitSheetAddress, type ExcelHostOptions, type ExcelRun, type OwnSheetMemory } from './host';
export { normaliseValue, topLeftOf, type RequirementCheck } from './read';
export { columnWidthPoints, styleRuns, blocks, formulaInput } from './cellBlocks';
