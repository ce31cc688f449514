// Framework conditions of a municipality as the engine reads them: numeric variables in
// `structural` (socio-economic index, ln population, the user's own columns …) and two categories
// every municipality has, its kommunegruppe and its region.
import type { Municipality } from '../types';

/** Category variables: the id a user or the CLI names, read from the municipality itself. */
export const CATEGORY_VARIABLES = ['kommunegruppe', 'region'] as const;
export type CategoryVariable = (typeof CATEGORY_VARIABLES)[number];

export function isCategoryVariable(id: string): id is CategoryVariable {
  return (CATEGORY_VARIABLES as readonly string[]).includes(id);
}

export function categoriesOf(m: Municipality): Record<CategoryVariable, string> {
  return { kommunegruppe: m.groupCode, region: m.regionCode };
}
