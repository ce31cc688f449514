// The whole run through the Office.js host against the recording fake: read the example input,
// benchmark, build the report, write it, and check what landed in the workbook.
import { FakeExcel } from '../../../src/hosts/excel/fake';
import { runBenchmark, type RunOutcome } from '../../../src/pipeline/run';
import type { ReportModel } from '../../../src/report/model';
import { budgetGrid, schoolsGrid } from './grids';
import { budgetRequest, hostFor } from './helpers';

/** Every model cell as the fake holds it: formulas with '=', text exactly, numbers, formats. */
function expectCellsAsModel(excel: FakeExcel, report: ReportModel): void {
  for (const sheet of report.sheets) {
    for (const cell of sheet.cells) {
      const held = excel.cell(sheet.name, cell.address);
      if (cell.formula) expect(held?.formula).toBe(`=${cell.formula}`);
      else if (cell.value !== null && cell.value !== undefined) expect(held?.value).toBe(cell.value);
      if (cell.numFmt) expect(held?.numberFormat).toBe(cell.numFmt);
      if (cell.style?.bold) expect(held?.style?.bold).toBe(true);
    }
  }
}

/** 'M8:M8' → 'M8', as Excel reports a one-cell range. */
const sameCell = (range: string) => range.replace(/^([A-Z]+\d+):\1$/, '$1');
const CF_TYPE = { dataBar: 'DataBar', iconSet: 'IconSet', expression: 'Custom' } as const;

describe('Office.js host: kommune-budget example', () => {
  let excel: FakeExcel;
  let outcome: RunOutcome;
  beforeAll(async () => {
    excel = FakeExcel.fromGrids([budgetGrid()]);
    const host = hostFor(excel);
    outcome = await runBenchmark(host, host, budgetRequest());
  });

  it('reads the input (and any earlier Prioritering) in one sync and writes the report in one more', () => {
    expect(outcome.canRun).toBe(true);
    expect(outcome.grid.topLeft).toBe('A1');
    expect(outcome.grid.values[4]).toEqual(['791', 'Viborg', 'Folkeskole', 742310, 98140]);
    expect(excel.syncCount).toBe(2);
    expect(outcome.write?.syncs).toBe(1);
    // The write sync carries everything, the swap-in included.
    const write = excel.syncLog[1].operations;
    expect(write[0]).toBe('application.suspendApiCalculationUntilNextSync');
    expect(write.some((op) => op.startsWith('worksheets.add ~pm-1'))).toBe(true);
    expect(write.some((op) => op.includes('.name=Overblik'))).toBe(true);
  });

  it('writes every sheet of the model under its own name, input sheet first, registry last', () => {
    const report = outcome.report as ReportModel;
    expect(outcome.write?.written).toEqual(report.sheets.map((s) => s.name));
    expect(excel.sheets.map((s) => s.name)).toEqual(['Budget 2025', ...report.sheets.map((s) => s.name), '_pejlemaerke']);
    expect(excel.activeSheet).toBe(report.sheets[0].name);
  });

  it('stores cells, formulas with a leading =, number formats and styles as the model says', () => {
    const report = outcome.report as ReportModel;
    expectCellsAsModel(excel, report);
    const formulas = report.sheets.flatMap((s) => s.cells.filter((c) => c.formula));
    expect(formulas.length).toBeGreaterThan(20);
    // Cross-sheet references went out under temporary names and came back with the final ones.
    const all = excel.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ''));
    expect(all.some((f) => f.includes('~pm-') || f.includes('PejlemaerkeTmp'))).toBe(false);
  });

  it('adds the tables, conditional formats, charts, panes, widths and print setup', () => {
    const report = outcome.report as ReportModel;
    for (const sheet of report.sheets) {
      const fake = excel.sheet(sheet.name);
      expect(fake).toBeDefined();
      for (const table of sheet.tables) {
        const held = excel.table(table.name);
        expect(held?.sheet.name).toBe(sheet.name);
        expect(held?.style).toBe(table.style);
        expect(held?.showBandedRows).toBe(table.showRowStripes);
      }
      expect(fake?.conditionalFormats.map((cf) => cf.range)).toEqual(sheet.conditionalFormats.map((cf) => sameCell(cf.range.replace(/\$/g, ''))));
      expect(fake?.conditionalFormats.map((cf) => cf.type)).toEqual(sheet.conditionalFormats.map((cf) => CF_TYPE[cf.kind]));
      expect(fake?.charts.length).toBe(sheet.charts.length);
      if (sheet.freeze && (sheet.freeze.rows || sheet.freeze.columns)) expect(fake?.freeze).toEqual(sheet.freeze);
      expect(fake?.pageLayout.paperSize).toBe('A4');
      expect(fake?.pageLayout.orientation).toBe(sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
    }
    const withChart = report.sheets.find((s) => s.charts.length > 0);
    expect(withChart).toBeDefined();
    const chart = excel.sheet(withChart?.name ?? '')?.charts[0];
    const model = withChart?.charts[0];
    expect(chart?.title).toBe(model?.title);
    expect(chart?.series.map((s) => s.name)).toEqual(model?.series.map((s) => s.name));
    // The series point at the report sheet by its final name.
    expect(chart?.series[0].values?.sheet.name).toBe(withChart?.name);
  });

  it('keeps the own-sheet registry very hidden, in the layout the xlsx host reads', () => {
    const registry = excel.sheet('_pejlemaerke');
    expect(registry?.visibility).toBe('VeryHidden');
    const report = outcome.report as ReportModel;
    const rows = report.sheets.length + 5;
    const read = (row: number) => [excel.cell('_pejlemaerke', `A${row}`)?.value, excel.cell('_pejlemaerke', `B${row}`)?.value];
    expect(read(1)).toEqual(['pejlemaerke-own-sheets', '2']);
    expect(read(2)).toEqual(['generator', report.meta.generator]);
    expect(read(3)).toEqual(['version', '0.1.0']);
    expect(read(4)).toEqual(['runId', 'run-test']);
    expect(read(5)).toEqual(['createdAt', '2025-01-15T12:00:00.000Z']);
    expect(read(6)).toEqual(['sheet', 'Overblik']);
    expect(excel.cell('_pejlemaerke', 'C6')?.value).toBe('overview');
    expect(read(rows)).toEqual(['sheet', report.sheets[report.sheets.length - 1].name]);
  });
});

describe('Office.js host: skoler example (25 institutions in a table)', () => {
  it('reads the table and writes the institution report in one read + one write sync', async () => {
    const excel = FakeExcel.fromGrids([schoolsGrid()], [{ name: 'Skoler', sheet: 'Skoler 2024', range: 'A4:G29' }]);
    const host = hostFor(excel);
    const outcome = await runBenchmark(host, host, { ...budgetRequest(), standard: 'quartile', source: { kind: 'table', name: 'Skoler' } });
    expect(outcome.canRun).toBe(true);
    expect(outcome.grid.tableName).toBe('Skoler');
    expect(outcome.grid.topLeft).toBe('A4');
    expect(outcome.grid.values).toHaveLength(26);
    expect(outcome.write?.syncs).toBe(1);
    expectCellsAsModel(excel, outcome.report as ReportModel);
    const quartile = (outcome.report as ReportModel).sheets.flatMap((s) => s.cells).find((c) => c.formula?.includes('QUARTILE.INC'));
    expect(quartile?.formula).not.toContain('_xlfn');
  });
});
