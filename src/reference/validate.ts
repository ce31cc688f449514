// Checks that an unknown value (parsed JSON, a cache entry) has the ReferenceBundle shape before
// anything trusts it. Errors name the offending path, e.g. datasets[2].values.101.
import { MEASURE_KINDS } from '../core/benchmark/measure';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { DatasetOrigin, ReferenceBundle } from './types';

type Expected = 'text' | 'number' | 'numberOrNull' | 'list' | 'object' | 'format' | 'origin' | 'code3' | 'unique' | 'measure' | 'role' | 'boolean';
type Json = Record<string, unknown>;

export class BundleShapeError extends Error {
  constructor(readonly path: string, readonly expected: Expected, lang: Lang) {
    super(t('ref.bundle.invalid', lang, { path, expected: t(`ref.expect.${expected}`, lang) }));
    this.name = 'BundleShapeError';
  }
}

const ORIGINS: readonly DatasetOrigin[] = ['snapshot', 'live', 'cache'];
const MEASURES: readonly string[] = MEASURE_KINDS;
const ROLES: readonly string[] = ['keyFigure', 'weight'];

/** Returns the value typed as a bundle when every field has the promised shape; throws otherwise. */
export function validateBundle(value: unknown, lang: Lang = 'da'): ReferenceBundle {
  const check = new Checker(lang);
  const root = check.object(value, 'bundle');
  if (root.format !== 1) check.fail('format', 'format');
  check.text(root, 'builtAt', '');
  check.origin(root, 'origin', '');
  check.text(root, 'attribution', '');

  check.list(root, 'municipalities', '').forEach((item, i) => {
    const path = `municipalities[${i}]`;
    const m = check.object(item, path);
    if (typeof m.code !== 'string' || !/^\d{3}$/.test(m.code)) check.fail(`${path}.code`, 'code3');
    for (const key of ['name', 'regionCode', 'regionName', 'groupCode', 'groupName']) check.text(m, key, path);
    const structural = check.object(m.structural, `${path}.structural`);
    for (const [id, v] of Object.entries(structural)) check.finite(v, `${path}.structural.${id}`);
  });

  check.list(root, 'structuralVariables', '').forEach((item, i) => {
    const path = `structuralVariables[${i}]`;
    const v = check.object(item, path);
    for (const key of ['id', 'period', 'source']) check.text(v, key, path);
    check.langText(v, 'name', path);
  });

  const ids = new Set<string>();
  check.list(root, 'datasets', '').forEach((item, i) => {
    const path = `datasets[${i}]`;
    const d = check.object(item, path);
    const id = check.text(d, 'id', path);
    if (ids.has(id)) check.fail(`${path}.id`, 'unique');
    ids.add(id);
    for (const key of ['table', 'period', 'priceBasis', 'fetchedAt', 'provenance', 'attribution']) check.text(d, key, path);
    if (d.updated !== undefined) check.text(d, 'updated', path);
    for (const key of ['functionCode', 'year']) if (d[key] !== undefined) check.text(d, key, path);
    if (d.measure !== undefined && !MEASURES.includes(d.measure as string)) check.fail(`${path}.measure`, 'measure');
    if (d.role !== undefined && !ROLES.includes(d.role as string)) check.fail(`${path}.role`, 'role');
    if (d.notReported !== undefined && typeof d.notReported !== 'boolean') check.fail(`${path}.notReported`, 'boolean');
    if (d.completes !== undefined) check.textList(d, 'completes', path);
    check.langText(d, 'title', path);
    check.langText(d, 'unit', path);
    check.origin(d, 'origin', path);
    const query = check.object(d.query, `${path}.query`);
    for (const key of Object.keys(query)) check.textList(query, key, `${path}.query`);
    check.textList(d, 'flags', path);
    const values = check.object(d.values, `${path}.values`);
    for (const [code, v] of Object.entries(values)) {
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) check.fail(`${path}.values.${code}`, 'numberOrNull');
    }
  });
  return value as ReferenceBundle;
}

class Checker {
  constructor(private readonly lang: Lang) {}

  fail(path: string, expected: Expected): never {
    throw new BundleShapeError(path, expected, this.lang);
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'object');
    return value as Json;
  }

  list(owner: Json, key: string, path: string): unknown[] {
    const value = owner[key];
    if (!Array.isArray(value)) this.fail(join(path, key), 'list');
    return value;
  }

  text(owner: Json, key: string, path: string): string {
    const value = owner[key];
    if (typeof value !== 'string') this.fail(join(path, key), 'text');
    return value;
  }

  textList(owner: Json, key: string, path: string): void {
    this.list(owner, key, path).forEach((v, i) => {
      if (typeof v !== 'string') this.fail(`${join(path, key)}[${i}]`, 'text');
    });
  }

  langText(owner: Json, key: string, path: string): void {
    const value = this.object(owner[key], join(path, key));
    this.text(value, 'da', join(path, key));
    this.text(value, 'en', join(path, key));
  }

  origin(owner: Json, key: string, path: string): void {
    if (!ORIGINS.includes(owner[key] as DatasetOrigin)) this.fail(join(path, key), 'origin');
  }

  finite(value: unknown, path: string): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(path, 'number');
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
