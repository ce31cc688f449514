// Layout of the own-sheet registry both hosts keep: a very-hidden worksheet `_pejlemaerke`,
// column A a key, column B its value and, for sheets, column C the sheet's role. Row 1 is the
// format tag and version, then generator, version, runId and createdAt, then one `sheet` row per
// sheet the add-in wrote and one `name` row per defined name it added. Either host can re-run on
// the other's output because both read and write exactly these rows.
// Version 1 registries (no roles, no names) still read: their sheets simply have no role.
import type { SheetRole } from '../../report/model';

export const REGISTRY_SHEET = '_pejlemaerke';
export const REGISTRY_TAG = 'pejlemaerke-own-sheets';
export const REGISTRY_FORMAT_VERSION = '2';
/** Columns the registry uses (A–C). */
export const REGISTRY_COLUMNS = 3;

const ROLES: ReadonlySet<string> = new Set<SheetRole>(['benchmark', 'potentials', 'overview', 'method', 'dea', 'prioritisation']);

export interface OwnSheet {
  name: string;
  /** Undefined for sheets recorded by a registry without roles. */
  role?: SheetRole;
}

export interface OwnSheetRegistry {
  sheets: OwnSheet[];
  /** Workbook-level defined names the add-in added (a re-run replaces exactly these). */
  names: string[];
  runId?: string;
  version?: string;
  createdAt?: string;
  generator?: string;
}

/** The rows the registry sheet holds, top to bottom, each REGISTRY_COLUMNS wide. */
export function registryRows(registry: OwnSheetRegistry): string[][] {
  return [
    [REGISTRY_TAG, REGISTRY_FORMAT_VERSION, ''],
    ['generator', registry.generator ?? '', ''],
    ['version', registry.version ?? '', ''],
    ['runId', registry.runId ?? '', ''],
    ['createdAt', registry.createdAt ?? '', ''],
    ...registry.sheets.map((sheet) => ['sheet', sheet.name, sheet.role ?? '']),
    ...registry.names.map((name) => ['name', name, '']),
  ];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * Reads the rows of a registry sheet (values of columns A–C from row 1). Undefined when the
 * first row is not our tag: a sheet that merely has the name is the user's and is left alone.
 */
export function parseRegistryRows(rows: readonly (readonly unknown[])[]): OwnSheetRegistry | undefined {
  if (cellText(rows[0]?.[0]) !== REGISTRY_TAG) return undefined;
  const registry: OwnSheetRegistry = { sheets: [], names: [] };
  for (const row of rows.slice(1)) {
    const key = cellText(row[0]);
    const value = cellText(row[1]);
    if (key === 'sheet' && value) {
      const role = cellText(row[2]);
      registry.sheets.push(ROLES.has(role) ? { name: value, role: role as SheetRole } : { name: value });
    } else if (key === 'name' && value) registry.names.push(value);
    else if (key === 'runId') registry.runId = value;
    else if (key === 'version') registry.version = value;
    else if (key === 'createdAt') registry.createdAt = value;
    else if (key === 'generator') registry.generator = value;
  }
  return registry;
}

/** Lower-case names of the registry's sheets, for case-insensitive lookups. */
export function ownSheetKeys(registry: OwnSheetRegistry | undefined): Set<string> {
  return new Set((registry?.sheets ?? []).map((s) => s.name.toLowerCase()));
}
