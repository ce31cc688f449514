// The report's defined names, planned the same way in both hosts. Decision: a name the user
// already has is never replaced or redefined; ours takes the next free name (`Samlet_potentiale_2`)
// and the report's formulas follow the new name, as report sheets do with "Overblik (2)". A re-run
// replaces exactly the names the registry says an earlier run added.
import type { DefinedNameModel } from '../../report/model';
import { renameReferences } from './formulaRefs';
import { freeDefinedName, isLegalDefinedName } from './naming';

export interface PlannedName {
  /** The name as written (the model's, or a free one next to the user's). */
  name: string;
  /** Formula text without '=', with the sheet names as written. */
  formula: string;
  comment?: string;
}

export interface NamePlan {
  names: PlannedName[];
  /** Model name → written name, for the names that had to give way. */
  renames: Map<string, string>;
}

/** Throws an Error naming the defect when a model name is not one Excel accepts. */
export function planDefinedNames(
  model: DefinedNameModel[],
  /** Lower-case workbook-level names that stay (the user's). */
  taken: ReadonlySet<string>,
  /** Model sheet name → sheet name as written. */
  sheetRenames: ReadonlyMap<string, string>,
): NamePlan {
  const free = new Set(taken);
  const seen = new Set<string>();
  const renames = new Map<string, string>();
  const names = model.map((entry) => {
    if (!isLegalDefinedName(entry.name)) throw new Error(`"${entry.name}" is not a name Excel accepts`);
    if (seen.has(entry.name.toLowerCase())) throw new Error(`the name "${entry.name}" is defined twice`);
    seen.add(entry.name.toLowerCase());
    const body = entry.refersTo.replace(/^=/, '').trim();
    if (!/^(?:'(?:[^']|'')+'|[^'!]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(body)) {
      throw new Error(`the name "${entry.name}" refers to "${entry.refersTo}", not a sheet-qualified cell or range`);
    }
    if (entry.comment !== undefined && entry.comment.length > 255) throw new Error(`the comment on "${entry.name}" is longer than 255 characters`);
    const name = freeDefinedName(entry.name, free);
    if (name !== entry.name) renames.set(entry.name, name);
    const formula = renameReferences(body, { sheets: sheetRenames });
    return { name, formula, ...(entry.comment ? { comment: entry.comment } : {}) };
  });
  return { names, renames };
}
