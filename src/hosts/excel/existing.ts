// What the workbook holds before a write: sheet names, tables with their sheets, workbook-level
// names and the own-sheet registry. Queued so it can share a round trip with other reads; the
// registry is read on speculation from the last sheet (where it normally is, and short).
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { parseRegistryRows, REGISTRY_COLUMNS, REGISTRY_SHEET, type OwnSheetRegistry } from '../common/registry';
import { HostError } from '../types';
import { columnNumberToLetter } from '../../core/parse/address';

/** Rows of the last sheet read on speculation: the registry is normally the last sheet and this short. */
export const REGISTRY_PROBE_ROWS = 500;

export interface Existing {
  /** The id tells a sheet from one a failed write left under the same name (rollback.ts). */
  sheets: { name: string; visibility: string; id: string }[];
  tables: { name: string; sheet: string }[];
  /** Workbook-level defined names. */
  names: string[];
  registry?: OwnSheetRegistry;
  registrySheet?: string;
}

export interface QueuedState {
  /** After the sync: the state, reading the registry in full first when the probe did not cover it. */
  finish: (sync: () => Promise<void>) => Promise<Existing>;
}

export function queueExisting(context: Excel.RequestContext, lang: Lang): QueuedState {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/id');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const names = context.workbook.names.load('items/name');
  const last = context.workbook.worksheets.getLast().load('name');
  const lastColumn = columnNumberToLetter(REGISTRY_COLUMNS);
  const probe = last.getRange(`A1:${lastColumn}${REGISTRY_PROBE_ROWS}`).load('values');
  return {
    finish: async (sync) => {
      const existing: Existing = {
        sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility, id: s.id })),
        tables: tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name })),
        names: names.items.map((n) => n.name),
      };
      const registrySheet = existing.sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET)?.name;
      if (registrySheet === undefined) return existing;
      let rows = probe.values;
      const probeComplete = last.name.toLowerCase() === REGISTRY_SHEET && String(rows[REGISTRY_PROBE_ROWS - 1][0]) === '';
      if (!probeComplete) {
        const used = context.workbook.worksheets.getItem(registrySheet).getUsedRange(true).load('values');
        await sync();
        rows = used.values;
      }
      const registry = parseRegistryRows(rows);
      if (!registry) throw new HostError(t('excelHost.registryTaken', lang, { sheet: registrySheet }), 'registry-taken');
      return { ...existing, registry, registrySheet };
    },
  };
}
