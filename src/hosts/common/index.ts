// Host-agnostic helpers for writing report models into workbooks (no Office.js, no ExcelJS).
export { guardText, needsTextGuard, startsLikeFormula } from './textGuard';
export { freeSheetName, freeTableName, legalSheetName, legalTableName, SHEET_NAME_MAX } from './naming';
export {
  parseRegistryRows,
  registryRows,
  REGISTRY_FORMAT_VERSION,
  REGISTRY_SHEET,
  REGISTRY_TAG,
  type OwnSheetRegistry,
} from './registry';
export { quotedSheet, renameReferences, type ReferenceRenames } from './formulaRefs';
