// Public face of the parser: turn a host's grid into validated units, plus the address and
// number helpers other modules (report, hosts) reuse.
export { parseGrid, problemsOf } from './parseGrid';
export {
  parseFrameworkGrid, parseGroupListGrid, type FrameworkTable, type FrameworkVariable, type GroupListTable, type UserTableOptions, type UserTableSource,
} from './framework';
export {
  MAX_COLUMN,
  MAX_ROW,
  columnLetterToNumber,
  columnNumberToLetter,
  formatA1,
  offsetA1,
  parseA1,
  quoteSheetName,
  rangeAddress,
  rowRangeAddress,
  sheetAddress,
  type CellRef,
} from './address';
export { parseDanishNumber, moneyUnitOf, formatNumber, type ParsedNumber, type MoneyUnit } from './numbers';
export { renderProblem, renderParseMessage } from './problems';
export { guessRole, type RoleGuess } from './synonyms';
export { normaliseHeader, slugify, foldDanish, municipalityNameKeys } from './text';
export type * from './types';
