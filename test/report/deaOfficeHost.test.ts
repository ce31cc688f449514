// The DEA sheet through the Office.js host against the recording fake: the schools table is read,
// benchmarked with --method both, and the whole report, DEA sheet included, goes in one read and one
// write sync, with its table, conditional formats and scatter chart.
import { FakeExcel } from '../../src/hosts/excel/fake';
import { runBenchmark } from '../../src/pipeline/run';
import type { ReportModel } from '../../src/report/model';
import { schoolsGrid } from '../hosts/excel/grids';
import { budgetRequest, hostFor } from '../hosts/excel/helpers';

describe('Office.js host: DEA sheet of the schools example', () => {
  it('is written with its table, formulas and scatter chart in ≤ 2 syncs', async () => {
    const excel = FakeExcel.fromGrids([schoolsGrid()], [{ name: 'Skoler', sheet: 'Skoler 2024', range: 'A4:G29' }]);
    const host = hostFor(excel);
    const outcome = await runBenchmark(host, host, {
      ...budgetRequest(), standard: 'quartile', area: 'folkeskole', method: 'both', source: { kind: 'table', name: 'Skoler' },
    });
    expect(outcome.canRun).toBe(true);
    expect(outcome.write?.syncs).toBeLessThanOrEqual(2);
    const report = outcome.report as ReportModel;
    const dea = report.sheets.find((s) => s.role === 'dea');
    expect(dea?.name).toBe('DEA – Folkeskole');
    expect(outcome.write?.written).toContain('DEA – Folkeskole');

    const fake = excel.sheet('DEA – Folkeskole');
    expect(fake).toBeDefined();
    for (const cell of dea?.cells ?? []) {
      const held = excel.cell(dea!.name, cell.address);
      if (cell.formula) expect(held?.formula).toBe(`=${cell.formula}`);
      else if (cell.value !== null && cell.value !== undefined) expect(held?.value).toBe(cell.value);
    }
    const table = excel.table(dea!.tables[0].name);
    expect(table?.sheet.name).toBe('DEA – Folkeskole');
    expect(fake?.conditionalFormats).toHaveLength(dea!.conditionalFormats.length);
    expect(fake?.charts).toHaveLength(dea!.charts.length);
    const chart = fake!.charts[0];
    expect(chart.title).toBe(dea!.charts[0].title);
    expect(chart.series.map((s) => s.name)).toEqual(dea!.charts[0].series.map((s) => s.name));
    expect(chart.series[0].values?.sheet.name).toBe('DEA – Folkeskole');
    // The Overblik link to the DEA sums arrived under the DEA sheet's final name.
    const overview = report.sheets[0];
    const deaLink = overview.cells.find((c) => c.formula?.startsWith("'DEA – Folkeskole'!"));
    // The sum under the result table: potential column E, the row after the 24 schools (header row 8).
    expect(excel.cell('Overblik', deaLink!.address)?.formula).toBe("='DEA – Folkeskole'!$E$33");
  });
});
