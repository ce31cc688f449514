// ExcelJS cell values → the engine's CellValue. ExcelJS hands back a zoo of shapes (rich text,
// hyperlinks, formula objects, shared formulas, Dates); the parser should see only what Office.js
// `range.values` would give, so both hosts feed core the same data.
import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/types';

/** 1899-12-30: Excel's day 0 in the 1900 date system (it absorbs the fictitious 29 Feb 1900). */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
/** 1904-01-01: day 0 in the 1904 date system (old Mac workbooks). */
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
const MS_PER_DAY = 86400000;

/**
 * Dates become Excel serial numbers, not ISO strings: that is what the cell holds in the file and
 * what Office.js returns for the same cell, so a period or date column parses the same in both
 * hosts. ExcelJS builds the Date from the serial as UTC, so UTC arithmetic undoes it exactly.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const epoch = date1904 ? EPOCH_1904_MS : EPOCH_1900_MS;
  const serial = (date.getTime() - epoch) / MS_PER_DAY;
  // Dates round-trip through floating point; keep them to the millisecond Excel can hold.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

export interface NormalisedCell {
  value: CellValue;
  /** True for a formula cell whose file holds no cached result. */
  formulaWithoutResult?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/** Values that may appear as a formula result or a plain constant. */
function plainValue(raw: unknown, date1904: boolean): CellValue | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : { error: '#NUM!' };
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateToSerial(raw, date1904);
  if (isRecord(raw)) {
    if (typeof raw.error === 'string') return { error: raw.error };
    if (Array.isArray(raw.richText)) return richTextToString(raw.richText) || null;
  }
  return undefined;
}

/** `raw` is ExcelJS's `cell.value` (typed loosely there, so taken as unknown here). */
export function normaliseCellValue(raw: unknown, date1904 = false): NormalisedCell {
  const plain = plainValue(raw, date1904);
  if (plain !== undefined) return { value: plain };
  if (!isRecord(raw)) return { value: null };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = plainValue(raw.result, date1904);
    if (raw.result === undefined || raw.result === null) return { value: null, formulaWithoutResult: true };
    return { value: result ?? null };
  }
  if ('hyperlink' in raw || 'text' in raw) {
    const text = raw.text;
    if (typeof text === 'string') return { value: text === '' ? null : text };
    if (isRecord(text) && Array.isArray(text.richText)) return { value: richTextToString(text.richText) || null };
    return { value: null };
  }
  return { value: null };
}

/**
 * A cell's value with a formula's cached result intact. ExcelJS's `cell.value` of a formula copies
 * only truthy fields, so a cached 0, false or '' would read as "no result" (and be lost if the
 * value were written back); the formula and result are taken separately instead.
 */
export function cellValueOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
  const result = cell.result;
  return result === undefined || result === null ? value : ({ ...value, result } as ExcelJS.CellValue);
}
