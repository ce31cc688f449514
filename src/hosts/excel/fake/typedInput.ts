// What Excel makes of a value written through range.values / range.formulas: the same as typing it.
import { cellFromValue, type FakeCell } from './state';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** undefined means "leave the cell as it is" (null in the written array). */
export function typedInput(input: unknown): FakeCell | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input !== 'string') return cellFromValue(input);
  if (input === '') return { value: null, type: 'Empty' };
  if (input.startsWith("'")) return { value: input.slice(1), type: 'String' };
  if (input.startsWith('=')) return { value: null, type: 'Empty', formula: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { value: percent ? n / 100 : n, type: 'Double' };
  }
  // Typed text starting with these becomes a formula in Excel.
  if (/^[+\-@]/.test(input)) return { value: null, type: 'Empty', formula: `=${input.replace(/^@/, '')}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', type: 'Boolean' };
  if (ERRORS.has(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), type: 'Error' };
  return { value: input, type: 'String' };
}
