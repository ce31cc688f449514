// Reading one cell as the value its column needs, recording what was wrong or guessed on the way.
// Every reader returns undefined when the cell gave no usable value; whether that excludes the
// row is decided by the severity of the problems it recorded.
import type { CellValue, Problem, Severity } from '../types';
import { isCellError } from '../types';
import type { ColumnRole } from './types';
import { isBlank } from './gridView';
import { parseDanishNumber } from './numbers';
import { ProblemLog } from './problems';
import { foldWords } from './text';

/** Where a cell is and what its column is, plus the row's own problem list. */
export interface CellContext {
  log: ProblemLog;
  rowProblems: Problem[];
  address: string;
  column: string;
  role: ColumnRole;
}

export function report(ctx: CellContext, severity: Severity, code: string, params: Record<string, string | number> = {}): void {
  ctx.rowProblems.push(ctx.log.add(severity, code, ctx.address, { column: ctx.column, role: ctx.role, ...params }));
}

// What statistics and finance sheets put where a figure is missing or suppressed.
const PLACEHOLDERS = new Set(['', 'x', 'n a', 'na', 'i t', 'it', 'ikke oplyst', 'mangler', 'ukendt', 'unknown']);

function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return /^[-–—*.?]+$/.test(trimmed) || PLACEHOLDERS.has(foldWords(trimmed));
}

/** Problems every kind of cell shares; true when the cell is unusable for that reason. */
function rejectErrorsAndBooleans(ctx: CellContext, value: CellValue): boolean {
  if (isCellError(value)) {
    report(ctx, 'error', 'parse.cell.excelError', { error: value.error });
    return true;
  }
  if (typeof value === 'boolean') {
    report(ctx, 'error', 'parse.cell.boolean');
    return true;
  }
  return false;
}

/**
 * A number from a numeric column. Text that reads as a number is accepted with a warning; a blank
 * (or a placeholder such as "-" in an optional column) is an error when `required`, else a warning.
 */
export function readNumber(ctx: CellContext, value: CellValue, required: boolean): number | undefined {
  if (isBlank(value)) {
    report(ctx, required ? 'error' : 'warning', required ? 'parse.cell.blankRequired' : 'parse.cell.blankOptional');
    return undefined;
  }
  if (rejectErrorsAndBooleans(ctx, value)) return undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    report(ctx, 'error', 'parse.cell.notNumber', { text: String(value) });
    return undefined;
  }
  const text = String(value).trim();
  const parsed = parseDanishNumber(text);
  if (!parsed) {
    if (!required && isPlaceholder(text)) report(ctx, 'warning', 'parse.cell.placeholder', { text });
    else report(ctx, 'error', 'parse.cell.notNumber', { text });
    return undefined;
  }
  report(ctx, 'warning', parsed.ambiguous ? 'parse.cell.ambiguousNumber' : 'parse.cell.textNumber', {
    text,
    value: parsed.value,
  });
  return parsed.value;
}

/** Text for a name, id or area column; numbers become their digits (ids are often numbers). */
export function readText(ctx: CellContext, value: CellValue): string | undefined {
  if (isBlank(value) || rejectErrorsAndBooleans(ctx, value)) return undefined;
  return typeof value === 'number' ? String(value) : String(value).trim();
}

/** A year between 1900 and 2100; anything else is a warning and no year. */
export function readYear(ctx: CellContext, value: CellValue): number | undefined {
  if (isBlank(value) || rejectErrorsAndBooleans(ctx, value)) return undefined;
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  const year = Number(text);
  if (/^\d{4}$/.test(text) && year >= 1900 && year <= 2100) return year;
  report(ctx, 'warning', 'parse.year.invalid', { text });
  return undefined;
}

/**
 * A municipality code in DST's three-digit form. 101 and "101" are taken as they are; the older
 * four-digit form with a leading zero ("0101") is shortened with a warning. Unknown codes are
 * errors when a list of known codes is given.
 */
export function readMunicipalityCode(ctx: CellContext, value: CellValue, known?: ReadonlySet<string>): string | undefined {
  if (isBlank(value) || rejectErrorsAndBooleans(ctx, value)) return undefined;
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  let code: string;
  if (/^\d{1,3}$/.test(text)) {
    code = text.padStart(3, '0');
    // Stored as text, the code still reads the same, but a lookup or sort in Excel will not match it.
    if (typeof value === 'string') report(ctx, 'warning', 'parse.code.text', { text, code });
  } else if (/^0\d{3}$/.test(text)) {
    code = text.slice(1);
    report(ctx, 'warning', 'parse.code.fourDigit', { text, code });
  } else {
    report(ctx, 'error', 'parse.code.invalid', { text });
    return undefined;
  }
  if (known && !known.has(code)) {
    report(ctx, 'error', 'parse.code.unknown', { code });
    return undefined;
  }
  return code;
}
