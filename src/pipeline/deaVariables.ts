// Which of the user's columns go into DEA as inputs and outputs. Users name them by key
// ('karaktergennemsnit'), by role ('cost', 'activity', 'quality' = every quality column) or by the
// header as written; defaults are cost in, activity plus every quality measure out, i.e. cost and
// quality judged together.
import { normaliseHeader, parseA1, sheetAddress, columnNumberToLetter } from '../core/parse';
import type { ColumnRole, InputUnit, MappedColumn, ParseResult } from '../core/parse/types';
import type { Lang, Problem } from '../core/types';
import type { DeaVariable } from '../report/deaTypes';
import { t } from '../i18n';
import { pipelineProblem, tableAddress } from './problems';

export const DEFAULT_DEA_INPUTS = ['cost'];
export const DEFAULT_DEA_OUTPUTS = ['activity', 'quality'];

/** Roles whose columns hold numbers a DEA can use. */
const NUMERIC_ROLES: readonly ColumnRole[] = ['cost', 'activity', 'quality', 'structural', 'figure'];
/** Roles that stand for all their columns when named as a variable. */
const GROUP_ROLES: readonly ColumnRole[] = ['quality', 'structural'];

export interface ResolvedVariable extends DeaVariable {
  /** Zero-based column index within the grid. */
  column: number;
}

export interface VariableChoice {
  inputs: ResolvedVariable[];
  outputs: ResolvedVariable[];
  problems: Problem[];
}

function variableOf(column: MappedColumn): ResolvedVariable {
  return { key: column.key ?? column.role, header: column.header, role: column.role, fixed: false, column: column.index };
}

/** The columns one name stands for: a role word gives all its columns; otherwise key or header. */
function columnsNamed(name: string, columns: MappedColumn[]): MappedColumn[] {
  const wanted = name.trim().toLowerCase();
  const numeric = columns.filter((c) => NUMERIC_ROLES.includes(c.role));
  const byRole = numeric.filter((c) => c.role.toLowerCase() === wanted);
  if (byRole.length > 0 && (GROUP_ROLES.includes(byRole[0].role) || byRole.length === 1)) return byRole;
  const byKey = numeric.filter((c) => c.key !== undefined && c.key.toLowerCase() === wanted);
  if (byKey.length > 0) return byKey;
  const normalised = normaliseHeader(name);
  return numeric.filter((c) => c.header.trim().toLowerCase() === wanted || (normalised !== '' && normaliseHeader(c.header) === normalised));
}

function resolveList(
  names: string[], columns: MappedColumn[], side: 'input' | 'output', explicit: boolean, lang: Lang, at: string, problems: Problem[],
): ResolvedVariable[] {
  const chosen: ResolvedVariable[] = [];
  for (const name of names) {
    const found = columnsNamed(name, columns);
    // A default that the table has no column for (no activity, no quality) is simply left out.
    if (found.length === 0 && explicit) {
      const known = columns.filter((c) => NUMERIC_ROLES.includes(c.role)).map((c) => `${c.key ?? c.role} (${c.header})`).join(', ');
      problems.push(pipelineProblem('pipeline.dea.unknownVariable', 'error', { name, side: sideWord(side, lang), known }, lang, at));
    }
    for (const column of found) if (!chosen.some((v) => v.column === column.index)) chosen.push(variableOf(column));
  }
  return chosen;
}

function sideWord(side: 'input' | 'output', lang: Lang): string {
  return t(`pipeline.dea.side.${side}`, lang);
}

export function chooseVariables(
  parse: ParseResult,
  request: { inputs?: string[]; outputs?: string[]; fixed?: string[] },
  lang: Lang,
): VariableChoice {
  const problems: Problem[] = [];
  const at = tableAddress(parse);
  const explicitInputs = request.inputs !== undefined && request.inputs.length > 0;
  const explicitOutputs = request.outputs !== undefined && request.outputs.length > 0;
  const inputs = resolveList(explicitInputs ? request.inputs ?? [] : DEFAULT_DEA_INPUTS, parse.columns, 'input', explicitInputs, lang, at, problems);
  const outputs = resolveList(explicitOutputs ? request.outputs ?? [] : DEFAULT_DEA_OUTPUTS, parse.columns, 'output', explicitOutputs, lang, at, problems);
  for (const variable of inputs) {
    if (outputs.some((o) => o.column === variable.column)) {
      problems.push(pipelineProblem('pipeline.dea.bothSides', 'error', { header: variable.header }, lang, at));
    }
  }
  if (inputs.length === 0) problems.push(pipelineProblem('pipeline.dea.noInputs', 'error', {}, lang, at));
  if (outputs.length === 0) problems.push(pipelineProblem('pipeline.dea.noOutputs', 'error', {}, lang, at));
  for (const name of request.fixed ?? []) {
    const columns = columnsNamed(name, parse.columns).map((c) => c.index);
    const hits = [...inputs, ...outputs].filter((v) => columns.includes(v.column));
    if (hits.length === 0) problems.push(pipelineProblem('pipeline.dea.unknownFixed', 'error', { name }, lang, at));
    for (const variable of hits) variable.fixed = true;
  }
  return { inputs, outputs, problems };
}

/** The unit's number for a variable; NaN when the row has none (the engine reports it as missing). */
export function valueOf(unit: InputUnit, variable: DeaVariable): number {
  switch (variable.role) {
    case 'cost':
      return unit.cost;
    case 'activity':
      return unit.activity ?? Number.NaN;
    case 'quality':
      return unit.quality[variable.key] ?? Number.NaN;
    case 'structural':
      return unit.structural[variable.key] ?? Number.NaN;
    case 'figure':
      return unit.figures?.[variable.key] ?? Number.NaN;
    default:
      return Number.NaN;
  }
}

/** The sheet-qualified address of one variable's cell in a unit's row, e.g. "'Skoler 2024'!E9". */
export function cellOf(parse: ParseResult, unit: InputUnit, variable: ResolvedVariable): string {
  const firstColumn = parseA1(parse.grid.topLeft).col;
  return sheetAddress(unit.source.sheet, `${columnNumberToLetter(firstColumn + variable.column)}${unit.source.row}`);
}
