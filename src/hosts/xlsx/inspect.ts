// What an input workbook holds that ExcelJS would silently drop when the report is written into
// a copy of it. Copy mode refuses when anything blocking is found outside the add-in's own
// sheets (our own charts are dropped and re-created anyway), so the user never loses work.
import JSZip from 'jszip';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { listText } from '../common/listText';
import { HostError } from '../types';
import { listSheetParts, parseRelationships, readText, relsPathFor, resolveTarget } from './charts/packageParts';

export type LossKind =
  | 'chart'
  | 'pivotTable'
  | 'pivotCache'
  | 'slicer'
  | 'timeline'
  | 'vba'
  | 'shape'
  | 'externalLink'
  | 'formControl'
  | 'sparkline'
  | 'threadedComment'
  | 'dataConnection'
  | 'dataModel'
  | 'customXml';

export interface PackageFinding {
  kind: LossKind;
  /** Package part that holds it, e.g. 'xl/charts/chart1.xml'. */
  part: string;
  /** Sheet it sits on, when it belongs to one. */
  sheet?: string;
  /**
   * False for content whose loss does not change the workbook for its user (custom XML parts
   * are document-management metadata); such findings are reported but do not stop copy mode.
   */
  blocking: boolean;
}

/** Relationship-type endings (after the last '/') that mark per-sheet content ExcelJS drops. */
const SHEET_REL_KINDS: Record<string, LossKind> = {
  pivotTable: 'pivotTable',
  slicer: 'slicer',
  timeline: 'timeline',
  threadedComment: 'threadedComment',
  ctrlProp: 'formControl',
  chart: 'chart',
};

async function inspectDrawing(zip: JSZip, path: string, sheet: string): Promise<PackageFinding[]> {
  const xml = (await readText(zip, path)) ?? '';
  const findings: PackageFinding[] = [];
  const rels = parseRelationships((await readText(zip, relsPathFor(path))) ?? '');
  for (const rel of rels) {
    if (/\/chart$/.test(rel.type) || /chartEx$/i.test(rel.type)) {
      findings.push({ kind: 'chart', part: resolveTarget(path, rel.target), sheet, blocking: true });
    }
  }
  // Shapes, connectors, groups, SmartArt and other non-chart frames: ExcelJS keeps only pictures.
  const hasShapes = /<(\w+:)?(sp|cxnSp|grpSp)\b/.test(xml);
  const otherFrames = [...xml.matchAll(/<a:graphicData\b[^>]*uri="([^"]*)"/g)].some(
    ([, uri]) => !/drawingml\/2006\/chart$/.test(uri) && !/chartex$/i.test(uri),
  );
  if (hasShapes || otherFrames) findings.push({ kind: 'shape', part: path, sheet, blocking: true });
  return findings;
}

async function inspectSheet(zip: JSZip, name: string, path: string): Promise<PackageFinding[]> {
  const findings: PackageFinding[] = [];
  const xml = (await readText(zip, path)) ?? '';
  if (/<x14:sparklineGroups\b/.test(xml)) findings.push({ kind: 'sparkline', part: path, sheet: name, blocking: true });
  if (/<(\w+:)?controls\b/.test(xml)) findings.push({ kind: 'formControl', part: path, sheet: name, blocking: true });
  const rels = parseRelationships((await readText(zip, relsPathFor(path))) ?? '');
  for (const rel of rels) {
    if (rel.external) continue;
    const target = resolveTarget(path, rel.target);
    const typeEnd = rel.type.slice(rel.type.lastIndexOf('/') + 1);
    if (typeEnd === 'drawing') findings.push(...(await inspectDrawing(zip, target, name)));
    else if (SHEET_REL_KINDS[typeEnd]) findings.push({ kind: SHEET_REL_KINDS[typeEnd], part: target, sheet: name, blocking: true });
  }
  return findings;
}

/** Workbook-level parts by path prefix. */
const PACKAGE_PREFIXES: [string, LossKind, boolean][] = [
  ['xl/vbaProject.bin', 'vba', true],
  ['xl/pivotCache/', 'pivotCache', true],
  ['xl/externalLinks/', 'externalLink', true],
  ['xl/connections.xml', 'dataConnection', true],
  ['xl/queryTables/', 'dataConnection', true],
  ['xl/model/', 'dataModel', true],
  ['xl/chartsheets/', 'chart', true],
  ['customXml/', 'customXml', false],
];

export async function inspectPackage(xlsx: Buffer | Uint8Array): Promise<PackageFinding[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const findings: PackageFinding[] = [];
  for (const sheet of await listSheetParts(zip)) findings.push(...(await inspectSheet(zip, sheet.name, sheet.path)));
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  for (const [prefix, kind, blocking] of PACKAGE_PREFIXES) {
    const first = paths.find((p) => p.startsWith(prefix) && !p.includes('/_rels/'));
    if (first) findings.push({ kind, part: first, blocking });
  }
  // Charts no sheet drawing points at (a chart sheet's, say) are still charts the copy would lose.
  const attributed = new Set(findings.filter((f) => f.kind === 'chart').map((f) => f.part));
  const stray = paths.find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p) && !attributed.has(p));
  if (stray && !findings.some((f) => f.kind === 'chart' && f.sheet === undefined)) {
    findings.push({ kind: 'chart', part: stray, blocking: true });
  }
  return findings;
}

/** Refuses a copy-mode write when the copy would lose content of the user's (kinds and places named). */
export function assertCopyKeepsEverything(findings: PackageFinding[], ownSheets: Set<string>, lang: Lang): void {
  const lost = findings.filter((f) => f.blocking && (f.sheet === undefined || !ownSheets.has(f.sheet.toLowerCase())));
  if (lost.length === 0) return;
  const byKind = new Map<string, Set<string>>();
  for (const f of lost) {
    const where = byKind.get(f.kind) ?? new Set<string>();
    where.add(f.sheet !== undefined ? `"${f.sheet}"` : f.part);
    byKind.set(f.kind, where);
  }
  const items = [...byKind].map(([kind, where]) => t(`xlsxHost.loss.${kind}`, lang, { where: listText([...where], lang) }));
  throw new HostError(t('xlsxHost.copyWouldLose', lang, { items: listText(items, lang) }), 'copy-would-lose');
}
