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
import { deaSheetStrings } from '../../src/i18n/tables/deaSheet';
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
  /** The header row of the calculation (the second table), near the end of the sheet. */
  const detailHeaderRow = () => Number(/\d+/.exec(sheet.tables[1].range)![0]);
  const detailRowOf = (name: string) =>
    Number(sheet.cells.find((c) => c.address.startsWith('A') && c.value === name && Number(c.address.slice(1)) > detailHeaderRow())!.address.slice(1));
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

  it('starts with a short result table: unit, score, light, potential, main learning partner', () => {
    expect(sheet.tables).toHaveLength(2);
    const table = sheet.tables[0];
    expect(table.range).toBe('A9:F33');
    expect(table.columns).toEqual(['Enhed', 'DEA-score', 'Lys', 'Nettoudgift (kr.)', 'Potentiale (kr.)', 'Vigtigste læringspartner (andel)']);
    table.columns.forEach((header, i) => expect(cellAt(sheet, `${String.fromCharCode(65 + i)}9`)?.value).toBe(header));
    expect(cellAt(sheet, 'A8')?.value).toBe('Resultat pr. enhed (bedste først)');
    // 15 of 24 schools are on the frontier: one sentence says why.
    expect(cellAt(sheet, 'A6')?.value).toBe('At de fleste ligger på fronten, skyldes at 24 enheder sammenlignes på 4 tal på én gang: med mange tal og få enheder er næsten alle bedst til et eller andet.');
    expect(sheet.freeze).toEqual({ rows: 9, columns: 1 });
    // What a leader prints: the result and the blocks after it, not the wide calculation at the end.
    const printed = Number(/\d+$/.exec(sheet.print.area!)![0]);
    expect(printed).toBeLessThan(detailHeaderRow());
    expect(sheet.print.area!.startsWith('A1:')).toBe(true);
  });

  it('follows it with the calculation: rank, super-efficiency, actuals, targets, potential incl. remaining saving, gaps, partners', () => {
    const detail = sheet.tables[1];
    expect(detail.columns).toEqual([
      'Enhed', 'Placering', 'Supereffektivitet',
      'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel',
      'Mål: Nettoudgift (kr.)', 'Mål: Elever', 'Mål: Karaktergennemsnit', 'Mål: Trivsel',
      'Potentiale inkl. restbesparelse (kr.)',
      'Mere Elever for samme ressourcer', 'Mere Karaktergennemsnit for samme ressourcer', 'Mere Trivsel for samme ressourcer',
      'Læringspartnere (andel)',
    ]);
    expect(detail.range).toBe(`A${detailHeaderRow()}:P${detailHeaderRow() + 24}`);
    expect(cellAt(sheet, `A${detailHeaderRow() - 1}`)?.value).toBe('Beregningen pr. enhed: tal, mål og læringspartnere');
  });

  it('writes the potential as MAX(0,(1-score)*cost) on the row, and the calculation adds the remaining saving', () => {
    const dea = outcome.dea!;
    const evaluator = new Evaluator(report);
    for (let row = 10; row < 10 + 24; row++) {
      const name = cellAt(sheet, `A${row}`)?.value;
      const unit = dea.units.find((u) => u.name === name)!;
      const detailRow = detailRowOf(name as string);
      expect(cellAt(sheet, `B${row}`)?.value).toBe(unit.score);
      expect(cellAt(sheet, `B${row}`)?.numFmt).toBe('0.0%');
      expect(cellAt(sheet, `D${row}`)?.value).toBe(unit.cost);
      expect(cellAt(sheet, `E${row}`)?.formula).toBe(`MAX(0,(1-B${row})*D${row})`);
      expect(evaluator.cell(sheet.name, `E${row}`)).toBeCloseTo((1 - (unit.score as number)) * (unit.cost as number), 4);
      expect(cellAt(sheet, `D${detailRow}`)?.value).toBe(unit.cost);
      expect(cellAt(sheet, `L${detailRow}`)?.formula).toBe(`MAX(E${row},D${detailRow}-H${detailRow})`);
      expect(cellAt(sheet, `C${row}`)?.value).toBe({ green: 'Grøn', yellow: 'Gul', red: 'Rød' }[unit.light!]);
    }
    // Best first; units sharing a rank (no other unit reaches them) in alphabetical order.
    expect(dea.units.find((u) => u.name === cellAt(sheet, 'A10')?.value)?.rank).toBe(1);
  });

  it('sums the potentials below both tables with the method named', () => {
    expect(cellAt(sheet, 'A34')?.value).toBe('I alt (DEA, variabelt skalaafkast (VRS), inputorienteret)');
    expect(cellAt(sheet, 'E34')?.formula).toBe('SUM($E$10:$E$33)');
    expect(cellAt(sheet, 'E34')?.value).toBeCloseTo(outcome.dea!.totalRadialSaving as number, 4);
    const total = detailHeaderRow() + 25;
    expect(cellAt(sheet, `L${total}`)?.formula).toBe(`SUM($L$${detailHeaderRow() + 1}:$L$${total - 1})`);
    expect(cellAt(sheet, `L${total}`)?.value).toBeCloseTo(outcome.dea!.totalSlackAdjustedSaving as number, 4);
  });

  it('names learning partners with their shares and lists them beside the unit with key figures', () => {
    const red = outcome.dea!.units.find((u) => u.light === 'red' && u.peers.length >= 2)!;
    const row = sheet.cells.find((c) => c.address.startsWith('A') && c.value === red.name && Number(c.address.slice(1)) < 34)!;
    expect(cellAt(sheet, `F${row.address.slice(1)}`)?.value).toBe(`${red.peers[0].name} (${Math.round(red.peers[0].share * 100)} %)`);
    const detailRow = detailRowOf(red.name);
    const partners = cellAt(sheet, `P${detailRow}`)?.value as string;
    expect(partners).toMatch(/^[^,]+ \(\d+ %\)(, [^,]+ \(\d+ %\))+$/);
    expect(partners.startsWith(red.peers[0].name)).toBe(true);
    const text = sheetText(sheet);
    expect(text).toContain('Læringspartnere: hvad gør forbillederne anderledes?');
    const blockRows = sheet.cells.filter((c) => c.value === red.name && Number(c.address.slice(1)) > 34 && Number(c.address.slice(1)) < detailHeaderRow());
    expect(blockRows.length).toBeGreaterThanOrEqual(1);
    const start = Number(blockRows[0].address.slice(1));
    expect(cellAt(sheet, `B${start}`)?.value).toBe('Enheden selv');
    red.peers.forEach((peer, i) => {
      expect(cellAt(sheet, `A${start + 1 + i}`)?.value).toBe(peer.name);
      expect(cellAt(sheet, `C${start + 1 + i}`)?.value).toBeCloseTo(peer.share, 12);
      expect(cellAt(sheet, `F${start + 1 + i}`)?.formula).toBe(`D${start + 1 + i}/E${start + 1 + i}`);
    });
  });

  it('draws cost per pupil (y, from 0) against grades (x), points named, with median quadrant lines from live MEDIAN cells', () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.kind).toBe('scatter');
    expect(chart.valueAxisMin).toBe(0);
    expect(chart.series).toHaveLength(3);
    const evaluator = new Evaluator(report);
    const at = (ref: string): (number | string)[] => {
      const { sheet: name, cells: addresses } = parseRef(ref);
      expect(name).toBe(sheet.name);
      return addresses.map((a) => {
        expect(cellAt(sheet, a)).toBeDefined();
        return evaluator.cell(sheet.name, a) as number | string;
      });
    };
    const [units, horizontal, vertical] = chart.series;
    const costs = at(units.values) as number[];
    const grades = at(units.categories!) as number[];
    expect(costs).toHaveLength(24);
    expect(at(units.pointLabels!)).toEqual(outcome.dea!.units.filter((u) => u.status === 'ok').map((u) => u.name));
    const median = (v: number[]) => {
      const sorted = [...v].sort((a, b) => a - b);
      return (sorted[11] + sorted[12]) / 2;
    };
    expect(at(horizontal.values)).toEqual([expect.closeTo(median(costs), 9), expect.closeTo(median(costs), 9)]);
    expect(at(horizontal.categories!)).toEqual([Math.min(...grades), Math.max(...grades)]);
    expect(at(vertical.categories!)).toEqual([expect.closeTo(median(grades), 12), expect.closeTo(median(grades), 12)]);
    expect(at(vertical.values)).toEqual([expect.closeTo(Math.min(...costs), 9), expect.closeTo(Math.max(...costs), 9)]);
    expect(cellAt(sheet, parseRef(horizontal.values).cells[0])?.formula).toMatch(/^MEDIAN\(\$D\$\d+:\$D\$\d+\)$/);
    // The school with 193 pupils and 12,370,000 kr. sits at 64,093 kr. per pupil.
    expect(costs).toContainEqual(expect.closeTo(12_370_000 / 193, 9));
    // Below the tables and blocks, not beside them: printing does not shrink the tables.
    expect(Number(/\d+$/.exec(chart.anchor.from)![0])).toBeGreaterThan(34);
    expect(chart.anchor.from.startsWith('A')).toBe(true);
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
    const link = overview.cells.find((c) => c.formula === "'DEA – Folkeskole'!$E$34");
    expect(link?.value).toBeCloseTo(outcome.dea!.totalRadialSaving as number, 4);
    const row = Number(/\d+$/.exec(link!.address)![0]);
    expect(cellAt(overview, `A${row}`)?.value).toBe('Effektivitetsanalysen (DEA) peger på');
    expect(cellAt(overview, `C${row}`)?.value).toBe('DEA, variabelt skalaafkast (VRS), inputorienteret');
    expect(sheetText(overview)).toContain('De to tal kan ikke lægges sammen');
    // The slack-adjusted sum stays on the DEA sheet: Overblik shows one DEA figure, not two.
    expect(overview.cells.some((c) => c.formula?.startsWith("'DEA – Folkeskole'!$L$"))).toBe(false);
  });
});

describe('DEA sheet variants', () => {
  it('is written in English with the same layout', () => {
    const { report } = build('en');
    const sheet = deaSheet(report);
    // The short name, not "DEA – Primary and lower" cut at Excel's 31 characters.
    expect(sheet.name).toBe('DEA – Schools');
    expect(sheet.tables[0].columns).toEqual(['Unit', 'DEA score', 'Light', 'Nettoudgift (kr.)', 'Potential (DKK)', 'Main learning partner (share)']);
    expect(sheet.tables[1].columns.slice(0, 3)).toEqual(['Unit', 'Rank', 'Super-efficiency']);
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
    for (const [key, entry] of Object.entries({ ...deaReportStrings, ...deaSheetStrings })) {
      expect(hasString(key)).toBe(true);
      expect(entry.da.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
    }
  });
});
