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

export interface Regk31Function {
  /** With dots, e.g. '3.22.01'. */
  code: string;
  /** Danish title as DST writes it, e.g. 'Folkeskoler'. */
  title: string;
  /** OMRÅDE code → kr. per inhabitant; null where DST shows '..'. */
  values: Map<string, number | null>;
}

export const REGK31_PRICE_UNIT_TEXT = 'Pr. indbygger, løbende priser (kr.)';
export const REGK31_ART_TEXT = 'I alt (netto)';

/** Headerless rows: prisenhed, art, funktion ('3.22.01 Folkeskoler'), område (name), value. */
export function readRegk31(text: string, names: AreaNameIndex, file = 'regk31_2024_INDL_netto_excerpt_marieleth.csv'): Regk31Function[] {
  const functions = new Map<string, Regk31Function>();
  parseDelimited(text, ',').forEach((fields, i) => {
    const where = `${file} row ${i + 1}`;
    expectWidth(fields, 5, where);
    const [priceUnit, art, functionLabel, area, value] = fields.map((f) => f.trim());
    if (priceUnit !== REGK31_PRICE_UNIT_TEXT) throw new Error(`${where}: unexpected PRISENHED "${priceUnit}"`);
    if (art !== REGK31_ART_TEXT) throw new Error(`${where}: unexpected ART "${art}"`);
    const label = /^(\d\.\d{2}\.\d{2})\s+(.+)$/.exec(functionLabel);
    if (!label) throw new Error(`${where}: FUNKTION "${functionLabel}" does not start with a function code`);
    const match = names.require(area, where);
    if (match.kind !== 'national' && match.kind !== 'municipality') {
      throw new Error(`${where}: "${area}" is not a municipality or Hele landet`);
    }
    let fn = functions.get(label[1]);
    if (!fn) {
      fn = { code: label[1], title: label[2], values: new Map() };
      functions.set(label[1], fn);
    } else if (fn.title !== label[2]) {
      throw new Error(`${where}: function ${label[1]} titled both "${fn.title}" and "${label[2]}"`);
    }
    if (fn.values.has(match.code)) throw new Error(`${where}: ${label[1]} for ${area} appears twice`);
    fn.values.set(match.code, value === '..' ? null : parseAmount(value, where));
  });
  return [...functions.values()];
}

function getOrCreate(map: Map<string, CivilStatusCounts>, key: string): CivilStatusCounts {
  let entry = map.get(key);
  if (!entry) {
    entry = {};
    map.set(key, entry);
  }
  return entry;
}

function expectHeader(actual: string[] | undefined, expected: string[], file: string): void {
  const got = (actual ?? []).map((h) => h.trim());
  if (got.length !== expected.length || got.some((h, i) => h !== expected[i])) {
    throw new Error(`${file}: expected header ${expected.join(',')}, found ${got.join(',')}`);
  }
}

function expectWidth(fields: string[], width: number, where: string): void {
  if (fields.length !== width) throw new Error(`${where}: expected ${width} fields, found ${fields.length}`);
}

function parseCount(text: string, where: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${where}: "${text}" is not a whole number`);
  return Number(text);
}

function parseAmount(text: string, where: string): number {
  // StatBank CSV with lang=da writes a decimal comma; this excerpt uses plain integers.
  const normalised = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) throw new Error(`${where}: "${text}" is not a number`);
  return Number(normalised);
}
