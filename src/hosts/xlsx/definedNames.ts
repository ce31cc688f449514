// The workbook's defined names, kept by this host rather than by ExcelJS: ExcelJS drops names
// that are not plain ranges (constants, formulas), makes sheet-local names global, loses their
// attributes and writes print areas of sheets with an apostrophe in the name unquoted. So the
// names are read from the opened file as written, and the written workbook.xml gets exactly the
// user's names back plus ours.
import { insertTopLevelElement } from './charts/inject';
import { attribute, unescapeXml } from './charts/packageParts';
import { escapeXml } from './text';

export interface NameEntry {
  name: string;
  /** Sheet the name is local to (localSheetId resolved to the sheet's name); undefined = workbook. */
  scope?: string;
  /** Formula text without '=', as the file stores it. */
  formula: string;
  /** Other attributes (hidden, comment, function, …) as read. */
  attributes: [string, string][];
}

/** CT_Workbook children that come after <definedNames>, in schema order. */
const AFTER_DEFINED_NAMES = new Set([
  'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
]);

/** Sheet names in workbook order, as workbook.xml lists them (localSheetId indexes this list). */
export function sheetOrder(workbookXml: string): string[] {
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? '';
  return [...sheets.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => attribute(tag, 'name') ?? '');
}

function attributesOf(tag: string): [string, string][] {
  return [...tag.matchAll(/\s([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) => [m[1], unescapeXml(m[3] ?? m[4] ?? '')]);
}

export function parseDefinedNames(workbookXml: string): NameEntry[] {
  const order = sheetOrder(workbookXml);
  const block = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(workbookXml)?.[1] ?? '';
  const entries: NameEntry[] = [];
  for (const match of block.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)) {
    const attributes = attributesOf(match[1]);
    const name = attributes.find(([key]) => key === 'name')?.[1];
    if (!name) continue;
    const local = attributes.find(([key]) => key === 'localSheetId')?.[1];
    const scope = local !== undefined ? order[Number(local)] : undefined;
    // A name local to a sheet that does not exist is already broken; it is not carried along.
    if (local !== undefined && scope === undefined) continue;
    entries.push({
      name,
      ...(scope !== undefined ? { scope } : {}),
      formula: unescapeXml(match[2] ?? ''),
      attributes: attributes.filter(([key]) => key !== 'name' && key !== 'localSheetId'),
    });
  }
  return entries;
}

function entryXml(entry: NameEntry, order: string[]): string | undefined {
  let local = '';
  if (entry.scope !== undefined) {
    const index = order.findIndex((sheet) => sheet.toLowerCase() === entry.scope?.toLowerCase());
    if (index < 0) return undefined; // its sheet is gone, and a sheet-local name goes with it
    local = ` localSheetId="${index}"`;
  }
  const rest = entry.attributes.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  return `<definedName name="${escapeXml(entry.name)}"${local}${rest}>${escapeXml(entry.formula)}</definedName>`;
}

/** workbook.xml with its <definedNames> replaced by `entries` (none at all when empty). */
export function replaceDefinedNames(workbookXml: string, entries: NameEntry[]): string {
  const order = sheetOrder(workbookXml);
  const without = workbookXml.replace(/<definedNames\b[^>]*\/>|<definedNames\b[^>]*>[\s\S]*?<\/definedNames>/, '');
  const body = entries.map((entry) => entryXml(entry, order)).filter((xml) => xml !== undefined);
  if (body.length === 0) return without;
  return insertTopLevelElement(without, `<definedNames>${body.join('')}</definedNames>`, AFTER_DEFINED_NAMES);
}
