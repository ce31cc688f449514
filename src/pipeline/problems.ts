// Pipeline problems are made the same way as the engine's: the code is the string-table key.
import { parseA1, rowRangeAddress } from '../core/parse/address';
import type { ParseResult } from '../core/parse/types';

export { benchProblem as pipelineProblem } from '../core/benchmark/problems';

/**
 * The table's header row as a sheet-qualified range ('Skoler'!A1:D1): where a problem about the
 * whole table points, so every problem a run reports carries a sheet!cell address.
 */
export function tableAddress(parse: Pick<ParseResult, 'grid' | 'headerRow' | 'columns' | 'unmapped'>): string {
  const origin = parseA1(parse.grid.topLeft);
  const indexes = [...parse.columns.map((c) => c.index), ...parse.unmapped.map((c) => c.index)];
  const lastCol = origin.col + Math.max(0, ...indexes);
  return rowRangeAddress(parse.grid.sheet, parse.headerRow, origin.col, lastCol);
}
