// Layout of the own-sheet registry both hosts keep: a very-hidden worksheet `_pejlemaerke`,
// column A a key and column B its value. Row 1 is the format tag and version, then generator,
// version, runId and createdAt, then one `sheet` row per sheet the add-in wrote. Either host can
// re-run on the other's output because both read and write exactly these rows.

export const REGISTRY_SHEET = '_pejlemaerke';
export const REGISTRY_TAG = 'pejlemaerke-own-sheets';
export const REGISTRY_FORMAT_VERSION = '1';

export interface OwnSheetRegistry {
  sheets: string[];
  runId?: string;
  version?: string;
  createdAt?: string;
  generator?: string;
}

/** The key/value rows the registry sheet holds, top to bottom. */
export function registryRows(registry: OwnSheetRegistry): [string, string][] {
  return [
    [REGISTRY_TAG, REGISTRY_FORMAT_VERSION],
    ['generator', registry.generator ?? ''],
    ['version', registry.version ?? ''],
    ['runId', registry.runId ?? ''],
    ['createdAt', registry.createdAt ?? ''],
    ...registry.sheets.map((name): [string, string] => ['sheet', name]),
  ];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * Reads the rows of a registry sheet (values of columns A and B from row 1). Undefined when the
 * first row is not our tag: a sheet that merely has the name is the user's and is left alone.
 */
export function parseRegistryRows(rows: readonly (readonly unknown[])[]): OwnSheetRegistry | undefined {
  if (cellText(rows[0]?.[0]) !== REGISTRY_TAG) return undefined;
  const registry: OwnSheetRegistry = { sheets: [] };
  for (const row of rows.slice(1)) {
    const key = cellText(row[0]);
    const value = cellText(row[1]);
    if (key === 'sheet' && value) registry.sheets.push(value);
    else if (key === 'runId') registry.runId = value;
    else if (key === 'version') registry.version = value;
    else if (key === 'createdAt') registry.createdAt = value;
    else if (key === 'generator') registry.generator = value;
  }
  return registry;
}
