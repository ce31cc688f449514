// DEA columns that cannot tell units apart: one value for every unit (a constant), or 0 for every
// unit. Neither breaks the solver, but neither says anything about who does well, and an all-zero
// column usually means the column is the wrong one; the user is told, at the column's header.
import { parseA1, sheetAddress, formatA1 } from '../core/parse/address';
import type { ParseResult } from '../core/parse/types';
import type { Lang, Problem } from '../core/types';
import type { ResolvedVariable } from './deaVariables';
import { pipelineProblem } from './problems';

export function uninformativeColumns(
  parse: ParseResult,
  variables: ResolvedVariable[],
  valuesOf: (variable: ResolvedVariable) => number[],
  lang: Lang,
): Problem[] {
  const origin = parseA1(parse.grid.topLeft);
  const problems: Problem[] = [];
  for (const variable of variables) {
    const values = valuesOf(variable).filter((v) => Number.isFinite(v));
    if (values.length < 2) continue;
    const address = sheetAddress(parse.grid.sheet, formatA1({ row: parse.headerRow, col: origin.col + variable.column }));
    if (values.every((v) => v === 0)) problems.push(pipelineProblem('pipeline.dea.zeroColumn', 'warning', { column: variable.header, address }, lang, address));
    else if (values.every((v) => v === values[0])) problems.push(pipelineProblem('pipeline.dea.constantColumn', 'warning', { column: variable.header, address }, lang, address));
  }
  return problems;
}
