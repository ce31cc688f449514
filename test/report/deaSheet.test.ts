// The "DEA – <område>" sheet as a value: formulas that recompute to the engine's numbers, a table
// whose headers match, a scatter whose series point at cells, and the DEA sums on Overblik.
import { join } from 'node:path';
import type { CellGrid } from '../../src/core/types';
import type { Lang } from '../../src/core/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx';
import { benchmarkGrid, type BenchmarkOutcome } from '../../src/pipeline/benchmarkGrid';
import { reportFor, type RunRequest } from '../../src/pipeline/run';
import { loadSnapshot } from '../../src/reference';
import { deaReportStrings } from '../../src/i18n/tables/deaReport';
import { hasString } from '../../src/i18n';
import type { ReportModel, SheetModel } from '../../src/report/model';
import { cellAt, checkFormulas, checkSheetNames, checkTables, checkValues, parseRef, sheetByName, sheetText } from './checks';
import { Evaluator } from './evaluate';

let cells: CellGrid;
beforeAll(async () => {
  const workbook = await XlsxWorkbook.open(join(__dirname, '..', '..', 'examples', 'skoler.xlsx'));
  cells = await workbook.read({ kind: 'table', name: 'Skoler' });
});

function build(lang: Lang = 'da', extra: Partial<RunRequest> = {}): { outcome: BenchmarkOutcome; report: ReportModel } {
  const request: RunRequest = {
    source: { kind: 'table', name: 'Skoler' }, reference: loadSnapshot(), group: { kind: 'all' }, standard: 'quartile',
    area: 'folkeskole', method: 'both', lang, now: new Date('2026-01-15T10:00:00Z'), runId: 'run-test', ...extra,
  };
  const outcome = benchmarkGrid(cells, request);
  return { outcome, report: reportFor(outcome, cells, request) };
}

function deaSheet(report: ReportModel): SheetModel {
  const sheet = report.sheets.find((s) => s.role === 'dea');
  if (!sheet) throw new Error('no DEA sheet');
  return sheet;
}

describe('DEA sheet of the schools example', () => {
  let report: ReportModel;
  let outcome: BenchmarkOutcome;
  let sheet: SheetModel;
  beforeAll(() => {
    ({ report, outcome } = build());
    sheet = deaSheet(report);
  });

  it('sits after the benchmark sheet under the area name', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['Overblik', 'Benchmark – Folkeskole', 'DEA – Folkeskole', 'Potentialer', 'Prioritering', 'Metode og kilder']);
  });

  it('passes the workbook invariants: names, tables, values, and every formula recomputes to its cached value', () => {
    checkSheetNames(report);
    checkTables(report);
    checkValues(report);
    const before = report.sheets.filter((s) => s.role !== 'dea').reduce((n, s) => n + s.cells.filter((c) => c.formula).length, 0);
    expect(checkFormulas(report)).toBeGreaterThan(before + 24 * 2);
  });

  it('has one native table whose headers are the unit, score, rank, light, actuals, targets, potentials, gaps and partners', () => {
    expect(sheet.tables).toHaveLength(1);
    const table = sheet.tables[0];
    expect(table.range).toBe('A7:R31');
    expect(table.columns).toEqual([
      'Enhed', 'DEA-score', 'Placering', 'Lys',
      'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel',
      'Mål: Nettoudgift (kr.)', 'Mål: Elever', 'Mål: Karaktergennemsnit', 'Mål: Trivsel',
      'Potentiale (kr.)', 'Potentiale inkl. restbesparelse (kr.)',
      'Mere Elever for samme ressourcer', 'Mere Karaktergennemsnit for samme ressourcer', 'Mere Trivsel for samme ressourcer',
      'Læringspartnere (andel)',
    ]);
    table.columns.forEach((header, i) => expect(cellAt(sheet, `${String.fromCharCode(65 + i)}7`)?.value).toBe(header));
  });

  it('writes the potential as MAX(0,(1-score)*cost) on the row, equal to the engine’s (1 − θ) × cost', () => {
    const dea = outcome.dea!;
    const evaluator = new Evaluator(report);
    for (let row = 8; row < 8 + 24; row++) {
      const name = cellAt(sheet, `A${row}`)?.value;
      const unit = dea.units.find((u) => u.name === name)!;
      expect(cellAt(sheet, `B${row}`)?.value).toBe(unit.score);
      expect(cellAt(sheet, `B${row}`)?.numFmt).toBe('0.0%');
      expect(cellAt(sheet, `E${row}`)?.value).toBe(unit.cost);
      expect(cellAt(sheet, `M${row}`)?.formula).toBe(`MAX(0,(1-B${row})*E${row})`);
      expect(evaluator.cell(sheet.name, `M${row}`)).toBeCloseTo((1 - (unit.score as number)) * unit.cost, 4);
      expect(cellAt(sheet, `N${row}`)?.formula).toBe(`MAX(M${row},E${row}-I${row})`);
      expect(cellAt(sheet, `D${row}`)?.value).toBe({ green: 'Grøn', yellow: 'Gul', red: 'Rød' }[unit.light!]);
    }
    expect(cellAt(sheet, 'A8')?.value).toBe(dea.units.find((u) => u.rank === 1)?.name);
  });

  it('sums the potentials below the table with the method named', () => {
    expect(cellAt(sheet, 'A32')?.value).toBe('I alt (DEA, variabelt skalaafkast (VRS), inputorienteret)');
    expect(cellAt(sheet, 'M32')?.formula).toBe('SUM($M$8:$M$31)');
    expect(cellAt(sheet, 'M32')?.value).toBeCloseTo(outcome.dea!.totalRadialSaving as number, 4);
    expect(cellAt(sheet, 'N32')?.value).toBeCloseTo(outcome.dea!.totalSlackAdjustedSaving as number, 4);
  });

  it('names learning partners with their shares and lists them beside the unit with key figures', () => {
    const red = outcome.dea!.units.find((u) => u.light === 'red' && u.peers.length >= 2)!;
    const row = sheet.cells.find((c) => c.address.startsWith('A') && c.value === red.name && Number(c.address.slice(1)) < 32)!;
    const partners = cellAt(sheet, `R${row.address.slice(1)}`)?.value as string;
    expect(partners).toMatch(/^[^,]+ \(\d+ %\)(, [^,]+ \(\d+ %\))+$/);
    expect(partners.startsWith(red.peers[0].name)).toBe(true);
    const text = sheetText(sheet);
    expect(text).toContain('Læringspartnere: hvad gør forbillederne anderledes?');
    const blockRows = sheet.cells.filter((c) => c.value === red.name && Number(c.address.slice(1)) > 32);
    expect(blockRows.length).toBeGreaterThanOrEqual(1);
    const start = Number(blockRows[0].address.slice(1));
    expect(cellAt(sheet, `B${start}`)?.value).toBe('Enheden selv');
    red.peers.forEach((peer, i) => {
      expect(cellAt(sheet, `A${start + 1 + i}`)?.value).toBe(peer.name);
      expect(cellAt(sheet, `C${start + 1 + i}`)?.value).toBeCloseTo(peer.share, 12);
      expect(cellAt(sheet, `F${start + 1 + i}`)?.formula).toBe(`D${start + 1 + i}/E${start + 1 + i}`);
    });
  });

  it('draws a scatter of cost per pupil against grades with median quadrant lines from live MEDIAN cells', () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.kind).toBe('scatter');
    expect(chart.series).toHaveLength(3);
    const evaluator = new Evaluator(report);
    const numbersAt = (ref: string): number[] => {
      const { sheet: name, cells: addresses } = parseRef(ref);
      expect(name).toBe(sheet.name);
      return addresses.map((a) => {
        expect(cellAt(sheet, a)).toBeDefined();
        return evaluator.cell(sheet.name, a) as number;
      });
    };
    const [units, vertical, horizontal] = chart.series;
    const xs = numbersAt(units.categories!);
    const ys = numbersAt(units.values);
    expect(xs).toHaveLength(24);
    const sortedX = [...xs].sort((a, b) => a - b);
    const medianX = (sortedX[11] + sortedX[12]) / 2;
    const sortedY = [...ys].sort((a, b) => a - b);
    const medianY = (sortedY[11] + sortedY[12]) / 2;
    expect(numbersAt(vertical.categories!)).toEqual([expect.closeTo(medianX, 9), expect.closeTo(medianX, 9)]);
    expect(numbersAt(vertical.values)).toEqual([Math.min(...ys), Math.max(...ys)]);
    expect(numbersAt(horizontal.values)).toEqual([expect.closeTo(medianY, 12), expect.closeTo(medianY, 12)]);
    expect(numbersAt(horizontal.categories!)).toEqual([expect.closeTo(Math.min(...xs), 9), expect.closeTo(Math.max(...xs), 9)]);
    const medianCell = parseRef(vertical.categories!).cells[0];
    expect(cellAt(sheet, medianCell)?.formula).toMatch(/^MEDIAN\(\$D\$\d+:\$D\$\d+\)$/);
    // The school with 193 pupils and 12,370,000 kr. sits at 64,093 kr. per pupil.
    expect(xs).toContainEqual(expect.closeTo(12_370_000 / 193, 9));
  });

  it('explains the method, the caveats, VRS and input orientation in Danish', () => {
    const text = sheetText(sheet);
    expect(text).toContain('Kilde: kun dine egne tal');
    expect(text).toContain('finder en front af bedste praksis ud fra institutionerne selv');
    expect(text).toContain('Variabelt skalaafkast (VRS)');
    expect(text).toContain('Inputorienteret:');
    expect(text).toContain('billig ikke det samme som god');
    expect(text).toContain('fejlindtastning eller usædvanlig enhed');
  });

  it('puts one DEA total on Overblik, named as a different measure, as a live link to the DEA sheet', () => {
    const overview = sheetByName(report, 'Overblik');
    const link = overview.cells.find((c) => c.formula === "'DEA – Folkeskole'!$M$32");
    expect(link?.value).toBeCloseTo(outcome.dea!.totalRadialSaving as number, 4);
    const row = Number(/\d+$/.exec(link!.address)![0]);
    expect(cellAt(overview, `A${row}`)?.value).toBe('Effektivitetsanalysen (DEA) peger på');
    expect(cellAt(overview, `C${row}`)?.value).toBe('DEA, variabelt skalaafkast (VRS), inputorienteret');
    expect(sheetText(overview)).toContain('De to tal kan ikke lægges sammen');
    // The slack-adjusted sum stays on the DEA sheet: Overblik shows one DEA figure, not two.
    expect(overview.cells.some((c) => c.formula === "'DEA – Folkeskole'!$N$32")).toBe(false);
  });
});

describe('DEA sheet variants', () => {
  it('is written in English with the same layout', () => {
    const { report } = build('en');
    const sheet = deaSheet(report);
    // The short name, not "DEA – Primary and lower" cut at Excel's 31 characters.
    expect(sheet.name).toBe('DEA – Schools');
    expect(sheet.tables[0].columns.slice(0, 4)).toEqual(['Unit', 'DEA score', 'Rank', 'Light']);
    checkFormulas(report);
  });

  it('with output orientation and CRS has no kr. potentials but still recomputes', () => {
    const { report, outcome } = build('da', { dea: { orientation: 'out', rts: 'crs' } });
    const sheet = deaSheet(report);
    expect(sheet.tables[0].columns).not.toContain('Potentiale (kr.)');
    expect(outcome.dea?.settings).toMatchObject({ rts: 'crs', orientation: 'out' });
    expect(sheetText(sheet)).toContain('Outputorienteret:');
    checkTables(report);
    checkFormulas(report);
    expect(cellAt(sheetByName(report, 'Overblik'), 'H6')).toBeUndefined();
  });

  it('has every string in Danish and English', () => {
    for (const [key, entry] of Object.entries(deaReportStrings)) {
      expect(hasString(key)).toBe(true);
      expect(entry.da.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
    }
  });
});
