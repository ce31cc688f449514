// The .xlsx host names sheets and tables exactly as the Office.js host does.
export { freeSheetName, freeTableName, legalSheetName } from '../common/naming';
