// Turns the command line into validated choices. Every mistake becomes a UsageError with a
// message the user can act on; nothing here touches files.
import { parseArgs } from 'node:util';
import type { GroupSpec, StandardKind } from '../core/benchmark/types';
import { STANDARD_KINDS } from '../core/benchmark/types';
import type { ColumnRole, ExplicitMapping, InputShape } from '../core/parse/types';
import type { Lang } from '../core/types';
import type { MeasureKind } from '../core/benchmark/measure';
import type { BenchmarkMethod } from '../pipeline/benchmarkGrid';
import { DEA_OPTIONS, DeaUsageError, parseDea, type DeaArgs, type DeaValues } from './deaArgs';
import { t } from '../i18n';

export type { DeaArgs } from './deaArgs';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface BenchmarkArgs {
  command: 'benchmark';
  input: string;
  sheet?: string;
  table?: string;
  range?: string;
  area?: string;
  group: GroupSpec;
  standard: StandardKind;
  expectedVariables?: string[];
  shape?: InputShape;
  mapping?: ExplicitMapping;
  out?: string;
  copy: boolean;
  json: boolean;
  lang: Lang;
  reference: ReferenceArgs;
  method: BenchmarkMethod;
  dea: DeaArgs;
  /** The key figure's definition: kr. per inhabitant (DST's) or per inhabitant in the age band. */
  measure: MeasureKind;
  /** Keep figures flagged as booking practice in the best, best-quartile and expected standards. */
  includeAnomalies: boolean;
  /** A table or sheet of the user's framework conditions. */
  framework?: string;
  /** A table or sheet listing the user's comparison group. */
  groupList?: string;
}

/** Where national figures come from: StatBank live (with fallback) or the bundled snapshot. */
export interface ReferenceArgs {
  source: 'live' | 'snapshot';
  year?: number;
  baseUrl?: string;
  cacheDir?: string;
  /** The most a run waits for StatBank in all, in seconds (--deadline). */
  deadlineSeconds?: number;
}

export interface RefreshArgs {
  command: 'refresh-snapshot';
  lang: Lang;
  reference: ReferenceArgs;
  out?: string;
}

export type CliArgs =
  | BenchmarkArgs
  | RefreshArgs
  | { command: 'help'; lang: Lang }
  | { command: 'areas'; lang: Lang; json: boolean };

const ROLES: readonly (ColumnRole | 'ignore')[] = [
  'municipalityCode', 'municipalityName', 'unitId', 'unitName', 'area', 'year', 'cost', 'activity',
  'quality', 'structural', 'ignore',
];

const DEFAULT_SIMILAR_K = 10;

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgsOrThrow(argv);
  const lang = parseLang(values.lang);
  const [command, ...rest] = positionals;
  if (!command || command === 'help' || values.help) return { command: 'help', lang };
  if (command === 'areas') return { command: 'areas', lang, json: Boolean(values.json) };
  if (command === 'refresh-snapshot') {
    return { command: 'refresh-snapshot', lang, out: values.out, reference: { ...parseReference(values, lang), source: 'live' } };
  }
  if (command !== 'benchmark') throw new UsageError(t('cli.usage.unknownCommand', lang, { command }));
  const input = rest[0];
  if (!input) throw new UsageError(t('cli.usage.missingInput', lang));
  if (rest.length > 1) throw new UsageError(t('cli.usage.extraArguments', lang, { args: rest.slice(1).join(' ') }));
  if (values.sheet && values.table) throw new UsageError(t('cli.usage.sheetAndTable', lang));
  if (values.range && !values.sheet) throw new UsageError(t('cli.usage.rangeNeedsSheet', lang));
  return {
    command: 'benchmark',
    input,
    sheet: values.sheet,
    table: values.table,
    range: values.range,
    area: values.area,
    group: parseGroup(values.group ?? 'all', values.k, lang),
    standard: parseStandard(values.standard ?? 'median', lang),
    expectedVariables: values.expected ? splitList(values.expected) : undefined,
    shape: parseShape(values.shape, lang),
    mapping: values.map ? parseMapping(values.map, lang) : undefined,
    out: values.out,
    copy: Boolean(values.copy),
    json: Boolean(values.json),
    lang,
    reference: parseReference(values, lang),
    ...parseDeaArgs(values, lang),
    measure: MEASURES[oneOf(values.measure ?? 'inhabitant', Object.keys(MEASURES), '--measure', lang)],
    includeAnomalies: Boolean(values['include-anomalies']),
    ...(values.framework !== undefined && { framework: values.framework }),
    ...(values['group-list'] !== undefined && { groupList: values['group-list'] }),
  };
}

const MEASURES: Record<string, MeasureKind> = { inhabitant: 'perInhabitant', band: 'perAgeBand' };

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string, lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t('cli.usage.badChoice', lang, { option, value, allowed: allowed.join(', ') }));
}

function parseDeaArgs(values: DeaValues, lang: Lang): { method: BenchmarkMethod; dea: DeaArgs } {
  try {
    return parseDea(values, lang, splitList);
  } catch (error) {
    if (error instanceof DeaUsageError) throw new UsageError(error.message);
    throw error;
  }
}

function parseReference(
  values: { reference?: string; year?: string; 'base-url'?: string; 'cache-dir'?: string; deadline?: string },
  lang: Lang,
): ReferenceArgs {
  const source = values.reference ?? 'live';
  if (source !== 'live' && source !== 'snapshot') throw new UsageError(t('cli.usage.badReference', lang, { value: source }));
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2007 && year <= 2100)) {
    throw new UsageError(t('cli.usage.badYear', lang, { value: values.year ?? '' }));
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(baseUrl)) throw new UsageError(t('cli.usage.badBaseUrl', lang, { value: baseUrl }));
  const deadlineSeconds = values.deadline === undefined ? undefined : Number(values.deadline.replace(',', '.'));
  if (deadlineSeconds !== undefined && !(Number.isFinite(deadlineSeconds) && deadlineSeconds > 0 && deadlineSeconds <= 600)) {
    throw new UsageError(t('cli.usage.badDeadline', lang, { value: values.deadline ?? '' }));
  }
  return { source, year, baseUrl, cacheDir: values['cache-dir'], ...(deadlineSeconds !== undefined ? { deadlineSeconds } : {}) };
}

function parseArgsOrThrow(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        table: { type: 'string' },
        range: { type: 'string' },
        area: { type: 'string' },
        group: { type: 'string' },
        k: { type: 'string' },
        standard: { type: 'string' },
        expected: { type: 'string' },
        shape: { type: 'string' },
        map: { type: 'string' },
        out: { type: 'string' },
        copy: { type: 'boolean' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        reference: { type: 'string' },
        year: { type: 'string' },
        'base-url': { type: 'string' },
        'cache-dir': { type: 'string' },
        deadline: { type: 'string' },
        ...DEA_OPTIONS,
        measure: { type: 'string' },
        'include-anomalies': { type: 'boolean' },
        framework: { type: 'string' },
        'group-list': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(parseErrorMessage(error as NodeJS.ErrnoException, argv));
  }
}

/** Node's parser speaks English and names its own internals; say the same in the user's language. */
function parseErrorMessage(error: NodeJS.ErrnoException, argv: string[]): string {
  const at = argv.indexOf('--lang');
  const langValue = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const lang: Lang = langValue === 'en' ? 'en' : 'da';
  const option = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cliArgs.unknownOption', lang, { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return t(/does not take/.test(error.message) ? 'cliArgs.unexpectedValue' : 'cliArgs.missingValue', lang, { option });
  }
  return t('cliArgs.unreadable', lang);
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'da') return 'da';
  if (value === 'en') return 'en';
  throw new UsageError(t('cli.usage.badLang', 'da', { value }));
}

export function parseGroup(value: string, k: string | undefined, lang: Lang): GroupSpec {
  if (value === 'all' || value === 'kommunegruppe' || value === 'region') return { kind: value };
  if (value === 'similar') {
    const count = k === undefined ? DEFAULT_SIMILAR_K : Number(k);
    if (!Number.isInteger(count) || count < 1 || count > 97) throw new UsageError(t('cli.usage.badK', lang, { value: k ?? '' }));
    return { kind: 'similar', k: count };
  }
  const codes = splitList(value);
  const bad = codes.filter((code) => !/^\d{3}$/.test(code));
  if (codes.length === 0 || bad.length > 0) throw new UsageError(t('cli.usage.badGroup', lang, { value }));
  return { kind: 'list', codes };
}

function parseStandard(value: string, lang: Lang): StandardKind {
  if ((STANDARD_KINDS as readonly string[]).includes(value)) return value as StandardKind;
  throw new UsageError(t('cli.usage.badStandard', lang, { value, allowed: STANDARD_KINDS.join(', ') }));
}

function parseShape(value: string | undefined, lang: Lang): InputShape | undefined {
  if (value === undefined) return undefined;
  if (value === 'municipality' || value === 'institution') return value;
  throw new UsageError(t('cli.usage.badShape', lang, { value }));
}

/** "Udgift i alt=cost,E=activity" → { 'Udgift i alt': 'cost', E: 'activity' }. */
export function parseMapping(value: string, lang: Lang): ExplicitMapping {
  const mapping: ExplicitMapping = {};
  for (const pair of splitList(value)) {
    const at = pair.lastIndexOf('=');
    const column = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim() as ColumnRole | 'ignore';
    if (at <= 0 || !ROLES.includes(role)) {
      throw new UsageError(t('cli.usage.badMapping', lang, { value: pair, roles: ROLES.join(', ') }));
    }
    mapping[column] = role;
  }
  return mapping;
}

function splitList(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}
