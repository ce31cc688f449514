// Re-runs, user sheets, all-or-nothing, text escaping and request chunking of the Office.js host.
import { FakeExcel } from '../../../src/hosts/excel/fake';
import { HostError } from '../../../src/hosts/types';
import { runBenchmark } from '../../../src/pipeline/run';
import type { CellModel, ReportModel, SheetModel } from '../../../src/report/model';
import { budgetGrid } from './grids';
import { budgetRequest, hostFor } from './helpers';

function sheet(name: string, cells: CellModel[], extra: Partial<SheetModel> = {}): SheetModel {
  return {
    name,
    role: 'overview',
    cells,
    columnWidths: [20, 12],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'landscape', paperSize: 'A4', fit: { width: 1, height: 0 }, gridlines: false },
    ...extra,
  };
}

function report(sheets: SheetModel[], runId = 'run-1'): ReportModel {
  return { sheets, meta: { generator: 'Pejlemærke', version: '0.1.0', createdAt: '2025-01-15T12:00:00.000Z', runId } };
}

function userWorkbook(): FakeExcel {
  return FakeExcel.fromGrids([
    { sheet: 'Mine tal', topLeft: 'A1', values: [['Kommune', 'Udgift'], ['Aarhus', 61000]] },
    { sheet: 'Overblik', topLeft: 'B2', values: [['mine egne noter']] },
  ]);
}

const overview = () =>
  sheet('Overblik', [
    { address: 'A1', value: 'Overblik', style: { bold: true, size: 14 } },
    { address: 'A2', value: 1234.5, numFmt: '#,##0 "kr."' },
    { address: 'B2', formula: "'Detaljer'!B1*2", value: 10 },
  ]);
const details = () =>
  sheet('Detaljer', [
    { address: 'A1', value: 'Navn' },
    { address: 'B1', value: 5 },
  ]);

describe('own sheets', () => {
  it('never touches a user sheet with a report sheet name; the report sheet gives way', async () => {
    const excel = userWorkbook();
    const summary = await hostFor(excel).writeReport(report([overview(), details()]));
    expect(summary.written).toEqual(['Overblik (2)', 'Detaljer']);
    expect(excel.content('Overblik', 'B2')).toBe('mine egne noter');
    expect(excel.sheet('Overblik')?.cells.size).toBe(1);
    expect(excel.content('Overblik (2)', 'A1')).toBe('Overblik');
    expect(excel.content('Overblik (2)', 'B2')).toBe("='Detaljer'!B1*2");
  });

  it('a re-run replaces exactly the sheets the registry lists, and takes two syncs again', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    await host.writeReport(report([overview(), details()]));
    const second = await host.writeReport(report([overview()], 'run-2'));
    expect(second.replaced).toEqual(['Overblik (2)', 'Detaljer']);
    expect(second.written).toEqual(['Overblik (2)']);
    expect(second.syncs).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Mine tal', 'Overblik', 'Overblik (2)', '_pejlemaerke']);
    expect(excel.content('Overblik', 'B2')).toBe('mine egne noter');
    expect(excel.content('_pejlemaerke', 'B4')).toBe('run-2');
    expect(excel.content('_pejlemaerke', 'B6')).toBe('Overblik (2)');
    expect(excel.cell('_pejlemaerke', 'A7')).toBeUndefined();
  });

  it('re-running the demo replaces its own tables without renaming them', async () => {
    const excel = FakeExcel.fromGrids([budgetGrid()]);
    const host = hostFor(excel);
    const first = await runBenchmark(host, host, budgetRequest());
    const tables = excel.tables.map((t) => t.name).sort();
    const second = await runBenchmark(host, host, budgetRequest());
    expect(second.write?.replaced).toEqual(first.write?.written);
    expect(excel.tables.map((t) => t.name).sort()).toEqual(tables);
    expect(excel.sheets).toHaveLength(1 + (first.write?.written.length ?? 0) + 1);
  });

  it('leaves a sheet named _pejlemaerke that is not ours alone and says so', async () => {
    const excel = FakeExcel.fromGrids([{ sheet: '_pejlemaerke', topLeft: 'A1', values: [['mit eget ark']] }]);
    const error = await hostFor(excel).writeReport(report([overview()])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('registry-taken');
    expect(excel.sheets.map((s) => s.name)).toEqual(['_pejlemaerke']);
  });
});

describe('all or nothing', () => {
  it('a failure midway removes the sheets this call created and keeps the old report', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    await host.writeReport(report([overview(), details()]));
    const before = excel.sheets.map((s) => s.name);
    excel.failWhen = (label) => (label.includes('.merge') ? 'InvalidArgument' : undefined);
    const broken = report([overview(), sheet('Detaljer', details().cells, { merges: ['A3:B3'] })], 'run-2');
    const error = await host.writeReport(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('write-failed');
    expect((error as HostError).message).toContain('InvalidArgument');
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.content('_pejlemaerke', 'B4')).toBe('run-1');
  });

  it('a defect in the model is reported before anything is sent', async () => {
    const excel = userWorkbook();
    const bad = report([sheet('Overblik', [{ address: 'A1', value: 1, style: { fill: 'red' } }])]);
    const error = await hostFor(excel).writeReport(bad).catch((e: unknown) => e);
    expect((error as HostError).code).toBe('invalid-model');
    expect(excel.syncCount).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Mine tal', 'Overblik']);
  });
});

describe('formula-injection escaping', () => {
  const texts = ["=cmd|' /C calc'!A0", '+45 12 34 56 78', '-5 %', '@SUM(A1)', '\tfane', "'Mine tal'!C7", '791', 'TRUE', 'jan 5', 'Helt almindelig tekst'];

  it('stores text from the model as exactly that text, never as a formula or a number', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ark1');
    await hostFor(excel).writeReport(report([sheet('Tekst', texts.map((value, i) => ({ address: `A${i + 1}`, value })))]));
    texts.forEach((text, i) => {
      const cell = excel.cell('Tekst', `A${i + 1}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.type).toBe('String');
      expect(cell?.value).toBe(text);
    });
  });
});

describe('request size', () => {
  const big = () =>
    report([
      sheet(
        'Stor',
        Array.from({ length: 3000 }, (_, i) => ({ address: `A${i + 1}`, value: `Række ${i + 1} med en del tekst i cellen` })),
      ),
      details(),
    ]);

  it('splits a write above the limit into several syncs that each stay below it', async () => {
    const excel = userWorkbook();
    excel.payloadLimit = 60_000;
    const summary = await hostFor(excel, { maxPayloadBytes: 40_000 }).writeReport(big());
    expect(summary.syncs).toBeGreaterThan(3);
    expect(excel.syncLog.every((s) => s.bytes <= 60_000 && !s.failed)).toBe(true);
    expect(excel.content('Stor', 'A3000')).toBe('Række 3000 med en del tekst i cellen');
    expect(excel.content('Detaljer', 'B1')).toBe(5);
  });

  it('when Excel refuses an oversized request, nothing is left behind', async () => {
    const excel = userWorkbook();
    excel.payloadLimit = 60_000;
    const error = await hostFor(excel, { maxPayloadBytes: 10_000_000 }).writeReport(big()).catch((e: unknown) => e);
    expect((error as HostError).code).toBe('write-failed');
    expect((error as HostError).message).toContain('RequestPayloadSizeLimitExceeded');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Mine tal', 'Overblik']);
  });
});
