// Opening written packages in tests: part text by sheet name, cell XML by address.
import JSZip from 'jszip';
import { listSheetParts, parseRelationships, relsPathFor, resolveTarget, unescapeXml } from '../../../src/hosts/xlsx/charts/packageParts';

export async function openZip(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

export async function sheetXml(zip: JSZip, sheet: string): Promise<string> {
  const part = (await listSheetParts(zip)).find((p) => p.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);
  return (await zip.file(part.path)?.async('string')) ?? '';
}

export async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const part = (await listSheetParts(zip)).find((p) => p.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);
  return part.path;
}

/** The <c> element of one cell, e.g. '<c r="A4" t="s"><v>3</v></c>'. */
export function cellXml(xml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`).exec(xml);
  return match ? match[0] : '';
}

/** The formula text of a cell, XML entities decoded; undefined when the cell has no <f>. */
export function formulaOf(xml: string, address: string): string | undefined {
  const f = /<f>(.*?)<\/f>/.exec(cellXml(xml, address))?.[1];
  return f === undefined ? undefined : unescapeXml(f);
}

/** The cached value of a cell (<v>), as text. */
export function cachedOf(xml: string, address: string): string | undefined {
  return /<v>(.*?)<\/v>/.exec(cellXml(xml, address))?.[1];
}

export async function partText(zip: JSZip, path: string): Promise<string> {
  return unescapeXml((await zip.file(path)?.async('string')) ?? '');
}

export async function relsOf(zip: JSZip, partPath: string) {
  const text = (await zip.file(relsPathFor(partPath))?.async('string')) ?? '';
  return parseRelationships(text).map((rel) => ({ ...rel, resolved: resolveTarget(partPath, rel.target) }));
}

export async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<si>(.*?)<\/si>/gs)].map(([, si]) =>
    [...si.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map(([, t]) => t).join(''),
  );
}
