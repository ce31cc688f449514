import type { CellGrid } from '../../src/core/types';
import { isStale } from '../../src/taskpane/flow';
import type { PaneRunResult } from '../../src/taskpane/runner';
import { defaultSettings } from '../../src/taskpane/settings';
import { previewer } from '../../src/taskpane/preview';
import { initialState, paneReducer, progressOf, type PaneAction, type PaneState } from '../../src/taskpane/state';
import { columnRows } from '../../src/taskpane/viewModel';

const grid: CellGrid = {
  sheet: 'Budget',
  topLeft: 'A1',
  values: [
    ['Kommunekode', 'Serviceområde', 'Nettoudgift (kr.)', 'Indbyggere'],
    ['791', 'Folkeskole', 742310000, 98140],
  ],
};
const source = { kind: 'range', sheet: 'Budget', range: 'A1:D2' } as const;

const reduce = (state: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, state);

function resultOf(over: Partial<PaneRunResult> = {}): PaneRunResult {
  return {
    written: true, source, grid, level: 'municipality', sheets: [{ name: 'Overblik', role: 'overview' }], top: [], problems: [],
    reference: { origin: 'snapshot', asOf: '2026-11-23T00:00:00Z', fellBack: false }, potentials: {}, ...over,
  };
}

describe('pane reducer', () => {
  const start = initialState('da', defaultSettings(), undefined, previewer);

  it('parses what was read and asks about the inhabitants column instead of guessing', () => {
    const state = reduce(start, { type: 'gridRead', source, grid });
    expect(state.parse?.units).toHaveLength(1);
    expect(state.parse?.units[0].activity).toBe(98140);
    expect(state.issue).toBeUndefined();
    expect(state.questions.map((q) => q.row.header)).toEqual(['Indbyggere']);
  });

  it('a role change updates the mapping and re-parses', () => {
    const read = reduce(start, { type: 'gridRead', source, grid });
    const rows = columnRows(read.parse!);
    const state = reduce(read, { type: 'roleChanged', row: rows[3], role: 'ignore' });
    expect(state.settings.mapping).toEqual({ Indbyggere: 'ignore' });
    expect(state.parse?.units[0].activity).toBeUndefined();
    expect(columnRows(state.parse!)[3].role).toBe('ignore');
  });

  it('marks a bad selection and asks nothing about it', () => {
    const state = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Budget', range: 'A1:D1' }, grid: { ...grid, values: [grid.values[0]] } });
    expect(state.issue).toBe('headerOnly');
    expect(state.questions).toEqual([]);
  });

  it('keeps a remembered year when live lists it, else takes the newest', () => {
    const kept = reduce(initialState('da', defaultSettings({ year: '2022' }), undefined, previewer), { type: 'yearsLoading' }, { type: 'yearsLoaded', years: ['2021', '2022', '2023'] });
    expect(kept.settings.year).toBe('2022');
    const newest = reduce(initialState('da', defaultSettings({ year: '2019' }), undefined, previewer), { type: 'yearsLoaded', years: ['2021', '2023'] });
    expect(newest.settings.year).toBe('2023');
    const failed = reduce(newest, { type: 'yearsFailed', message: 'offline' });
    expect(failed.years).toEqual({ status: 'failed', list: [], error: 'offline' });
    // The year stays, so a run can still use the cached live figures of that year.
    expect(failed.settings.year).toBe('2023');
  });

  it('asks for the years again when the StatBank address changes', () => {
    const loaded = reduce(start, { type: 'yearsLoaded', years: ['2023'] });
    expect(reduce(loaded, { type: 'choiceChanged', patch: { standard: 'best' } }).years.status).toBe('loaded');
    expect(reduce(loaded, { type: 'choiceChanged', patch: { baseUrl: 'http://127.0.0.1:9/v1' } }).years.status).toBe('idle');
  });

  it('goes back and forth between steps keeping every choice', () => {
    let state = reduce(start, { type: 'gridRead', source, grid }, { type: 'goTo', step: 'comparison' }, { type: 'choiceChanged', patch: { standard: 'quartile' } });
    state = reduce(state, { type: 'goTo', step: 'data' }, { type: 'goTo', step: 'comparison' });
    expect(state.step).toBe('comparison');
    expect(state.settings.standard).toBe('quartile');
    expect(state.read?.grid).toBe(grid);
  });

  it('tracks a run through its stages, shows the results and remembers what it read', () => {
    const settings = defaultSettings({ referenceSource: 'snapshot' });
    let state = reduce(initialState('da', settings, undefined, previewer), { type: 'gridRead', source, grid }, { type: 'runStarted', settings }, { type: 'stage', stage: 'computing' });
    expect(state.step).toBe('run');
    expect(state.run).toEqual({ status: 'running', stages: ['reading', 'computing', 'writing'], stage: 'computing' });
    state = reduce(state, { type: 'runFinished', result: resultOf(), settings });
    expect(state.run.status).toBe('done');
    expect(state.step).toBe('results');
    expect(state.remembered?.source).toEqual(source);
    expect(isStale(state)).toBe(false);
    // A late stage report after the run ended changes nothing.
    expect(reduce(state, { type: 'stage', stage: 'writing' })).toBe(state);
  });

  it('marks the results as changed the moment a choice, the figures or the language change', () => {
    const settings = defaultSettings({ referenceSource: 'snapshot' });
    const done = reduce(initialState('da', settings, undefined, previewer), { type: 'gridRead', source, grid }, { type: 'runStarted', settings }, { type: 'runFinished', result: resultOf(), settings });
    expect(isStale(reduce(done, { type: 'choiceChanged', patch: { standard: 'best' } }))).toBe(true);
    expect(isStale(reduce(done, { type: 'choiceChanged', patch: { standard: 'best' } }, { type: 'choiceChanged', patch: { standard: 'median' } }))).toBe(false);
    const rows = columnRows(done.parse!);
    expect(isStale(reduce(done, { type: 'roleChanged', row: rows[3], role: 'ignore' }))).toBe(true);
    const edited: CellGrid = { ...grid, values: [grid.values[0], ['791', 'Folkeskole', 700000000, 98140]] };
    expect(isStale(reduce(done, { type: 'gridRead', source, grid: edited }))).toBe(true);
    expect(isStale(reduce(done, { type: 'gridRead', source, grid }))).toBe(false);
    expect(isStale(reduce(done, { type: 'langChanged', lang: 'en' }))).toBe(true);
    // Choices that do not touch a snapshot run (the live year and address) change nothing.
    expect(isStale(reduce(done, { type: 'choiceChanged', patch: { year: '2023', baseUrl: 'http://127.0.0.1:9/v1' } }))).toBe(false);
  });

  it('a choice changed while a run went on leaves its result marked as changed', () => {
    const settings = defaultSettings({ referenceSource: 'snapshot' });
    const running = reduce(initialState('da', settings, undefined, previewer), { type: 'gridRead', source, grid }, { type: 'runStarted', settings });
    const done = reduce(running, { type: 'choiceChanged', patch: { standard: 'best' } }, { type: 'runFinished', result: resultOf(), settings });
    expect(done.settings.standard).toBe('best');
    expect(isStale(done)).toBe(true);
  });

  it('fills the progress bar by stage, with the DEA solve as the second half of computing', () => {
    const live = ['reading', 'fetching', 'computing', 'writing'] as const;
    expect(progressOf('fetching', undefined, live)).toBeCloseTo(0.375);
    expect(progressOf('computing', undefined, live)).toBeCloseTo(0.625);
    const progress = { run: 2, runs: 3, done: 5, total: 10 };
    expect(progressOf('computing', progress, live)).toBeCloseTo((2 + 0.5 + 0.5 * (1.5 / 3)) / 4);
    expect(progressOf('computing', { run: 3, runs: 3, done: 10, total: 10 }, live)).toBeCloseTo(0.75);
    // A snapshot run has no fetching stage: computing is the second of three.
    expect(progressOf('computing', undefined, ['reading', 'computing', 'writing'])).toBeCloseTo(0.5);
  });

  it('a language switch re-parses in the new language', () => {
    const bad: CellGrid = { ...grid, values: [grid.values[0], ['791', 'Folkeskole', 'mange', 98140]] };
    const read = reduce(start, { type: 'gridRead', source, grid: bad });
    const english = reduce(read, { type: 'langChanged', lang: 'en' });
    expect(read.parse?.problems.some((p) => /Cellen/.test(p.message))).toBe(true);
    expect(english.parse?.problems.some((p) => /^Cell /.test(p.message))).toBe(true);
  });
});

describe('before the previewer has loaded', () => {
  it('keeps what was read and parses it as soon as the previewer arrives', () => {
    const early = paneReducer(initialState('da', defaultSettings()), { type: 'gridRead', source, grid });
    expect(early.read?.grid).toBe(grid);
    expect(early.parse).toBeUndefined();
    const ready = paneReducer(early, { type: 'previewReady', preview: previewer });
    expect(ready.parse?.units).toHaveLength(1);
    expect(ready.questions).toHaveLength(1);
  });
});
