// /v1/tableinfo and the other metadata answers, checked field by field before anything trusts them.
import type { Lang } from '../../core/types';
import { StatbankError } from './errors';
import type { SubjectInfo, TableInfo, TableSummary, TableVariable } from './types';

type Json = Record<string, unknown>;

export function parseTableInfo(body: unknown, table: string, lang: Lang = 'da'): TableInfo {
  const fail = (detail: string): never => {
    throw new StatbankError('SHAPE', { table, detail }, lang);
  };
  const root = obj(body) ?? fail('tableinfo is not an object');
  const text = (key: string): string => (typeof root[key] === 'string' ? (root[key] as string) : fail(`tableinfo has no "${key}"`));
  if (!Array.isArray(root.variables)) fail('tableinfo has no "variables"');
  const variables = (root.variables as unknown[]).map((raw, i): TableVariable => {
    const v = obj(raw) ?? fail(`variables[${i}] is not an object`);
    if (typeof v.id !== 'string') fail(`variables[${i}] has no id`);
    if (!Array.isArray(v.values)) fail(`variable ${String(v.id)} has no values`);
    return {
      id: v.id as string,
      text: typeof v.text === 'string' ? v.text : (v.id as string),
      elimination: v.elimination === true,
      time: v.time === true,
      values: (v.values as unknown[]).map((rawValue, j) => {
        const value = obj(rawValue) ?? fail(`variable ${String(v.id)} value ${j} is not an object`);
        if (typeof value.id !== 'string') fail(`variable ${String(v.id)} value ${j} has no id`);
        return { id: value.id as string, text: typeof value.text === 'string' ? value.text : (value.id as string) };
      }),
    };
  });
  const footnote = obj(root.footnote);
  return {
    id: text('id'),
    text: typeof root.text === 'string' ? root.text : table,
    description: typeof root.description === 'string' ? root.description : '',
    unit: typeof root.unit === 'string' ? root.unit : '',
    updated: text('updated'),
    active: root.active !== false,
    ...(typeof root.suppressedDataValue === 'string' ? { suppressedDataValue: root.suppressedDataValue } : {}),
    footnote: footnote && typeof footnote.text === 'string' ? { text: footnote.text, mandatory: footnote.mandatory === true } : null,
    variables,
  };
}

export function parseSubjects(body: unknown, lang: Lang = 'da'): SubjectInfo[] {
  if (!Array.isArray(body)) throw new StatbankError('SHAPE', { table: 'subjects', detail: 'not a list' }, lang);
  return body.map((raw) => {
    const s = obj(raw) ?? {};
    if (typeof s.id !== 'string') throw new StatbankError('SHAPE', { table: 'subjects', detail: 'subject without id' }, lang);
    return {
      id: s.id,
      description: typeof s.description === 'string' ? s.description : '',
      active: s.active !== false,
      hasSubjects: s.hasSubjects === true,
      subjects: Array.isArray(s.subjects) ? parseSubjects(s.subjects, lang) : [],
    };
  });
}

export function parseTables(body: unknown, lang: Lang = 'da'): TableSummary[] {
  if (!Array.isArray(body)) throw new StatbankError('SHAPE', { table: 'tables', detail: 'not a list' }, lang);
  return body.map((raw) => {
    const s = obj(raw) ?? {};
    if (typeof s.id !== 'string') throw new StatbankError('SHAPE', { table: 'tables', detail: 'table without id' }, lang);
    const str = (key: string): string => (typeof s[key] === 'string' ? (s[key] as string) : '');
    return {
      id: s.id,
      text: str('text'),
      unit: str('unit'),
      updated: str('updated'),
      firstPeriod: str('firstPeriod'),
      latestPeriod: str('latestPeriod'),
      active: s.active !== false,
      variables: Array.isArray(s.variables) ? s.variables.filter((v): v is string => typeof v === 'string') : [],
    };
  });
}

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
