// The DEA part of the command line: which columns go in and out, the model (returns to scale
// including FDH, orientation, super-efficiency, the slack phase, non-discretionary columns) and the
// bootstrap. Checked here; the columns are checked against the table later.
import type { Orientation } from '../core/dea';
import { DEFAULT_REPLICATES } from '../core/dea/defaults';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { BenchmarkMethod } from '../pipeline/benchmarkGrid';
import type { DeaRts } from '../report/deaTypes';

/** DEA choices; inputs/outputs/fixed are column keys, roles or headers, checked against the table later. */
export interface DeaArgs {
  inputs?: string[];
  outputs?: string[];
  fixed?: string[];
  rts: DeaRts;
  orientation: Orientation;
  /** The slack phase (--slack on|off, default on). */
  slack: boolean;
  /** Super-efficiency as the model itself (--super). */
  superEfficiency: boolean;
  /** Bootstrap replicates (--bootstrap B, default 2,000; 0 = off). */
  bootstrap: number;
  /** True when --bootstrap was not given (the default applies only to tables of moderate size). */
  bootstrapIsDefault: boolean;
  seed?: number;
}

/** The parseArgs option definitions of the DEA flags. */
export const DEA_OPTIONS = {
  method: { type: 'string' },
  inputs: { type: 'string' },
  outputs: { type: 'string' },
  fixed: { type: 'string' },
  rts: { type: 'string' },
  orientation: { type: 'string' },
  slack: { type: 'string' },
  super: { type: 'boolean' },
  bootstrap: { type: 'string' },
  seed: { type: 'string' },
} as const;

export type DeaValues = { [K in keyof typeof DEA_OPTIONS]?: (typeof DEA_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const METHODS: readonly BenchmarkMethod[] = ['keyfigures', 'dea', 'both'];
const RTS: readonly DeaRts[] = ['vrs', 'crs', 'drs', 'irs', 'fdh'];
const ORIENTATIONS: readonly Orientation[] = ['in', 'out'];
const MAX_REPLICATES = 100_000;

export class DeaUsageError extends Error {}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string, lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DeaUsageError(t('cli.usage.badChoice', lang, { option, value, allowed: allowed.join(', ') }));
}

function wholeNumber(value: string, option: string, min: number, max: number, lang: Lang): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new DeaUsageError(t('cli.usage.badWholeNumber', lang, { option, value, min, max }));
  }
  return n;
}

export function parseDea(values: DeaValues, lang: Lang, split: (value: string) => string[]): { method: BenchmarkMethod; dea: DeaArgs } {
  const method = oneOf(values.method ?? 'keyfigures', METHODS, '--method', lang);
  const list = (option: string, value: string | undefined): string[] | undefined => {
    if (value === undefined) return undefined;
    const items = split(value);
    if (items.length === 0) throw new DeaUsageError(t('cli.usage.emptyList', lang, { option }));
    return items;
  };
  const dea: DeaArgs = {
    inputs: list('--inputs', values.inputs),
    outputs: list('--outputs', values.outputs),
    fixed: list('--fixed', values.fixed),
    rts: oneOf(values.rts ?? 'vrs', RTS, '--rts', lang),
    orientation: oneOf(values.orientation ?? 'in', ORIENTATIONS, '--orientation', lang),
    slack: oneOf(values.slack ?? 'on', ['on', 'off'] as const, '--slack', lang) === 'on',
    superEfficiency: Boolean(values.super),
    bootstrap: values.bootstrap === undefined ? DEFAULT_REPLICATES : wholeNumber(values.bootstrap, '--bootstrap', 0, MAX_REPLICATES, lang),
    bootstrapIsDefault: values.bootstrap === undefined,
    ...(values.seed !== undefined ? { seed: wholeNumber(values.seed, '--seed', 0, 2 ** 32 - 1, lang) } : {}),
  };
  const deaOnly = (Object.keys(DEA_OPTIONS) as (keyof DeaValues)[]).filter((key) => key !== 'method' && values[key] !== undefined);
  if (method === 'keyfigures' && deaOnly.length > 0) {
    throw new DeaUsageError(t('cli.usage.deaOptionsNeedMethod', lang, { options: deaOnly.map((key) => `--${key}`).join(', ') }));
  }
  return { method, dea };
}
