// What the pane shows, computed from engine data: column rows with their roles, problems with
// clickable addresses, the largest potentials in kr. Pure, so it is tested in node.
import type { BenchmarkResult, GroupSpec } from '../core/benchmark/types';
import { columnNumberToLetter, parseA1 } from '../core/parse/address';
import type { ColumnRole, ExplicitMapping, ParseResult } from '../core/parse/types';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { ReadSource } from '../hosts/types';

export type RoleChoice = ColumnRole | 'ignore';

export const ROLE_CHOICES: readonly RoleChoice[] = [
  'municipalityCode', 'municipalityName', 'unitId', 'unitName', 'area', 'year', 'cost', 'activity', 'quality', 'structural', 'ignore',
];

export interface ColumnRow {
  /** Zero-based column within the grid. */
  index: number;
  /** Worksheet column letter, e.g. 'D'. */
  letter: string;
  header: string;
  role: RoleChoice;
  via: 'synonym' | 'explicit' | 'none';
}

/** Every column of the header row, mapped or not, left to right. */
export function columnRows(parse: ParseResult): ColumnRow[] {
  const originCol = parseA1(parse.grid.topLeft).col;
  const rows: ColumnRow[] = [
    ...parse.columns.map((c) => ({ index: c.index, header: c.header, role: c.role as RoleChoice, via: c.via })),
    ...parse.unmapped.map((c) => ({ index: c.index, header: c.header, role: 'ignore' as RoleChoice, via: 'none' as const })),
  ].map((row) => ({ ...row, letter: columnNumberToLetter(originCol + row.index) }));
  return rows.sort((a, b) => a.index - b.index);
}

/** The key a column's role is remembered under: its header, or its letter when the header is empty or shared. */
export function mappingKeyOf(rows: readonly ColumnRow[], row: ColumnRow): string {
  const header = row.header.trim();
  const shared = rows.filter((r) => r.header.trim().toLowerCase() === header.toLowerCase()).length > 1;
  return header === '' || shared ? row.letter : header;
}

/**
 * The mapping after the user picks a role for one column. Keyed by header text so a remembered
 * mapping still fits when the selection moves; by column letter when the header is empty or shared.
 */
export function withRole(mapping: ExplicitMapping, rows: readonly ColumnRow[], row: ColumnRow, role: RoleChoice): ExplicitMapping {
  const header = row.header.trim();
  const next: ExplicitMapping = { ...mapping };
  delete next[row.letter];
  if (header !== '') delete next[header];
  next[mappingKeyOf(rows, row)] = role;
  return next;
}

/** "'Mine tal'!C7" → { sheet: 'Mine tal', range: 'C7' }; undefined for a bare sheet name or '—'. */
export function splitAddress(address: string): { sheet: string; range: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) return undefined;
  const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
  const first = `${match[3].toUpperCase()}${match[4]}`;
  const range = match[5] ? `${first}:${match[5].toUpperCase()}${match[6]}` : first;
  return { sheet, range };
}

export interface PotentialRow {
  name: string;
  /** The area's name in both languages, so a language switch needs no new run. */
  area: Record<Lang, string>;
  potential: number;
}

/** The largest positive potentials over every result, biggest first. */
export function topPotentials(results: readonly BenchmarkResult[], count = 3): PotentialRow[] {
  return results
    .flatMap((result) => result.units.map((unit) => ({ unit, area: result.area.name })))
    .filter(({ unit }) => Number.isFinite(unit.potential) && unit.potential > 0)
    .sort((a, b) => b.unit.potential - a.unit.potential)
    .slice(0, count)
    .map(({ unit, area }) => ({ name: unit.name, area: { ...area }, potential: unit.potential }));
}

/** "Viborg – Folkeskole" where the area tells rows apart; just the name when every row has the same area. */
export function potentialLabels(rows: readonly PotentialRow[], lang: Lang): string[] {
  const oneArea = new Set(rows.map((row) => row.area[lang])).size <= 1;
  const distinctNames = new Set(rows.map((row) => row.name)).size === rows.length;
  return rows.map((row) => (oneArea && distinctNames ? row.name : t('pane.results.unit', lang, { name: row.name, area: row.area[lang] })));
}

export type GroupKind = GroupSpec['kind'];
export const GROUP_KINDS: readonly GroupKind[] = ['all', 'kommunegruppe', 'region', 'similar', 'list'];

export interface GroupForm {
  kind: GroupKind;
  k: number;
  /** The own list as typed. */
  codes: string;
}

export const SIMILAR_K = { min: 3, max: 50 } as const;

/** The engine's group from the form, or the message saying what to fix. */
export function groupSpecOf(form: GroupForm, knownCodes: ReadonlySet<string>, lang: Lang): { spec?: GroupSpec; error?: string } {
  switch (form.kind) {
    case 'similar': {
      const k = Math.round(form.k);
      if (!Number.isFinite(k) || k < SIMILAR_K.min || k > SIMILAR_K.max) return { error: t('pane.ref.kInvalid', lang, SIMILAR_K) };
      return { spec: { kind: 'similar', k } };
    }
    case 'list': {
      const codes = parseCodeList(form.codes);
      const unknown = codes.filter((code) => !knownCodes.has(code));
      if (unknown.length > 0) return { error: t('pane.ref.codesInvalid', lang, { codes: unknown.join(', ') }) };
      if (codes.length < 2) return { error: t('pane.ref.codesEmpty', lang) };
      return { spec: { kind: 'list', codes } };
    }
    default:
      return { spec: { kind: form.kind } };
  }
}

/** '101, 751;851 0147' → ['101', '751', '851', '147']: any separators, leading zeros to three digits. */
export function parseCodeList(text: string): string[] {
  const codes = text
    .split(/[^0-9]+/)
    .filter((part) => part !== '')
    .map((part) => String(Number(part)).padStart(3, '0'));
  return [...new Set(codes)];
}

/** How a read source is named to the user. */
export function describeSource(source: ReadSource, lang: Lang): string {
  if (source.kind === 'table') return t('pane.data.tableSource', lang, { name: source.name });
  if (source.kind === 'selection') return t('pane.data.selection', lang, { address: '' }).trim();
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(source.sheet) ? source.sheet : `'${source.sheet.replace(/'/g, "''")}'`;
  return t('pane.data.rangeSource', lang, { address: source.range ? `${quoted}!${source.range}` : quoted });
}
