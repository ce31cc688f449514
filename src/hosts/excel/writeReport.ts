// Writing a report model through Office.js, given what the workbook already holds. New sheets go
// in under temporary names; one last step removes the old own sheets and our old names, gives the
// new sheets and tables their names, adds our defined names, protects the sheets that ask for it
// and rewrites the registry. A batch stops at its first failing operation, so if anything fails
// the old sheets are still there and the sheets this call created are deleted again. Writes above
// the request limit are split into several syncs.
import type { Lang } from '../../core/types';
import { reasonOf, rollBack } from './rollback';
import { t } from '../../i18n';
import type { ProtectionModel, ReportModel } from '../../report/model';
import { planDefinedNames, type PlannedName } from '../common/definedNames';
import { renameReferences } from '../common/formulaRefs';
import { freeSheetName, freeTableName } from '../common/naming';
import { ownSheetKeys, REGISTRY_COLUMNS, REGISTRY_SHEET, registryRows } from '../common/registry';
import { guardText } from '../common/textGuard';
import { HostError, type OmittedObject, type WriteSummary } from '../types';
import { ModelError } from './cellBlocks';
import type { Existing } from './existing';
import type { RequirementCheck } from './read';
import { sheetSteps, type Step } from './writeSheet';
import { columnNumberToLetter } from '../../core/parse/address';

export { reasonOf };

export interface WriteOptions {
  lang: Lang;
  supports: RequirementCheck;
  maxPayload: number;
}

/** Packs steps greedily into chunks that stay under the budget (a single oversized step goes alone). */
export function packSteps(steps: Step[], budget: number): Step[][] {
  const chunks: Step[][] = [[]];
  let bytes = 0;
  for (const step of steps) {
    if (bytes + step.bytes > budget && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      bytes = 0;
    }
    chunks[chunks.length - 1].push(step);
    bytes += step.bytes;
  }
  return chunks;
}

interface FinalNames {
  ownSheets: string[];
  created: Excel.Worksheet[];
  finalNames: string[];
  tempTables: string[][];
  finalTables: string[][];
  /** Our names from the earlier run that exist now and go. */
  oldNames: string[];
  newNames: PlannedName[];
  protections: { index: number; protection: ProtectionModel }[];
}

export async function writeReportIn(
  context: Excel.RequestContext,
  model: ReportModel,
  existing: Existing,
  sync: () => Promise<void>,
  options: WriteOptions,
): Promise<Omit<WriteSummary, 'syncs'>> {
  const { lang } = options;
  const supports = (version: string) => options.supports('ExcelApi', version);
  const ownLower = ownSheetKeys(existing.registry);
  const ownSheets = existing.sheets.filter((s) => ownLower.has(s.name.toLowerCase())).map((s) => s.name);
  const userSheets = existing.sheets.filter((s) => !ownLower.has(s.name.toLowerCase()) && s.name.toLowerCase() !== REGISTRY_SHEET);
  const allLower = new Set(existing.sheets.map((s) => s.name.toLowerCase()));

  const takenFinal = new Set(userSheets.map((s) => s.name.toLowerCase()));
  const finalNames = model.sheets.map((s) => freeSheetName(s.name, takenFinal));
  const tempNames = model.sheets.map((_, i) => {
    let temp = `~pm-${i + 1}`;
    while (allLower.has(temp) || takenFinal.has(temp)) temp += '~';
    return temp;
  });
  const userTables = new Set(existing.tables.filter((t) => !ownLower.has(t.sheet.toLowerCase())).map((t) => t.name.toLowerCase()));
  const finalTables = model.sheets.map((s) => s.tables.map((table) => freeTableName(table.name, userTables)));
  const takenTemp = new Set([...existing.tables.map((table) => table.name.toLowerCase()), ...userTables]);
  const tempTables = finalTables.map((names, i) => names.map((_, j) => freeTableName(`PejlemaerkeTmp_${i + 1}_${j + 1}`, takenTemp)));

  // Our earlier names go; the user's stay and our new ones give way to them.
  const ourEarlier = new Set((existing.registry?.names ?? []).map((n) => n.toLowerCase()));
  const oldNames = existing.names.filter((n) => ourEarlier.has(n.toLowerCase()));
  const userNames = new Set(existing.names.filter((n) => !ourEarlier.has(n.toLowerCase())).map((n) => n.toLowerCase()));

  const created: Excel.Worksheet[] = [];
  const byModelName = new Map(model.sheets.map((s, i) => [s.name.toLowerCase(), i]));
  const rangeFor = (ref: string): Excel.Range => {
    const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
    if (!match) throw new ModelError(`"${ref}" is not a sheet-qualified range`);
    const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
    const address = match[3].replace(/\$/g, '');
    const index = byModelName.get(sheet.toLowerCase());
    return index !== undefined ? created[index].getRange(address) : context.workbook.worksheets.getItem(sheet).getRange(address);
  };

  const omitted: { sheet: string; object: OmittedObject }[] = [];
  let steps: Step[];
  let current = model.sheets[0]?.name ?? '';
  let plannedNames: PlannedName[];
  try {
    const plan = planDefinedNames(model.names ?? [], userNames, new Map(model.sheets.map((s, i) => [s.name, finalNames[i]])));
    plannedNames = plan.names;
    const sheetRenames = new Map(model.sheets.map((s, i) => [s.name, tempNames[i]]));
    const tableRenames = new Map(model.sheets.flatMap((s, i) => s.tables.map((table, j): [string, string] => [table.name, tempTables[i][j]])));
    const rewrite = (formula: string) => renameReferences(formula, { sheets: sheetRenames, tables: tableRenames, names: plan.renames });
    const adds: Step[] = tempNames.map((temp, i) => ({ label: `add ${temp}`, bytes: 300, queue: () => void (created[i] = context.workbook.worksheets.add(temp)) }));
    const bodies = model.sheets.flatMap((sheet, i) => {
      current = sheet.name;
      const omit = (object: OmittedObject) => {
        if (!omitted.some((o) => o.sheet === finalNames[i] && o.object === object)) omitted.push({ sheet: finalNames[i], object });
      };
      return sheetSteps(sheet, tempTables[i], { sheet: () => created[i], rangeFor, rewrite, supports, omit, bandBytes: Math.max(1024, options.maxPayload / 4) });
    });
    const protections = model.sheets.flatMap((sheet, index) => (sheet.protection ? [{ index, protection: sheet.protection }] : []));
    const final = finalStep(context, model, existing, { ownSheets, created, finalNames, tempTables, finalTables, oldNames, newNames: plannedNames, protections });
    steps = [...adds, ...bodies, final];
  } catch (error) {
    throw new HostError(t('excelHost.invalidModel', lang, { sheet: current, reason: reasonOf(error) }), 'invalid-model');
  }

  const chunks = packSteps(steps, options.maxPayload);
  const runChunk = async (index: number): Promise<void> => {
    if (index >= chunks.length) return;
    if (supports('1.6')) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (index === 0 && supports('1.9')) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const step of chunks[index]) step.queue();
    await sync();
    return runChunk(index + 1);
  };
  try {
    await runChunk(0);
  } catch (error) {
    await rollBack(context, sync, existing, ownSheets, { tempNames, finalNames, definedNames: plannedNames.map((n) => n.name) }, error, lang);
  }
  const names = plannedNames.map((n) => n.name);
  return {
    written: finalNames,
    replaced: ownSheets,
    ...(names.length > 0 ? { names } : {}),
    ...(omitted.length > 0 ? { omitted } : {}),
  };
}

/**
 * Old own sheets and names out, final names on, our names in, sheets protected, registry
 * rewritten, the first report sheet shown. Protection comes after the table renames: Excel does
 * not rename a table on a protected sheet.
 */
function finalStep(context: Excel.RequestContext, model: ReportModel, existing: Existing, names: FinalNames): Step {
  const registry = registryRows({
    ...model.meta,
    sheets: model.sheets.map((sheet, i) => ({ name: names.finalNames[i], role: sheet.role })),
    names: names.newNames.map((n) => n.name),
  });
  const lastColumn = columnNumberToLetter(REGISTRY_COLUMNS);
  return {
    label: 'swap in',
    bytes: 300 * (names.ownSheets.length + names.finalNames.length + names.oldNames.length + names.newNames.length + names.protections.length + 4) + JSON.stringify(registry).length,
    queue: () => {
      for (const name of names.oldNames) context.workbook.names.getItem(name).delete();
      for (const name of names.ownSheets) context.workbook.worksheets.getItem(name).delete();
      names.created.forEach((sheet, i) => (sheet.name = names.finalNames[i]));
      names.tempTables.forEach((tables, i) =>
        tables.forEach((temp, j) => (context.workbook.tables.getItem(temp).name = names.finalTables[i][j])),
      );
      for (const name of names.newNames) context.workbook.names.add(name.name, `=${name.formula}`, name.comment);
      for (const { index, protection } of names.protections) {
        // No password: the planner can lift it; it guards the formulas against slips, not people.
        names.created[index].protection.protect({ allowSort: protection.allowSort, allowAutoFilter: protection.allowFilter });
      }
      if (existing.registrySheet) context.workbook.worksheets.getItem(existing.registrySheet).delete();
      const sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
      sheet.getRange(`A1:${lastColumn}${registry.length}`).formulas = registry.map((row) => row.map(guardText));
      sheet.visibility = 'VeryHidden';
      names.created[0]?.activate();
    },
  };
}
