// Undoing a failed write. Office.js applies a batch up to its first failing operation, so a write
// can fail with some of the new sheets added, or half-way through swapping the report in: old own
// sheets and names deleted, new sheets renamed, the registry half-rewritten. Sheets are told apart
// by id, not name (a new sheet may already carry an old one's name); names this run added are
// removed; and the registry is left listing exactly the own sheets and names still there, so the
// next run can replace them and nothing refuses the workbook.
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { listText } from '../common/listText';
import { parseRegistryRows, REGISTRY_COLUMNS, REGISTRY_SHEET, registryRows, type OwnSheetRegistry } from '../common/registry';
import { guardText } from '../common/textGuard';
import { HostError } from '../types';
import { columnNumberToLetter } from '../../core/parse/address';
import type { Existing } from './existing';

/** An Office error's code and message, or any error's message. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

function writeRegistrySheet(context: Excel.RequestContext, registry: OwnSheetRegistry): void {
  const rows = registryRows(registry);
  const sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
  sheet.getRange(`A1:${columnNumberToLetter(REGISTRY_COLUMNS)}${rows.length}`).formulas = rows.map((row) => row.map(guardText));
  sheet.visibility = 'VeryHidden';
}

/** Whether the registry sheet now in the workbook is the one there before, unchanged and very hidden. */
async function registryUnchanged(context: Excel.RequestContext, sync: () => Promise<void>, existing: Existing): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItem(REGISTRY_SHEET).load('id,visibility');
  const used = sheet.getUsedRange(true).load('values');
  await sync();
  const before = existing.sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET);
  return before?.id === sheet.id && sheet.visibility === 'VeryHidden' && JSON.stringify(parseRegistryRows(used.values)) === JSON.stringify(existing.registry);
}

export async function rollBack(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  existing: Existing,
  ownSheets: string[],
  names: { tempNames: string[]; finalNames: string[]; definedNames: string[] },
  cause: unknown,
  lang: Lang,
): Promise<never> {
  const reason = reasonOf(cause);
  const idsBefore = new Set(existing.sheets.map((s) => s.id));
  const ownIds = new Set(existing.sheets.filter((s) => ownSheets.includes(s.name)).map((s) => s.id));
  const namesBefore = new Set(existing.names.map((n) => n.toLowerCase()));
  let leftovers: string[] = [];
  let lostOwn: string[] = [];
  try {
    const sheets = context.workbook.worksheets.load('items/name,items/id');
    const definedNames = context.workbook.names.load('items/name');
    await sync();
    // New since the read, and named by this write: a temporary name, or a final name the swap had
    // given before it stopped (renames go in order, so the first temporary name still there says
    // how many). A sheet the user added meanwhile, even under one of our final names, stays.
    const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const firstTemp = names.tempNames.findIndex((name) => present.has(name.toLowerCase()));
    const renamed = firstTemp < 0 ? names.finalNames.length : firstTemp;
    const ours = new Set([...names.tempNames, ...names.finalNames.slice(0, renamed), REGISTRY_SHEET].map((n) => n.toLowerCase()));
    const created = sheets.items.filter((s) => !idsBefore.has(s.id) && ours.has(s.name.toLowerCase()));
    leftovers = created.map((s) => s.name);
    const presentIds = new Set(sheets.items.map((s) => s.id));
    const surviving = existing.sheets.filter((s) => ownIds.has(s.id) && presentIds.has(s.id)).map((s) => s.name);
    lostOwn = ownSheets.filter((name) => !surviving.includes(name));
    const presentNames = new Set(definedNames.items.map((n) => n.name.toLowerCase()));
    const registry = existing.registry;
    const ownNamesLeft = (registry?.names ?? []).filter((n) => presentNames.has(n.toLowerCase()));
    const oldRegistrySheet = sheets.items.find((s) => s.name.toLowerCase() === REGISTRY_SHEET && idsBefore.has(s.id));
    const keepRegistry = lostOwn.length === 0 && registry !== undefined && oldRegistrySheet !== undefined
      && ownNamesLeft.length === registry.names.length && (await registryUnchanged(context, sync, existing));
    const planned = new Set(names.definedNames.map((n) => n.toLowerCase()));
    for (const name of definedNames.items.filter((n) => planned.has(n.name.toLowerCase()) && !namesBefore.has(n.name.toLowerCase()))) name.delete();
    for (const sheet of created) sheet.delete();
    if (!keepRegistry) {
      oldRegistrySheet?.delete();
      const sheetsLeft = (registry?.sheets ?? []).filter((s) => surviving.includes(s.name));
      if (registry && (sheetsLeft.length > 0 || ownNamesLeft.length > 0)) writeRegistrySheet(context, { ...registry, sheets: sheetsLeft, names: ownNamesLeft });
    }
    await sync();
  } catch {
    const list = listText(leftovers.map((n) => `"${n}"`), lang);
    throw new HostError(t('excelHost.rollbackFailed', lang, { reason, sheets: list }), 'rollback-failed');
  }
  if (lostOwn.length > 0) {
    const sheets = listText(lostOwn.map((n) => `"${n}"`), lang);
    throw new HostError(t('excelHost.writeFailedOldReportRemoved', lang, { reason, sheets }), 'write-failed');
  }
  throw new HostError(t('excelHost.writeFailed', lang, { reason }), 'write-failed');
}
