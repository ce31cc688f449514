// The pane's state and its reducer. Pure: the preview parse runs here (parseGrid is pure), every
// side effect (Excel, StatBank, settings) happens in the shell, which dispatches the outcome.
import { parseGrid } from '../core/parse';
import type { ExplicitMapping, ParseResult } from '../core/parse/types';
import type { CellGrid, Lang } from '../core/types';
import type { ReadSource, WorkbookSources } from '../hosts/types';
import { snapshotRegistry } from '../reference/snapshotRegistry';
import { progressFraction, type DeaProgress } from '../workers/protocol';
import type { PaneRunResult, Stage } from './runner';
import { STAGES } from './runner';
import { deaChoiceError } from './deaChoices';
import type { PaneSettings } from './settings';
import { withRole, columnRows, type ColumnRow, type RoleChoice } from './viewModel';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface PaneState {
  lang: Lang;
  /** The current choices; saved to the workbook after each run. */
  settings: PaneSettings;
  /** What this workbook remembered when the pane opened, for "run again". */
  remembered?: PaneSettings;
  sources?: WorkbookSources;
  read?: { source: ReadSource; grid: CellGrid };
  parse?: ParseResult;
  readError?: string;
  years: { status: 'idle' | 'loading' | 'loaded' | 'failed'; list: string[]; error?: string };
  run: { status: RunStatus; stage?: Stage; error?: string; dea?: DeaProgress };
  result?: PaneRunResult;
}

export type PaneAction =
  | { type: 'sourcesLoaded'; sources: WorkbookSources }
  | { type: 'gridRead'; source: ReadSource; grid: CellGrid }
  | { type: 'readFailed'; message: string }
  | { type: 'roleChanged'; row: ColumnRow; role: RoleChoice }
  | { type: 'choiceChanged'; patch: Partial<Omit<PaneSettings, 'version' | 'mapping' | 'source'>> }
  | { type: 'yearsLoading' }
  | { type: 'yearsLoaded'; years: string[] }
  | { type: 'yearsFailed'; message: string }
  | { type: 'runStarted' }
  | { type: 'stage'; stage: Stage }
  | { type: 'deaProgress'; progress: DeaProgress }
  | { type: 'runFinished'; result: PaneRunResult }
  | { type: 'runFailed'; message: string }
  | { type: 'runCancelled' };

export function initialState(lang: Lang, settings: PaneSettings, remembered?: PaneSettings): PaneState {
  return { lang, settings, remembered, years: { status: 'idle', list: [] }, run: { status: 'idle' } };
}

/** The preview parse with the snapshot's municipalities, so names resolve and unknown codes show. */
export function previewParse(grid: CellGrid, mapping: ExplicitMapping, lang: Lang): ParseResult {
  const { municipalities } = snapshotRegistry();
  return parseGrid(grid, {
    mapping,
    lang,
    knownMunicipalityCodes: new Set(municipalities.map((m) => m.code)),
    municipalityNames: new Map(municipalities.map((m) => [m.code, m.name])),
  });
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'sourcesLoaded':
      return { ...state, sources: action.sources };
    case 'gridRead':
      return {
        ...state,
        read: { source: action.source, grid: action.grid },
        parse: previewParse(action.grid, state.settings.mapping, state.lang),
        readError: undefined,
      };
    case 'readFailed':
      return { ...state, readError: action.message };
    case 'roleChanged': {
      if (!state.read || !state.parse) return state;
      const mapping = withRole(state.settings.mapping, columnRows(state.parse), action.row, action.role);
      return { ...state, settings: { ...state.settings, mapping }, parse: previewParse(state.read.grid, mapping, state.lang) };
    }
    case 'choiceChanged': {
      const settings = { ...state.settings, ...action.patch };
      // Years belong to one StatBank address; a new address or source asks again.
      const yearsStale = action.patch.baseUrl !== undefined && action.patch.baseUrl !== state.settings.baseUrl;
      return { ...state, settings, years: yearsStale ? { status: 'idle', list: [] } : state.years };
    }
    case 'yearsLoading':
      return { ...state, years: { status: 'loading', list: [] } };
    case 'yearsLoaded': {
      const newest = action.years[action.years.length - 1] ?? '';
      const year = action.years.includes(state.settings.year) ? state.settings.year : newest;
      return { ...state, years: { status: 'loaded', list: action.years }, settings: { ...state.settings, year } };
    }
    case 'yearsFailed':
      // Keep the chosen year: if StatBank is down, the cached live figures of that year are the
      // right fallback, and asking for "newest" instead would miss them.
      return { ...state, years: { status: 'failed', list: [], error: action.message } };
    case 'runStarted':
      return { ...state, run: { status: 'running' }, result: undefined };
    case 'stage':
      return state.run.status === 'running' ? { ...state, run: { status: 'running', stage: action.stage } } : state;
    case 'deaProgress':
      return state.run.status === 'running' ? { ...state, run: { ...state.run, dea: action.progress } } : state;
    case 'runFinished':
      return {
        ...state,
        run: { status: 'done' },
        result: action.result,
        settings: { ...state.settings, source: action.result.source },
        remembered: { ...state.settings, source: action.result.source },
      };
    case 'runFailed':
      return { ...state, run: { status: 'failed', error: action.message } };
    case 'runCancelled':
      return { ...state, run: { status: 'cancelled' } };
  }
}

/**
 * Fraction done for the progress bar: a stage counts as begun, not finished. A DEA solve fills the
 * second half of the computing stage as its units are solved.
 */
export function progressOf(stage: Stage | undefined, dea?: DeaProgress): number {
  if (!stage) return 0;
  const within = stage === 'computing' && dea ? 0.5 + 0.5 * progressFraction(dea) : 0.5;
  return (STAGES.indexOf(stage) + within) / STAGES.length;
}

/** The run can start: figures read, parse says they can run, no run going on. */
export function canStartRun(state: PaneState): boolean {
  return state.parse?.canRun === true && state.run.status !== 'running' && deaChoiceError(state.parse, state.settings, state.lang) === undefined;
}
