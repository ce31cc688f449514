// The pane's state and its reducer. Pure: the preview parse runs here, through the previewer the
// shell hands in once its chunk has loaded (parseGrid is pure); every side effect (Excel,
// StatBank, settings) happens in the shell, which dispatches the outcome.
import type { ExplicitMapping, ParseResult } from '../core/parse/types';
import type { CellGrid, Lang } from '../core/types';
import type { ReadSource, WorkbookSources } from '../hosts/types';
import { progressFraction, type DeaProgress } from '../workers/protocol';
import { runKey, type StepId } from './flow';
import type { Previewer } from './preview';
import type { ColumnQuestion } from './questions';
import { stagesFor, type PaneRunResult, type Stage } from './runner';
import { selectionIssue, type SelectionIssue, type Widening } from './selectionCheck';
import type { PaneSettings } from './settings';
import { withRole, columnRows, type ColumnRow, type RoleChoice } from './viewModel';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface PaneState {
  lang: Lang;
  /** The parser and its reference lists; undefined until its chunk has loaded. */
  preview?: Previewer;
  step: StepId;
  /** The current choices; saved to the workbook after each run. */
  settings: PaneSettings;
  /** What this workbook remembered when the pane opened, for "run again". */
  remembered?: PaneSettings;
  sources?: WorkbookSources;
  read?: { source: ReadSource; grid: CellGrid };
  parse?: ParseResult;
  /** Why the read is no table of figures at all (one cell, empty, text only, a header only). */
  issue?: SelectionIssue;
  /** Where a bad read could be widened to, once the pane has looked. */
  widening?: Widening;
  /** Column guesses that change the result, asked instead of made. */
  questions: ColumnQuestion[];
  readError?: string;
  years: { status: 'idle' | 'loading' | 'loaded' | 'failed'; list: string[]; error?: string };
  run: { status: RunStatus; stage?: Stage; stages?: readonly Stage[]; error?: string; dea?: DeaProgress };
  result?: PaneRunResult;
  /** The choices the result was computed with (the results step says which). */
  resultSettings?: PaneSettings;
  /** runKey of the choices and figures the result was computed from (see flow.isStale). */
  resultKey?: string;
}

export type PaneAction =
  | { type: 'previewReady'; preview: Previewer }
  | { type: 'sourcesLoaded'; sources: WorkbookSources }
  | { type: 'gridRead'; source: ReadSource; grid: CellGrid }
  | { type: 'readFailed'; message: string }
  | { type: 'wideningFound'; widening: Widening | undefined }
  | { type: 'roleChanged'; row: ColumnRow; role: RoleChoice }
  | { type: 'choiceChanged'; patch: Partial<Omit<PaneSettings, 'version' | 'mapping' | 'source'>> }
  | { type: 'langChanged'; lang: Lang }
  | { type: 'goTo'; step: StepId }
  | { type: 'yearsLoading' }
  | { type: 'yearsLoaded'; years: string[] }
  | { type: 'yearsFailed'; message: string }
  | { type: 'runStarted'; settings: PaneSettings }
  | { type: 'stage'; stage: Stage }
  | { type: 'deaProgress'; progress: DeaProgress }
  | { type: 'runFinished'; result: PaneRunResult; settings: PaneSettings }
  | { type: 'runFailed'; message: string }
  | { type: 'runCancelled' };

export function initialState(lang: Lang, settings: PaneSettings, remembered?: PaneSettings, preview?: Previewer): PaneState {
  return { lang, preview, step: 'data', settings, remembered, questions: [], years: { status: 'idle', list: [] }, run: { status: 'idle' } };
}

/** The preview parse, once the previewer is there. */
function parsed(state: PaneState, grid: CellGrid, mapping: ExplicitMapping, lang = state.lang): ParseResult | undefined {
  return state.preview?.parse(grid, mapping, lang);
}

/** State after reading `grid`: parsed, checked for a bad selection, its questions found. */
function withGrid(state: PaneState, source: ReadSource, grid: CellGrid, mapping: ExplicitMapping): PaneState {
  const issue = selectionIssue(grid);
  return {
    ...state,
    read: { source, grid },
    parse: parsed(state, grid, mapping),
    issue,
    widening: undefined,
    questions: issue || !state.preview ? [] : state.preview.questions(grid),
    readError: undefined,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'previewReady': {
      const ready = { ...state, preview: action.preview };
      return state.read ? withGrid(ready, state.read.source, state.read.grid, state.settings.mapping) : ready;
    }
    case 'sourcesLoaded':
      return { ...state, sources: action.sources };
    case 'gridRead':
      return withGrid(state, action.source, action.grid, state.settings.mapping);
    case 'readFailed':
      return { ...state, readError: action.message };
    case 'wideningFound':
      return { ...state, widening: action.widening };
    case 'roleChanged': {
      if (!state.read || !state.parse) return state;
      const mapping = withRole(state.settings.mapping, columnRows(state.parse), action.row, action.role);
      return { ...state, settings: { ...state.settings, mapping }, parse: parsed(state, state.read.grid, mapping) };
    }
    case 'choiceChanged': {
      const settings = { ...state.settings, ...action.patch };
      // Years belong to one StatBank address; a new address asks again.
      const yearsStale = action.patch.baseUrl !== undefined && action.patch.baseUrl !== state.settings.baseUrl;
      return { ...state, settings, years: yearsStale ? { status: 'idle', list: [] } : state.years };
    }
    case 'langChanged':
      if (action.lang === state.lang) return state;
      return { ...state, lang: action.lang, parse: state.read ? parsed(state, state.read.grid, state.settings.mapping, action.lang) : state.parse };
    case 'goTo':
      return { ...state, step: action.step };
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
      // The old result stays until the new one replaces it, marked as not current (flow.isStale).
      return { ...state, step: 'run', settings: action.settings, run: { status: 'running', stages: stagesFor(action.settings.referenceSource) } };
    case 'stage':
      return state.run.status === 'running' ? { ...state, run: { status: 'running', stages: state.run.stages, stage: action.stage } } : state;
    case 'deaProgress':
      return state.run.status === 'running' ? { ...state, run: { ...state.run, dea: action.progress } } : state;
    case 'runFinished':
      return finished(state, action.result, action.settings);
    case 'runFailed':
      return { ...state, run: { status: 'failed', error: action.message } };
    case 'runCancelled':
      return { ...state, run: { status: 'cancelled' } };
  }
}

/** A finished run: its figures become the data step's, its choices are remembered, and the results show. */
function finished(state: PaneState, result: PaneRunResult, ran: PaneSettings): PaneState {
  const remembered = { ...ran, source: result.source };
  // Choices changed while the run went on stay the user's; the result is then marked as not current.
  const settings = { ...state.settings, source: result.source };
  const read = withGrid({ ...state, settings }, result.source, result.grid, settings.mapping);
  const parseAsRan = ran.mapping === settings.mapping ? read.parse : parsed(state, result.grid, ran.mapping);
  return {
    ...read,
    step: result.written ? 'results' : 'run',
    run: { status: 'done' },
    result,
    resultSettings: ran,
    resultKey: runKey(remembered, result.source, parseAsRan, state.lang, result.grid),
    remembered,
  };
}

/**
 * Fraction done for the progress bar: a stage counts as begun, not finished. A DEA solve fills the
 * second half of the computing stage as its units are solved.
 */
export function progressOf(stage: Stage | undefined, dea?: DeaProgress, stages: readonly Stage[] = stagesFor('live')): number {
  if (!stage) return 0;
  const within = stage === 'computing' && dea ? 0.5 + 0.5 * progressFraction(dea) : 0.5;
  return (Math.max(0, stages.indexOf(stage)) + within) / stages.length;
}
