// The choices the pane remembers per workbook (Office document settings), and their tolerant
// (de)serialisation: a damaged or older value never stops the pane, it just falls back to defaults.
import type { MeasureKind } from '../core/benchmark/measure';
import { STANDARD_KINDS, type StandardKind } from '../core/benchmark/types';
import type { Orientation } from '../core/dea';
import { DEFAULT_REPLICATES } from '../core/dea/defaults';

/** The most bootstrap replicates the pane accepts (as the CLI). */
export const MAX_REPLICATES = 100_000;
import type { ExplicitMapping } from '../core/parse/types';
import type { BenchmarkMethod } from '../pipeline/benchmarkGrid';
import type { DeaRts } from '../report/deaTypes';
import type { ReadSource } from '../hosts/types';
import { GROUP_KINDS, ROLE_CHOICES, SIMILAR_K, type GroupForm, type RoleChoice } from './viewModel';

export const SETTINGS_KEY = 'pejlemaerke.pane';
export const DEFAULT_STATBANK_URL = 'https://api.statbank.dk/v1';
/** The live run's overall wait for StatBank; the same default as the CLI's --deadline. */
export const DEFAULT_DEADLINE_SECONDS = 20;
export const MAX_DEADLINE_SECONDS = 600;

/** A deadline as typed ('20', '2,5'), or undefined when it is not a number of seconds in (0, 600]. */
export function parseDeadline(value: unknown): number | undefined {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : Number.NaN;
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_DEADLINE_SECONDS ? seconds : undefined;
}

export type ReferenceSource = 'live' | 'snapshot';

export interface PaneSettings {
  version: 1;
  /** What the last run read (a selection is remembered as the range it covered). */
  source?: ReadSource;
  mapping: ExplicitMapping;
  /** Catalogue id, '' for "from the data / none". */
  area: string;
  /** Reference year for live data; '' for the newest. */
  year: string;
  referenceSource: ReferenceSource;
  group: GroupForm;
  standard: StandardKind;
  baseUrl: string;
  /** The most a live run waits for StatBank in all, in seconds. */
  deadlineSeconds: number;
  method: BenchmarkMethod;
  /** DEA inputs and outputs as column keys; empty for the defaults (cost in; activity and quality out). */
  deaInputs: string[];
  deaOutputs: string[];
  rts: DeaRts;
  orientation: Orientation;
  /** Bootstrap replicates for the DEA's intervals (0 = none), as the CLI's --bootstrap. */
  deaBootstrap: number;
  /** Per inhabitant (DST's figure, live and snapshot alike) or per inhabitant in the area's age band (live only). */
  measure: MeasureKind;
  /** Let figures that look like booking practice (0 kr., a fraction of the median) be the best or the quartile. */
  includeAnomalies: boolean;
}

export const METHODS: readonly BenchmarkMethod[] = ['keyfigures', 'dea', 'both'];
export const DEA_RTS: readonly DeaRts[] = ['vrs', 'crs', 'drs', 'irs'];
export const ORIENTATIONS: readonly Orientation[] = ['in', 'out'];
export const MEASURES: readonly MeasureKind[] = ['perInhabitant', 'perAgeBand'];

export function defaultSettings(overrides: Partial<PaneSettings> = {}): PaneSettings {
  return {
    version: 1,
    mapping: {},
    area: '',
    year: '',
    referenceSource: 'live',
    group: { kind: 'all', k: 10, codes: '' },
    standard: 'median',
    baseUrl: DEFAULT_STATBANK_URL,
    deadlineSeconds: DEFAULT_DEADLINE_SECONDS,
    method: 'keyfigures',
    deaInputs: [],
    deaOutputs: [],
    rts: 'vrs',
    orientation: 'in',
    deaBootstrap: DEFAULT_REPLICATES,
    measure: 'perInhabitant',
    includeAnomalies: false,
    ...overrides,
  };
}

export function serialiseSettings(settings: PaneSettings): string {
  return JSON.stringify(settings);
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Settings from whatever was stored (JSON text or an object); unknown or broken parts take the defaults. */
export function parseSettings(raw: unknown, defaults: PaneSettings = defaultSettings()): PaneSettings {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return defaults;
    }
  }
  if (!isObject(value) || value.version !== 1) return defaults;
  const group = isObject(value.group) ? value.group : {};
  const k = typeof group.k === 'number' && group.k >= SIMILAR_K.min && group.k <= SIMILAR_K.max ? Math.round(group.k) : defaults.group.k;
  return {
    version: 1,
    source: parseSource(value.source),
    mapping: parseMapping(value.mapping),
    area: text(value.area, defaults.area),
    year: typeof value.year === 'string' && /^(\d{4})?$/.test(value.year) ? value.year : defaults.year,
    referenceSource: value.referenceSource === 'live' || value.referenceSource === 'snapshot' ? value.referenceSource : defaults.referenceSource,
    group: {
      kind: GROUP_KINDS.includes(group.kind as GroupForm['kind']) ? (group.kind as GroupForm['kind']) : defaults.group.kind,
      k,
      codes: text(group.codes, defaults.group.codes),
    },
    standard: STANDARD_KINDS.includes(value.standard as StandardKind) ? (value.standard as StandardKind) : defaults.standard,
    baseUrl: typeof value.baseUrl === 'string' && /^https?:\/\/\S+$/.test(value.baseUrl) ? value.baseUrl : defaults.baseUrl,
    deadlineSeconds: parseDeadline(value.deadlineSeconds) ?? defaults.deadlineSeconds,
    method: oneOf(value.method, METHODS, defaults.method),
    deaInputs: keyList(value.deaInputs, defaults.deaInputs),
    deaOutputs: keyList(value.deaOutputs, defaults.deaOutputs),
    rts: oneOf(value.rts, DEA_RTS, defaults.rts),
    orientation: oneOf(value.orientation, ORIENTATIONS, defaults.orientation),
    deaBootstrap: parseReplicates(value.deaBootstrap) ?? defaults.deaBootstrap,
    measure: oneOf(value.measure, MEASURES, defaults.measure),
    includeAnomalies: typeof value.includeAnomalies === 'boolean' ? value.includeAnomalies : defaults.includeAnomalies,
  };
}

/** Bootstrap replicates as stored or typed ('2000', '2.000'); undefined unless a whole number in 0..100,000. */
export function parseReplicates(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.trim().replace(/[.\s]/g, '')) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_REPLICATES && !(typeof value === 'string' && value.trim() === '') ? n : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A list of column keys; anything else (or a list with a non-text entry) takes the fallback. */
function keyList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) return fallback;
  return [...new Set(value as string[])];
}

function parseSource(value: unknown): ReadSource | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'table' && typeof value.name === 'string' && value.name !== '') return { kind: 'table', name: value.name };
  if (value.kind === 'range' && typeof value.sheet === 'string' && value.sheet !== '') {
    return typeof value.range === 'string' ? { kind: 'range', sheet: value.sheet, range: value.range } : { kind: 'range', sheet: value.sheet };
  }
  if (value.kind === 'selection') return { kind: 'selection' };
  return undefined;
}

function parseMapping(value: unknown): ExplicitMapping {
  if (!isObject(value)) return {};
  const mapping: ExplicitMapping = {};
  for (const [key, role] of Object.entries(value)) {
    if (ROLE_CHOICES.includes(role as RoleChoice)) mapping[key] = role as RoleChoice;
  }
  return mapping;
}

/** The part of Office.Settings the pane uses; the playground passes a stub with the same shape. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface SettingsStore {
  /** The remembered settings, or undefined when this workbook has none yet. */
  load(): PaneSettings | undefined;
  save(settings: PaneSettings): Promise<void>;
}

export function documentSettingsStore(settings: SettingsLike | undefined, defaults: PaneSettings): SettingsStore {
  return {
    load: () => {
      const raw = settings?.get(SETTINGS_KEY);
      return raw === null || raw === undefined ? undefined : parseSettings(raw, defaults);
    },
    save: (value) =>
      new Promise((resolve, reject) => {
        if (!settings) return resolve();
        settings.set(SETTINGS_KEY, serialiseSettings(value));
        settings.saveAsync((result) => (result.status === 'failed' ? reject(new Error(result.error?.message ?? 'saveAsync failed')) : resolve()));
      }),
  };
}
