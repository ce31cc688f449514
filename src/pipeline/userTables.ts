// The user's own framework conditions and comparison group, read from tables in their workbook,
// turned into what the engine takes: municipalities carrying the extra variables, the variables
// for the expected level and for similar municipalities, and the group spec.
import type { GroupSpec } from '../core/benchmark/types';
import { parseFrameworkGrid, parseGroupListGrid, type FrameworkTable, type GroupListTable } from '../core/parse';
import type { CellGrid, Lang, Municipality, Problem } from '../core/types';

/** Framework conditions a finance officer accepts, when the user brings none: need and size. */
export const DEFAULT_MUNICIPAL_VARIABLES = ['socioIndex', 'lnPopulation'];

export interface UserTablesInput {
  municipalities: readonly Municipality[];
  group: GroupSpec;
  expectedVariables?: string[];
  framework?: CellGrid;
  groupList?: CellGrid;
  lang: Lang;
}

export interface UserTablesOutcome {
  municipalities: Municipality[];
  expectedVariables: string[];
  group: GroupSpec;
  framework?: FrameworkTable;
  groupList?: GroupListTable;
  problems: Problem[];
}

export function applyUserTables(input: UserTablesInput): UserTablesOutcome {
  const options = {
    lang: input.lang,
    knownCodes: new Set(input.municipalities.map((m) => m.code)),
    municipalityNames: new Map(input.municipalities.map((m) => [m.code, m.name])),
  };
  const problems: Problem[] = [];
  const framework = input.framework ? parseFrameworkGrid(input.framework, options) : undefined;
  const groupList = input.groupList ? parseGroupListGrid(input.groupList, options) : undefined;
  problems.push(...(framework?.problems ?? []), ...(groupList?.problems ?? []));

  const extra = framework?.usable ? framework : undefined;
  const municipalities = extra
    ? input.municipalities.map((m) => ({ ...m, structural: { ...m.structural, ...(extra.values.get(m.code) ?? {}) } }))
    : [...input.municipalities];
  // Variables the user brings come first: they are what the user's own finance office trusts.
  const userVariables = extra ? extra.variables.map((v) => v.key) : [];
  const defaults = userVariables.length > 0 ? userVariables : DEFAULT_MUNICIPAL_VARIABLES;
  const expectedVariables = input.expectedVariables ? input.expectedVariables.map((v) => userKeyFor(v, extra)) : defaults;
  let group: GroupSpec = input.group;
  if (groupList?.usable) group = { kind: 'list', codes: groupList.codes };
  else if (group.kind === 'similar' && !group.variables) group = { ...group, variables: defaults };
  return {
    municipalities, expectedVariables, group,
    ...(framework && { framework }), ...(groupList && { groupList }),
    problems,
  };
}

/** '--expected Udgiftsbehov' names a user column by its header; the engine knows it by its key. */
function userKeyFor(variable: string, framework: FrameworkTable | undefined): string {
  const wanted = variable.trim().toLocaleLowerCase('da-DK');
  const found = framework?.variables.find((v) => v.header.trim().toLocaleLowerCase('da-DK') === wanted || v.key === variable || v.key === `user.${variable}`);
  return found ? found.key : variable;
}
