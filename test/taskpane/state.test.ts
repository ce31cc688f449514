import type { CellGrid } from '../../src/core/types';
import type { PaneRunResult } from '../../src/taskpane/runner';
import { defaultSettings } from '../../src/taskpane/settings';
import { canStartRun, initialState, paneReducer, progressOf, type PaneAction, type PaneState } from '../../src/taskpane/state';
import { columnRows } from '../../src/taskpane/viewModel';

const grid: CellGrid = {
  sheet: 'Budget',
  topLeft: 'A1',
  values: [
    ['Kommunekode', 'Serviceområde', 'Nettoudgift (kr.)', 'Indbyggere'],
    ['791', 'Folkeskole', 742310000, 98140],
  ],
};

const reduce = (state: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, state);

describe('pane reducer', () => {
  const start = initialState('da', defaultSettings());

  it('parses what was read and can run it', () => {
    const state = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Budget', range: 'A1:D2' }, grid });
    expect(state.parse?.units).toHaveLength(1);
    expect(state.parse?.units[0].activity).toBe(98140);
    expect(canStartRun(state)).toBe(true);
  });

  it('a role change updates the mapping and re-parses', () => {
    const read = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Budget' }, grid });
    const rows = columnRows(read.parse!);
    const state = reduce(read, { type: 'roleChanged', row: rows[3], role: 'ignore' });
    expect(state.settings.mapping).toEqual({ Indbyggere: 'ignore' });
    expect(state.parse?.units[0].activity).toBeUndefined();
    expect(columnRows(state.parse!)[3].role).toBe('ignore');
  });

  it('keeps a remembered year when live lists it, else takes the newest', () => {
    const kept = reduce(initialState('da', defaultSettings({ year: '2022' })), { type: 'yearsLoading' }, { type: 'yearsLoaded', years: ['2021', '2022', '2023'] });
    expect(kept.settings.year).toBe('2022');
    const newest = reduce(initialState('da', defaultSettings({ year: '2019' })), { type: 'yearsLoaded', years: ['2021', '2023'] });
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

  it('tracks a run through its stages and remembers what it read', () => {
    const result = { written: true, source: { kind: 'range', sheet: 'Budget', range: 'A1:D2' } } as PaneRunResult;
    let state = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Budget' }, grid }, { type: 'runStarted' }, { type: 'stage', stage: 'fetching' });
    expect(state.run).toEqual({ status: 'running', stage: 'fetching' });
    expect(canStartRun(state)).toBe(false);
    expect(progressOf('fetching')).toBeCloseTo(0.375);
    state = reduce(state, { type: 'runFinished', result });
    expect(state.run.status).toBe('done');
    expect(state.remembered?.source).toEqual(result.source);
    // A late stage report after the run ended changes nothing.
    expect(reduce(state, { type: 'stage', stage: 'writing' })).toBe(state);
  });

  it('fills the computing stage with DEA progress and clears it on the next stage', () => {
    let state = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Budget' }, grid }, { type: 'runStarted' }, { type: 'stage', stage: 'computing' });
    const progress = { run: 2, runs: 3, done: 5, total: 10 };
    state = reduce(state, { type: 'deaProgress', progress });
    expect(state.run).toEqual({ status: 'running', stage: 'computing', dea: progress });
    // Computing is the third of four stages: its second half is the solve, (1 + 0.5) of 3 runs done.
    expect(progressOf('computing')).toBeCloseTo(0.625);
    expect(progressOf('computing', progress)).toBeCloseTo((2 + 0.5 + 0.5 * (1.5 / 3)) / 4);
    expect(progressOf('computing', { run: 3, runs: 3, done: 10, total: 10 })).toBeCloseTo(0.75);
    expect(reduce(state, { type: 'stage', stage: 'writing' }).run).toEqual({ status: 'running', stage: 'writing' });
    const done = reduce(state, { type: 'runCancelled' });
    expect(reduce(done, { type: 'deaProgress', progress })).toBe(done);
  });

  it('cannot start a DEA run without an output', () => {
    const schools: CellGrid = {
      sheet: 'Skoler',
      topLeft: 'A1',
      values: [['Inst.nr.', 'Skole', 'Nettoudgift (kr.)', 'Elever'], ['1', 'A', 1000, 10], ['2', 'B', 2000, 30], ['3', 'C', 1500, 12]],
    };
    const read = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Skoler' }, grid: schools });
    expect(canStartRun(reduce(read, { type: 'choiceChanged', patch: { method: 'both' } }))).toBe(true);
    const noOutput = reduce(read, { type: 'choiceChanged', patch: { method: 'both', deaInputs: ['cost', 'activity'] } });
    expect(canStartRun(noOutput)).toBe(false);
    expect(canStartRun(reduce(noOutput, { type: 'choiceChanged', patch: { method: 'keyfigures' } }))).toBe(true);
  });
});
