// Checks on the report model shared by the .xlsx writers. A defect in the model (not in the
// user's workbook) throws ModelError; the workbook turns that into a HostError after undoing
// the partial write.
import { parseCell, parseRange, type CellRef, type RangeRef } from './address';

export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '');
  if (!/^[0-9A-Fa-f]{6}$/.test(clean)) throw new ModelError(`"${hex}" is not an RRGGBB colour`);
  return `FF${clean.toUpperCase()}`;
}

export function requireCell(address: string): CellRef {
  const ref = parseCell(address);
  if (!ref) throw new ModelError(`"${address}" is not a valid cell address`);
  return ref;
}

/** A range on the sheet being written ('$' allowed, no sheet prefix). */
export function requireRange(range: string): RangeRef {
  const ref = parseRange(range.replace(/\$/g, ''));
  if (!ref) throw new ModelError(`"${range}" is not a valid range`);
  return ref;
}
