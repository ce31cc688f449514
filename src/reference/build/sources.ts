// Readers for the four shared reference files. Each turns text into checked records and fails
// loudly (throws) on anything unexpected, because a quietly wrong snapshot would mislead every
// benchmark built on it.
import { parseDelimited } from './csv';
import { AreaNameIndex } from './names';

export interface MunicipalityRow {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
  groupCode: string;
  groupName: string;
  population: number;
}

const MUNICIPALITY_HEADER = [
  'kommunekode', 'kommunenavn', 'regionskode', 'regionsnavn', 'kommunegruppe_kode', 'kommunegruppe', 'folketal_2020K1',
];

export function readMunicipalities(text: string, file = 'derived_municipalities_98.csv'): MunicipalityRow[] {
  const [header, ...rows] = parseDelimited(text, ',');
  expectHeader(header, MUNICIPALITY_HEADER, file);
  const seen = new Set<string>();
  return rows.map((fields, i) => {
    const where = `${file} row ${i + 2}`;
    expectWidth(fields, MUNICIPALITY_HEADER.length, where);
    const [code, name, regionCode, regionName, groupCode, groupName, population] = fields.map((f) => f.trim());
    if (!/^\d{3}$/.test(code)) throw new Error(`${where}: municipality code "${code}" is not three digits`);
    if (seen.has(code)) throw new Error(`${where}: municipality code ${code} appears twice`);
    seen.add(code);
    if (!/^08[1-5]$/.test(regionCode)) throw new Error(`${where}: region code "${regionCode}" is not 081–085`);
    if (!/^[1-5]$/.test(groupCode)) throw new Error(`${where}: kommunegruppe "${groupCode}" is not 1–5`);
    return { code, name, regionCode, regionName, groupCode, groupName, population: parseCount(population, where) };
  });
}

export interface GroupAssignment {
  groupCode: string;
  groupName: string;
}

/**
 * DST's KOMGRP nomenclature: level-1 rows name a group, the level-2 rows after it are its
 * municipalities. Returns municipality code → group.
 */
export function readKommunegrupper(text: string, file = 'dst_kommunegrupper_komgrp.csv'): Map<string, GroupAssignment> {
  const [header, ...rows] = parseDelimited(text, ';');
  const col = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: column ${name} missing (header: ${header.join(';')})`);
    return index;
  };
  const [codeCol, levelCol, titleCol] = [col('KODE'), col('NIVEAU'), col('TITEL')];
  const result = new Map<string, GroupAssignment>();
  let current: GroupAssignment | undefined;
  rows.forEach((fields, i) => {
    const where = `${file} row ${i + 2}`;
    const code = fields[codeCol]?.trim() ?? '';
    const level = fields[levelCol]?.trim();
    const title = fields[titleCol]?.trim() ?? '';
    if (level === '1') {
      current = { groupCode: code, groupName: title };
    } else if (level === '2') {
      if (!current) throw new Error(`${where}: municipality ${code} listed before any group`);
      if (result.has(code)) throw new Error(`${where}: municipality ${code} listed in two groups`);
      result.set(code, current);
    } else {
      throw new Error(`${where}: unexpected NIVEAU "${level ?? ''}"`);
    }
  });
  return result;
}

/** Every municipality must carry the same group in both files, and KOMGRP must list no others. */
export function crossCheckGroups(municipalities: readonly MunicipalityRow[], komgrp: ReadonlyMap<string, GroupAssignment>): void {
  const problems: string[] = [];
  for (const m of municipalities) {
    const official = komgrp.get(m.code);
    if (!official) problems.push(`${m.code} ${m.name}: not in KOMGRP`);
    else if (official.groupCode !== m.groupCode || official.groupName !== m.groupName) {
      problems.push(`${m.code} ${m.name}: group ${m.groupCode} ${m.groupName} vs KOMGRP ${official.groupCode} ${official.groupName}`);
    }
  }
  const known = new Set(municipalities.map((m) => m.code));
  for (const code of komgrp.keys()) if (!known.has(code)) problems.push(`${code}: in KOMGRP but not a known municipality`);
  if (problems.length > 0) throw new Error(`Kommunegruppe cross-check failed:\n  ${problems.join('\n  ')}`);
}

/** Population by civil status for one area; keys are FOLK1A's CIVILSTAND texts. */
export type CivilStatusCounts = Record<string, number>;

export interface Folk1aExtract {
  period: string;
  national: CivilStatusCounts;
  /** Municipality code → counts; regions and Christiansø are left out. */
  municipalities: Map<string, CivilStatusCounts>;
}

export function readFolk1a(text: string, names: AreaNameIndex, file = 'dst_folk1a_2020K1_omraade_civilstand.csv'): Folk1aExtract {
  const [header, ...rows] = parseDelimited(text, ';');
  expectHeader(header, ['CIVILSTAND', 'OMRÅDE', 'TID', 'INDHOLD'], file);
  const periods = new Set<string>();
  const national: CivilStatusCounts = {};
  const municipalities = new Map<string, CivilStatusCounts>();
  rows.forEach((fields, i) => {
    const where = `${file} row ${i + 2}`;
    expectWidth(fields, 4, where);
    const [status, area, period, value] = fields.map((f) => f.trim());
    periods.add(period);
    const match = names.require(area, where);
    if (match.kind === 'region' || match.kind === 'nonMunicipal') return;
    const counts = match.kind === 'national' ? national : getOrCreate(municipalities, match.code);
    if (status in counts) throw new Error(`${where}: ${status} for ${area} appears twice`);
    counts[status] = parseCount(value, where);
  });
  if (periods.size !== 1) throw new Error(`${file}: expected one period, found ${[...periods].join(', ')}`);
  return { period: [...periods][0], national, municipalities };
}

function getOrCreate(map: Map<string, CivilStatusCounts>, key: string): CivilStatusCounts {
  let entry = map.get(key);
  if (!entry) {
    entry = {};
    map.set(key, entry);
  }
  return entry;
}

export function expectHeader(actual: string[] | undefined, expected: string[], file: string): void {
  const got = (actual ?? []).map((h) => h.trim());
  if (got.length !== expected.length || got.some((h, i) => h !== expected[i])) {
    throw new Error(`${file}: expected header ${expected.join(',')}, found ${got.join(',')}`);
  }
}

export function expectWidth(fields: string[], width: number, where: string): void {
  if (fields.length !== width) throw new Error(`${where}: expected ${width} fields, found ${fields.length}`);
}

export function parseCount(text: string, where: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${where}: "${text}" is not a whole number`);
  return Number(text);
}

export function parseAmount(text: string, where: string): number {
  // StatBank CSV with lang=da writes a decimal comma; this excerpt uses plain integers.
  const normalised = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) throw new Error(`${where}: "${text}" is not a number`);
  return Number(normalised);
}
