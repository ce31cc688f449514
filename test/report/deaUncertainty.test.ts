// The bootstrap and the further DEA models in the sheet: interval columns beside the score, an
// error-bar chart sorted by score whose ranges point at live cells, "forskellen er/er ikke sikker"
// in the learning-partner block, super-efficiency as the model ("ikke defineret"), FDH and the
// slack phase off.
import { join } from 'node:path';
import type { CellGrid } from '../../src/core/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { benchmarkGrid, type BenchmarkOutcome } from '../../src/pipeline/benchmarkGrid';
import { reportFor, type RunRequest } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';
import { scoreInterval } from '../../src/report/deaTypes';
import type { ReportModel, SheetModel } from '../../src/report/model';
import { cellAt, checkFormulas, checkTables, parseRef, sheetText } from './checks';
import { Evaluator } from './evaluate';

let cells: CellGrid;
beforeAll(async () => {
  const workbook = await XlsxWorkbook.open(join(__dirname, '..', '..', 'examples', 'skoler.xlsx'));
  cells = await workbook.read({ kind: 'table', name: 'Skoler' });
});

function build(dea: RunRequest['dea']): { outcome: BenchmarkOutcome; report: ReportModel; sheet: SheetModel } {
  const request: RunRequest = {
    source: { kind: 'table', name: 'Skoler' }, reference: loadSnapshot(), group: { kind: 'all' }, standard: 'quartile',
    area: 'folkeskole', method: 'both', lang: 'da', now: new Date('2026-01-15T10:00:00Z'), runId: 'run-test', dea,
  };
  const outcome = benchmarkGrid(cells, request);
  const report = reportFor(outcome, cells, request);
  const sheet = report.sheets.find((s) => s.role === 'dea');
  if (!sheet) throw new Error('no DEA sheet');
  return { outcome, report, sheet };
}

describe('DEA sheet with a bootstrap', () => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build({ bootstrap: 300, seed: 11 });
  });

  it('puts the bias-corrected score and the 95 % interval beside the score, and whether the gap is sure', () => {
    const { sheet, outcome } = built;
    expect(sheet.tables[0].columns).toEqual([
      'Enhed', 'DEA-score', 'Bias-korrigeret score', '95 %-interval fra', '95 %-interval til', 'Lys', 'Nettoudgift (kr.)',
      'Potentiale (kr.)', 'Vigtigste læringspartner (andel)', 'Forskel til læringspartner',
    ]);
    const firstRow = Number(/\d+/.exec(sheet.tables[0].range.split(':')[0])![0]) + 1;
    for (let row = firstRow; row < firstRow + 24; row++) {
      const unit = outcome.dea!.units.find((u) => u.name === cellAt(sheet, `A${row}`)?.value)!;
      const interval = scoreInterval(unit.interval!, 'in');
      expect(cellAt(sheet, `C${row}`)?.value).toBe(interval.biasCorrected);
      expect(cellAt(sheet, `D${row}`)?.value).toBe(interval.low);
      expect(cellAt(sheet, `E${row}`)?.value).toBe(interval.high);
      expect(interval.low).toBeLessThan(interval.high);
      const sure = cellAt(sheet, `J${row}`)?.value;
      if (unit.light === 'green') expect(sure).toBeNull();
      else expect(sure).toBe(unit.surePartner ? 'sikker' : 'ikke sikker');
    }
    expect(outcome.dea!.settings.bootstrap).toMatchObject({ replicates: 300, seed: 11, alpha: 0.05 });
    expect(sheetText(sheet)).toContain('95 %-intervaller fra 300 bootstrap-gentagelser (Simar & Wilson 1998)');
  });

  it('draws an error-bar chart sorted by score whose bars, whiskers and line are live links to the table', () => {
    const { sheet, report, outcome } = built;
    const chart = sheet.charts.find((c) => c.kind === 'column')!;
    expect(chart.title).toBe('DEA-score med 95 %-interval (sorteret efter score)');
    expect(chart).toMatchObject({ valueAxisMin: 0, valueAxisMax: 1, valueFormat: '0%' });
    const [bars, line] = chart.series;
    expect(line.asLine).toBe(true);
    const evaluator = new Evaluator(report);
    const at = (ref: string) => parseRef(ref).cells.map((a) => evaluator.cell(sheet.name, a));
    const names = at(bars.categories!) as string[];
    const scores = at(line.values) as number[];
    expect(names).toHaveLength(24);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const corrected = at(bars.values) as number[];
    const up = at(bars.errorBars!.plus) as number[];
    const down = at(bars.errorBars!.minus) as number[];
    names.forEach((name, i) => {
      const interval = scoreInterval(outcome.dea!.units.find((u) => u.name === name)!.interval!, 'in');
      expect(corrected[i]).toBeCloseTo(interval.biasCorrected, 12);
      expect(corrected[i] + up[i]).toBeCloseTo(Math.max(interval.high, interval.biasCorrected), 12);
      expect(corrected[i] - down[i]).toBeCloseTo(Math.min(interval.low, interval.biasCorrected), 12);
      expect(up[i]).toBeGreaterThanOrEqual(0);
      expect(down[i]).toBeGreaterThanOrEqual(0);
    });
    const dataCell = parseRef(bars.errorBars!.plus).cells[0];
    expect(cellAt(sheet, dataCell)?.formula).toMatch(/^MAX\(0,E\d+-C\d+\)$/);
    checkTables(report);
    checkFormulas(report);
  });

  it('says in the learning-partner block whether the difference is sure, with both intervals', () => {
    const { sheet, outcome } = built;
    const text = sheetText(sheet);
    const below = outcome.dea!.units.filter((u) => u.light !== 'green' && u.status === 'ok');
    const sure = below.filter((u) => u.surePartner);
    const notSure = below.filter((u) => u.surePartner === false);
    expect(sure.length + notSure.length).toBe(below.length);
    for (const unit of sure) expect(text).toContain(`Forskellen til ${unit.peers[0].name} er sikker: ${unit.name}s 95 %-interval`);
    for (const unit of notSure) expect(text).toContain(`Forskellen til ${unit.peers[0].name} er ikke sikker: ${unit.name}s 95 %-interval`);
    expect(text).toMatch(/\(\d+,\d %–\d+,\d %\) ligger helt under|overlapper/);
  });
});

describe('DEA sheet with other models', () => {
  it('super-efficiency as the model: scores above 100 %, and "ikke defineret" for a unit no other reaches', () => {
    const { sheet, outcome, report } = build({ superEfficiency: true, bootstrap: 500 });
    const dea = outcome.dea!;
    expect(dea.settings).toMatchObject({ superEfficiency: 'model', bootstrap: null });
    expect(outcome.problems.some((p) => p.code === 'pipeline.dea.bootstrapUnavailable')).toBe(true);
    expect(dea.units.some((u) => (u.score ?? 0) > 1)).toBe(true);
    const undefinedUnits = dea.units.filter((u) => u.superStatus === 'undefined');
    expect(undefinedUnits.length).toBeGreaterThan(0);
    for (const unit of undefinedUnits) {
      expect(unit).toMatchObject({ status: 'ok', score: null, rank: 1, light: 'green' });
      const row = sheet.cells.find((c) => c.address.startsWith('A') && c.value === unit.name)!.address.slice(1);
      expect(cellAt(sheet, `B${row}`)?.value).toBe('ikke defineret');
    }
    expect(cellAt(sheet, 'A3')?.value).toContain('DEA, variabelt skalaafkast (VRS), supereffektivitet, inputorienteret');
    expect(sheetText(sheet)).toContain('Supereffektivitet (Andersen & Petersen)');
    checkFormulas(report);
  });

  it('FDH with the slack phase off: one actual unit as partner, no remaining saving', () => {
    const { sheet, outcome, report } = build({ rts: 'fdh', slack: false, bootstrap: 0 });
    expect(outcome.dea!.settings).toMatchObject({ rts: 'fdh', slack: false });
    for (const unit of outcome.dea!.units) if (unit.status === 'ok') expect(unit.peers.length).toBeLessThanOrEqual(1);
    expect(sheet.tables[1].columns).not.toContain('Potentiale inkl. restbesparelse (kr.)');
    expect(sheetText(sheet)).toContain('FDH (free disposal hull)');
    expect(sheetText(sheet)).toContain('Restbesparelsen er ikke beregnet');
    checkFormulas(report);
  });
});
