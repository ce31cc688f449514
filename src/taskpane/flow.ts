// The guided flow: four steps, what stops the user from going on (in words, for the footer), the
// run a state asks for, and whether the results on screen still match the choices. Pure, so it is
// tested in node.
import type { ParseResult } from '../core/parse/types';
import type { CellGrid, Lang } from '../core/types';
import type { ReadSource } from '../hosts/types';
import { t } from '../i18n';
import { deaChoiceError, deaChoiceFor, runMethod } from './deaChoices';
import { openQuestion } from './questions';
import type { PaneRunRequest } from './runner';
import type { PaneSettings } from './settings';
import type { PaneState } from './state';
import { columnRows, groupSpecOf } from './viewModel';

export type StepId = 'data' | 'comparison' | 'run' | 'results';
export const STEP_IDS: readonly StepId[] = ['data', 'comparison', 'run', 'results'];

/** What the next run reads: the figures read in step 1, else what the last run read. */
export function runSource(state: Pick<PaneState, 'read' | 'settings'>): ReadSource | undefined {
  return state.read?.source ?? state.settings.source;
}

/** Why the data step cannot be left yet, in words; undefined when it can. */
export function dataBlocker(state: PaneState): string | undefined {
  const { lang, read, parse } = state;
  if (!read || !parse) return t('pane.block.noData', lang);
  if (state.issue) return t('pane.block.selection', lang);
  if (!parse.canRun) return t('pane.block.cannotRun', lang);
  const question = openQuestion(state.questions, columnRows(parse), state.settings.mapping);
  if (question) return t('pane.block.question', lang, { column: question.row.header || question.row.letter });
  return undefined;
}

/** Why the comparison step cannot be left yet, in words; undefined when it can. */
export function comparisonBlocker(state: PaneState, knownCodes: ReadonlySet<string>): string | undefined {
  const { lang, settings, parse } = state;
  const group = groupSpecOf(settings.group, knownCodes, lang);
  if (group.error) return group.error;
  if (parse?.shape === 'municipality' && settings.area === '' && !parse.columns.some((c) => c.role === 'area')) {
    return t('pane.block.area', lang);
  }
  return deaChoiceError(parse, settings, lang);
}

/** The blocker of a step; the run step is blocked only while a run goes on. */
export function blockerOf(step: StepId, state: PaneState, knownCodes: ReadonlySet<string>): string | undefined {
  if (step === 'data') return dataBlocker(state);
  if (step === 'comparison') return comparisonBlocker(state, knownCodes);
  if (step === 'run') return state.run.status === 'running' ? t('pane.block.running', state.lang) : undefined;
  return undefined;
}

/** Steps the indicator lets the user jump to: every step whose earlier steps are done, and results once there are any. */
export function reachableSteps(state: PaneState, knownCodes: ReadonlySet<string>): Set<StepId> {
  const reachable = new Set<StepId>(['data']);
  if (dataBlocker(state) === undefined) {
    reachable.add('comparison');
    if (comparisonBlocker(state, knownCodes) === undefined) reachable.add('run');
  }
  if (state.result) reachable.add('results');
  return reachable;
}

/** The run the current choices ask for, or the reason there is none (no figures, a bad group …). */
export function runRequestOf(
  settings: PaneSettings,
  state: Pick<PaneState, 'read' | 'parse' | 'lang'>,
  knownCodes: ReadonlySet<string>,
): { request?: PaneRunRequest; error?: string } {
  const source = state.read?.source ?? settings.source;
  if (!source) return { error: t('pane.block.noData', state.lang) };
  const group = groupSpecOf(settings.group, knownCodes, state.lang);
  if (!group.spec) return { error: group.error };
  const parse = state.parse;
  return {
    request: {
      source,
      mapping: settings.mapping,
      area: settings.area || undefined,
      year: settings.year || undefined,
      referenceSource: settings.referenceSource,
      baseUrl: settings.baseUrl,
      deadlineSeconds: settings.deadlineSeconds,
      group: group.spec,
      standard: settings.standard,
      lang: state.lang,
      method: runMethod(settings, parse),
      dea: deaChoiceFor(parse, settings, state.lang),
      ...(settings.measure !== 'perInhabitant' ? { measure: settings.measure } : {}),
      ...(settings.includeAnomalies ? { includeAnomalies: true } : {}),
    },
  };
}

/**
 * Everything a result depends on, as one comparable text: the choices (resolved against the
 * figures, so the DEA's default variables and an explicit tick of the same ones compare equal),
 * the language the sheets are written in, and a digest of the cells read.
 */
export function runKey(settings: PaneSettings, source: ReadSource | undefined, parse: ParseResult | undefined, lang: Lang, grid: CellGrid | undefined): string {
  const method = runMethod(settings, parse);
  const live = settings.referenceSource === 'live';
  const group = settings.group;
  return JSON.stringify({
    source,
    mapping: Object.entries(settings.mapping).sort(([a], [b]) => a.localeCompare(b)),
    area: settings.area,
    reference: live ? { live, year: settings.year, baseUrl: settings.baseUrl } : { live },
    group: { kind: group.kind, ...(group.kind === 'similar' ? { k: group.k } : {}), ...(group.kind === 'list' ? { codes: group.codes.trim() } : {}) },
    standard: settings.standard,
    measure: settings.measure,
    includeAnomalies: settings.includeAnomalies,
    lang,
    method,
    dea: method === 'keyfigures' ? undefined : deaChoiceFor(parse, settings, lang),
    cells: grid ? digest(grid) : undefined,
  });
}

/** The key of what is on screen now: the current choices against the figures read (or the last run's). */
export function currentKey(state: PaneState): string {
  const grid = state.read?.grid ?? state.result?.grid;
  return runKey(state.settings, runSource(state), state.parse, state.lang, grid);
}

/** The results no longer match the choices or the figures: shown as "ændret – kør igen", never as current. */
export function isStale(state: PaneState): boolean {
  return state.result !== undefined && state.resultKey !== undefined && state.resultKey !== currentKey(state);
}

/** FNV-1a over the grid's sheet, position and values: equal cells give equal digests. */
export function digest(grid: CellGrid): string {
  const text = JSON.stringify([grid.sheet, grid.topLeft, grid.values, grid.hiddenRows ?? []]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}
