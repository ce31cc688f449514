// The benchmark sheet of a real snapshot run: the trend block and its native line chart, flagged
// figures marked and listed, the best standards linked to the group without them, the measure
// under the title and the prediction interval, every formula recomputing to its cached value.
import { reportFor } from '../../src/pipeline/run';
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { loadSnapshot } from '../../src/reference/snapshot';
import type { CellGrid } from '../../src/core/types';
import { cellAt, checkAll, parseRef, sheetByName, sheetText } from './checks';

const grid: CellGrid = {
  sheet: 'Budget', topLeft: 'A1',
  values: [
    ['Kommunekode', 'Serviceområde', 'Nettoudgift', 'Indbyggere'],
    ['791', 'Daginstitutioner', 305_960_000, 98_140],
    ['791', 'Ældre', 900_000_000, 98_140],
  ],
};

function run(standard: 'best' | 'expected' = 'best', includeAnomalies = false) {
  const request = {
    source: { kind: 'range' as const, sheet: 'Budget' }, reference: loadSnapshot(), group: { kind: 'all' as const }, standard, includeAnomalies,
    now: new Date(Date.UTC(2025, 0, 15)), runId: 'test',
  };
  const outcome = benchmarkGrid(grid, request);
  return { outcome, model: reportFor(outcome, grid, request) };
}

describe('benchmark sheet with nine years of reference data', () => {
  const { outcome, model } = run();
  const sheet = sheetByName(model, 'Benchmark – Daginstitutioner');
  const text = sheetText(sheet);

  it('passes every workbook invariant: tables, charts, values, and every formula recomputes', () => {
    checkAll(model);
  });

  it('prints the measure under the title', () => {
    expect(cellAt(sheet, 'A5')?.value).toBe(
      'Mål: Nøgletal: nettoudgifter på 5.25.14 (REGK31, ART I alt netto) divideret med indbyggere (Danmarks Statistiks eget folketal bag REGK31 pr. indbygger, PRISENHED INDL; vægte i gennemsnit: folketal 2024M04), regnskabsår 2024, løbende priser.',
    );
    const elderly = sheetByName(model, 'Benchmark – Ældre');
    expect(String(cellAt(elderly, 'A5')?.value)).toContain('Bemærk: Det indbyggede snapshot har ikke alle funktioner i Ældre (5.30.xx); nøgletallet omfatter kun 5.30.26–5.30.28.');
  });

  it('draws the own figure, the group median and the national figure as a native line chart over text years', () => {
    const trend = sheet.charts.find((c) => c.kind === 'line');
    expect(trend?.series.map((s) => s.name)).toEqual(['Egen', 'Gruppens median', 'Hele landet']);
    const years = parseRef(trend?.series[0].categories ?? '').cells.map((a) => cellAt(sheet, a)?.value);
    expect(years).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(text).toContain('Udvikling 2016–2024: Viborg (løbende priser)');
    expect(text).toContain('løbende priser');
  });

  it('leaves the elderly series break empty, never 0, and says why', () => {
    const elderly = sheetByName(model, 'Benchmark – Ældre');
    const trend = elderly.charts.find((c) => c.kind === 'line');
    const own = parseRef(trend?.series[0].values ?? '').cells.map((a) => cellAt(elderly, a)?.value);
    const national = parseRef(trend?.series[2].values ?? '').cells.map((a) => cellAt(elderly, a)?.value);
    expect(own.slice(0, 2)).toEqual([null, null]);
    expect(national.slice(0, 2)).toEqual([null, null]);
    expect(typeof own[2]).toBe('number');
    expect(sheetText(elderly)).toContain('Ikke indberettet (brud i serien)');
  });

  it('marks Samsø in the group, lists it, and takes the best standard from the group without it', () => {
    expect(text).toContain('Sandsynligvis konteret anderledes: 0 kr. eller derunder');
    expect(text).toContain('Markerede tal – sandsynligvis konteret anderledes (2024)');
    const unit = outcome.results.find((r) => r.area.id === 'daginstitutioner')?.units[0];
    const best = unit?.standards.find((s) => s.kind === 'best')?.value;
    expect(best).toBeGreaterThan(1000);
    // The own row's standard links to the "Bedste uden markerede" statistic, which is MIN over the clean column.
    const standardCell = sheet.cells.find((c) => c.address.startsWith('N') && c.formula && c.value === best);
    const statRow = sheet.cells.find((c) => c.value === 'Bedste uden markerede');
    expect(standardCell?.formula).toBe(`$C$${statRow?.address.slice(1)}`);
    expect(cellAt(sheet, `C${statRow?.address.slice(1)}`)?.formula).toMatch(/^MIN\(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+\)$/);
  });

  it('shows actual against expected with the 95 % interval and a live verdict', () => {
    const { model: expected } = run('expected');
    checkAll(expected);
    const page = sheetText(sheetByName(expected, 'Benchmark – Daginstitutioner'));
    expect(page).toContain('Forventet niveau ud fra rammevilkår');
    expect(page).toContain('t-værdi for 95 % (T.INV.2T)');
    const verdict = sheetByName(expected, 'Benchmark – Daginstitutioner').cells.find((c) => c.formula?.startsWith('IF(') && c.formula.includes('Signifikant over'));
    expect(['Signifikant over', 'Signifikant under', 'Inden for intervallet']).toContain(verdict?.value);
  });

  it('keeps the flagged figure in every standard when the user asks', () => {
    const { model: included } = run('best', true);
    checkAll(included);
    expect(sheetText(sheetByName(included, 'Benchmark – Daginstitutioner'))).toContain('Du har valgt at medtage markerede tal i alle standarder.');
  });
});
