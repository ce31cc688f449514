// Small helpers shared by the parse tests (not a test file itself).
import type { CellGrid, CellValue, Problem } from '../../../src/core/types';
import type { ParseResult } from '../../../src/core/parse';

export function grid(sheet: string, topLeft: string, values: CellValue[][], hiddenRows?: boolean[]): CellGrid {
  return hiddenRows ? { sheet, topLeft, values, hiddenRows } : { sheet, topLeft, values };
}

/** Every problem with the given code, as [address, severity] pairs for compact assertions. */
export function where(result: ParseResult, code: string): [string, string][] {
  return result.problems.filter((p) => p.code === code).map((p) => [p.address, p.severity]);
}

export function only(result: ParseResult, code: string): Problem {
  const found = result.problems.filter((p) => p.code === code);
  if (found.length !== 1) {
    throw new Error(`Expected one ${code}, got ${found.length}: ${result.problems.map((p) => p.code).join(', ')}`);
  }
  return found[0];
}

// Real DST municipality codes and names (a subset, enough for the tests).
export const MUNICIPALITIES = new Map<string, string>([
  ['101', 'København'],
  ['147', 'Frederiksberg'],
  ['151', 'Ballerup'],
  ['169', 'Høje-Taastrup'],
  ['400', 'Bornholm'],
  ['461', 'Odense'],
  ['580', 'Aabenraa'],
  ['751', 'Aarhus'],
  ['851', 'Aalborg'],
]);
export const KNOWN_CODES: ReadonlySet<string> = new Set(MUNICIPALITIES.keys());
