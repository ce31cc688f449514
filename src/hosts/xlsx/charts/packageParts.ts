// Small helpers for reading and editing the parts of an OPC (.xlsx) package as text. The parts
// involved are machine-written and regular, so attribute-level regexes are enough; nothing here
// tries to be a general XML parser.

/** A part of a package being read or edited (JSZip's entries have this shape). */
export interface PackageFile {
  async(type: 'string'): Promise<string>;
}

/** The parts of a package, read and replaced by path: a JSZip, or the workbook's own PartStore. */
export interface PackageParts {
  file(path: string): PackageFile | null;
  file(path: string, text: string): unknown;
}

export const REL_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? '');
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attribute(tag, 'Id') ?? '',
    type: attribute(tag, 'Type') ?? '',
    target: attribute(tag, 'Target') ?? '',
    external: attribute(tag, 'TargetMode') === 'External',
  }));
}

/** The .rels part belonging to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

export async function readText(zip: PackageParts, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async('string') : undefined;
}

export interface SheetPart {
  name: string;
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** Sheets in workbook order with the path of their part. */
export async function listSheetParts(zip: PackageParts): Promise<SheetPart[]> {
  const workbook = (await readText(zip, 'xl/workbook.xml')) ?? '';
  const rels = parseRelationships((await readText(zip, 'xl/_rels/workbook.xml.rels')) ?? '');
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const rel = byId.get(attribute(tag, 'r:id') ?? '');
    if (!rel) return [];
    const state = attribute(tag, 'state');
    return [{
      name: attribute(tag, 'name') ?? '',
      path: resolveTarget('xl/workbook.xml', rel.target),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    }];
  });
}

export function nextRelId(rels: Relationship[]): string {
  const used = rels.map((rel) => /^rId(\d+)$/.exec(rel.id)).map((m) => (m ? Number(m[1]) : 0));
  return `rId${Math.max(0, ...used) + 1}`;
}

export function relationshipsXml(rels: Relationship[]): string {
  const body = rels
    .map((rel) => {
      const mode = rel.external ? ' TargetMode="External"' : '';
      return `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"${mode}/>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** Lowest n ≥ 1 such that `${prefix}${n}${suffix}` is not yet a part of the package. */
export function freePartNumber(zip: PackageParts, prefix: string, suffix: string, taken: Set<number>): number {
  let n = 1;
  while (taken.has(n) || zip.file(`${prefix}${n}${suffix}`)) n++;
  taken.add(n);
  return n;
}
