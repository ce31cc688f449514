// JSON-stat version 1 as StatBank sends it: {"dataset": {dimension: {<id>: {label, category},
// id, size, role}, label, source, updated, value}}. Own parser: the value array is row-major over
// dimension.id/size (last dimension fastest); null stays null.
import type { Lang } from '../../core/types';
import { StatbankError } from './errors';
import type { Cube, CubeDimension } from './types';

type Json = Record<string, unknown>;

export function parseJsonStat(body: unknown, table: string, lang: Lang = 'da'): Cube {
  const fail = (detail: string): never => {
    throw new StatbankError('SHAPE', { table, detail }, lang);
  };
  const root = asObject(body) ?? fail('not an object');
  const dataset = asObject(root.dataset) ?? fail('no "dataset"');
  const dimension = asObject(dataset.dimension) ?? fail('no "dataset.dimension"');
  // Version 1 puts id/size inside `dimension`; accept them on the dataset too (the other variant).
  const ids = (dimension.id ?? dataset.id) as unknown;
  const sizes = (dimension.size ?? dataset.size) as unknown;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) fail('"dimension.id" is not a list of names');
  if (!Array.isArray(sizes) || !sizes.every((x) => Number.isInteger(x) && x >= 0)) fail('"dimension.size" is not a list of counts');
  const idList = ids as string[];
  const sizeList = sizes as number[];
  if (idList.length !== sizeList.length) fail('"dimension.id" and "dimension.size" differ in length');

  const dimensions = idList.map((id, i) => parseDimension(id, dimension[id], sizeList[i], fail));
  const total = sizeList.reduce((a, b) => a * b, 1);
  const values = parseValues(dataset.value, total, fail);
  return {
    table,
    label: typeof dataset.label === 'string' ? dataset.label : table,
    dimensions,
    values,
    ...(typeof dataset.updated === 'string' ? { updated: dataset.updated } : {}),
    ...(typeof dataset.source === 'string' ? { source: dataset.source } : {}),
  };
}

function parseDimension(id: string, raw: unknown, size: number, fail: (d: string) => never): CubeDimension {
  const dim = asObject(raw) ?? fail(`dimension ${id} is missing`);
  const category = asObject(dim.category) ?? fail(`dimension ${id} has no category`);
  const codes = categoryOrder(category.index, category.label, size, id, fail);
  const labelMap = asObject(category.label) ?? {};
  return {
    id,
    label: typeof dim.label === 'string' ? dim.label : id,
    codes,
    labels: codes.map((code) => (typeof labelMap[code] === 'string' ? (labelMap[code] as string) : code)),
  };
}

/** Category codes by position: index may be a list of codes or a code → position map. */
function categoryOrder(index: unknown, label: unknown, size: number, id: string, fail: (d: string) => never): string[] {
  let codes: string[];
  if (Array.isArray(index)) {
    codes = index.map(String);
  } else if (asObject(index)) {
    codes = new Array<string>(size);
    for (const [code, pos] of Object.entries(index as Json)) {
      if (!Number.isInteger(pos) || (pos as number) < 0 || (pos as number) >= size) fail(`dimension ${id}: position of ${code} is out of range`);
      codes[pos as number] = code;
    }
  } else if (size === 1 && asObject(label) && Object.keys(label as Json).length === 1) {
    // A single category may come with a label only.
    codes = Object.keys(label as Json);
  } else {
    return fail(`dimension ${id} has no category index`);
  }
  if (codes.length !== size || codes.some((c) => c === undefined)) fail(`dimension ${id} has ${codes.length} categories, size says ${size}`);
  return codes;
}

function parseValues(raw: unknown, total: number, fail: (d: string) => never): (number | null)[] {
  if (Array.isArray(raw)) {
    if (raw.length !== total) fail(`${raw.length} values where the dimensions give ${total}`);
    return raw.map((v, i) => valueOf(v, i, fail));
  }
  // The sparse form: {"<position>": value}; positions not listed are missing.
  const sparse = asObject(raw) ?? fail('no "value"');
  const values = new Array<number | null>(total).fill(null);
  for (const [key, v] of Object.entries(sparse)) {
    const pos = Number(key);
    if (!Number.isInteger(pos) || pos < 0 || pos >= total) fail(`value position ${key} is out of range`);
    values[pos] = valueOf(v, pos, fail);
  }
  return values;
}

function valueOf(v: unknown, pos: number, fail: (d: string) => never): number | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  // Some producers send numbers as text; DST's own missing markers as text are missing.
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '' || t === '..' || t === '.') return null;
    const n = Number(t);
    if (Number.isFinite(n)) return n;
  }
  return fail(`value at position ${pos} is not a number`);
}

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
