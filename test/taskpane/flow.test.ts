// The guided flow: what stops each step, in words, and which steps the indicator lets one reach.
import type { CellGrid } from '../../src/core/types';
import { blockerOf, reachableSteps, runKey, runRequestOf, digest } from '../../src/taskpane/flow';
import { defaultSettings } from '../../src/taskpane/settings';
import { previewer } from '../../src/taskpane/preview';
import { initialState, paneReducer, type PaneAction, type PaneState } from '../../src/taskpane/state';
import { columnRows } from '../../src/taskpane/viewModel';

const known = new Set(['101', '751', '791', '851']);
const budget: CellGrid = {
  sheet: 'Budget',
  topLeft: 'A1',
  values: [['Kommunekode', 'Serviceområde', 'Nettoudgift (kr.)', 'Indbyggere'], ['791', 'Folkeskole', 742310000, 98140]],
};
const source = { kind: 'range', sheet: 'Budget', range: 'A1:D2' } as const;
const reduce = (state: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, state);
const start = initialState('da', defaultSettings({ referenceSource: 'snapshot' }), undefined, previewer);

describe('flow', () => {
  it('the data step waits for figures, then for the answer to its question', () => {
    expect(blockerOf('data', start, known)).toBe('Markér dine tal i arket, eller vælg en tabel.');
    const read = reduce(start, { type: 'gridRead', source, grid: budget });
    expect(blockerOf('data', read, known)).toBe('Svar på spørgsmålet om kolonnen "Indbyggere".');
    expect([...reachableSteps(read, known)]).toEqual(['data']);
    const answered = reduce(read, { type: 'roleChanged', row: columnRows(read.parse!)[3], role: 'activity' });
    expect(blockerOf('data', answered, known)).toBeUndefined();
    expect([...reachableSteps(answered, known)]).toEqual(['data', 'comparison', 'run']);
  });

  it('a bad selection and an unrunnable table each stop the data step', () => {
    const single = reduce(start, { type: 'gridRead', source: { kind: 'range', sheet: 'Budget', range: 'B2' }, grid: { ...budget, topLeft: 'B2', values: [['Folkeskole']] } });
    expect(blockerOf('data', single, known)).toBe('Markeringen er ikke en tabel med tal.');
    const noCost = reduce(start, { type: 'gridRead', source, grid: { ...budget, values: [['Kommunekode', 'Serviceområde'], ['791', 'Folkeskole']] } });
    expect(blockerOf('data', noCost, known)).toBe('Ret fejlene ovenfor, før du går videre.');
  });

  it('the comparison step needs a valid group, and an area when the figures have none', () => {
    const answered = reduce(start, { type: 'gridRead', source, grid: { ...budget, values: budget.values.map((row) => row.slice(0, 3)) } });
    expect(blockerOf('comparison', answered, known)).toBeUndefined();
    const list = reduce(answered, { type: 'choiceChanged', patch: { group: { kind: 'list', k: 10, codes: '101, 999' } } });
    expect(blockerOf('comparison', list, known)).toBe('Ukendte koder: 999');
    const noArea: CellGrid = { ...budget, values: [['Kommunekode', 'Nettoudgift (kr.)'], ['791', 742310000]] };
    const areaLess = reduce(start, { type: 'gridRead', source, grid: noArea });
    expect(blockerOf('comparison', areaLess, known)).toBe('Vælg et serviceområde – tallene har ingen kolonne med serviceområde.');
    expect(blockerOf('comparison', reduce(areaLess, { type: 'choiceChanged', patch: { area: 'folkeskole' } }), known)).toBeUndefined();
  });

  it('builds the run from the choices and says why there is none', () => {
    expect(runRequestOf(start.settings, start, known).error).toBe('Markér dine tal i arket, eller vælg en tabel.');
    const read = reduce(start, { type: 'gridRead', source, grid: budget }, { type: 'choiceChanged', patch: { standard: 'quartile', group: { kind: 'similar', k: 12, codes: '' } } });
    expect(runRequestOf(read.settings, read, known).request).toMatchObject({
      source, standard: 'quartile', group: { kind: 'similar', k: 12 }, referenceSource: 'snapshot', method: 'keyfigures', lang: 'da',
    });
    expect(runRequestOf(read.settings, read, known).request).not.toHaveProperty('includeAnomalies');
    const asked = reduce(read, { type: 'choiceChanged', patch: { includeAnomalies: true, measure: 'perAgeBand' } });
    expect(runRequestOf(asked.settings, asked, known).request).toMatchObject({ includeAnomalies: true, measure: 'perAgeBand' });
  });

  it('keys a run by everything its result depends on', () => {
    const read = reduce(start, { type: 'gridRead', source, grid: budget });
    const key = (patch: Partial<PaneState['settings']>, grid = budget) => runKey({ ...read.settings, ...patch }, source, read.parse, 'da', grid);
    expect(key({})).toBe(key({}));
    expect(key({ standard: 'best' })).not.toBe(key({}));
    expect(key({ includeAnomalies: true })).not.toBe(key({}));
    expect(key({ measure: 'perAgeBand' })).not.toBe(key({}));
    expect(key({ group: { kind: 'all', k: 20, codes: '101' } })).toBe(key({}));
    expect(key({ group: { kind: 'similar', k: 20, codes: '' } })).not.toBe(key({ group: { kind: 'similar', k: 10, codes: '' } }));
    expect(key({}, { ...budget, values: [budget.values[0], ['791', 'Folkeskole', 1, 98140]] })).not.toBe(key({}));
    expect(digest(budget)).toBe(digest({ ...budget, values: budget.values.map((row) => [...row]) }));
  });
});
