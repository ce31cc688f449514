// Data validation and sheet protection of one worksheet.
import type ExcelJS from 'exceljs';
import type { DataValidationModel, ProtectionModel, SheetModel } from '../../report/model';
import { listSource, validationProblem } from '../common/validation';
import { cellAddress } from './address';
import { ModelError, requireRange } from './modelError';

/** Keys ('G8') of every cell in the protection's unlocked ranges; empty when the sheet is not protected. */
export function unlockedCells(sheet: SheetModel): Set<string> {
  const keys = new Set<string>();
  for (const range of sheet.protection?.unlocked ?? []) {
    const box = requireRange(range);
    for (let row = box.top; row <= box.bottom; row++) {
      for (let col = box.left; col <= box.right; col++) keys.add(cellAddress(row, col));
    }
  }
  return keys;
}

function excelJsValidation(dv: DataValidationModel): ExcelJS.DataValidation {
  const problem = validationProblem(dv);
  if (problem) throw new ModelError(problem);
  const messages = {
    allowBlank: dv.allowBlank,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: dv.error.title,
    error: dv.error.message,
    ...(dv.prompt ? { showInputMessage: true, promptTitle: dv.prompt.title, prompt: dv.prompt.message } : {}),
  };
  if (dv.rule.kind === 'list') return { type: 'list', formulae: [listSource(dv.rule.values)], ...messages };
  return { type: dv.rule.kind, operator: 'between', formulae: [dv.rule.min, dv.rule.max], ...messages };
}

export function writeDataValidations(ws: ExcelJS.Worksheet, validations: DataValidationModel[]): void {
  // ExcelJS keys validations by address and writes the key as the sqref, so a range stays one rule.
  const dataValidations = (ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const dv of validations) {
    const box = requireRange(dv.range);
    const address = box.top === box.bottom && box.left === box.right
      ? cellAddress(box.top, box.left)
      : `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
    dataValidations.add(address, excelJsValidation(dv));
  }
}

/**
 * Protection without a password. In the file an attribute set to 1 means that action is
 * PROTECTED (sort="1" forbids sorting); ExcelJS's model says what is ALLOWED and inverts it, so
 * allowSort=true becomes sort="0". Selecting cells stays allowed; objects and scenarios are
 * protected, as Excel's own "Protect Sheet" does by default.
 */
export function writeProtection(ws: ExcelJS.Worksheet, protection: ProtectionModel): void {
  (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
    sheet: true,
    objects: false,
    scenarios: false,
    selectLockedCells: true,
    selectUnlockedCells: true,
    sort: protection.allowSort,
    autoFilter: protection.allowFilter,
  };
}
