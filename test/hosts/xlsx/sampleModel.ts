// A small report model for the host tests: one benchmark-like sheet with a table, formulas,
// conditional formats and two charts, plus an overview sheet that refers to it.
import type { ReportModel, SheetModel, CellModel } from '../../../src/report/model';

export const COSTS: [string, number, number][] = [
  ['Aarhus', 61000, 1200],
  ['Odense', 58000, 950],
  ['Aalborg', 64000, 800],
  ['Esbjerg', 55000, 400],
  ['Randers', 70000, 350],
  ['Kolding', 52000, 380],
  ['Horsens', 66000, 330],
  ['Vejle', 59000, 420],
];

export function benchmarkSheet(name = 'Benchmark', tableName = 'Benchmark_Tal'): SheetModel {
  const cells: CellModel[] = [
    { address: 'A1', value: 'Udgift pr. elev', style: { bold: true, size: 14, color: '1F3864' } },
    { address: 'A3', value: 'Kommune', style: { bold: true, fill: 'D9E1F2', border: 'bottomThin' } },
    { address: 'B3', value: 'Udgift', style: { bold: true, fill: 'D9E1F2', border: 'bottomThin' } },
    { address: 'C3', value: 'Elever', style: { bold: true, fill: 'D9E1F2', border: 'bottomThin' } },
  ];
  COSTS.forEach(([kommune, cost, pupils], i) => {
    const row = 4 + i;
    cells.push({ address: `A${row}`, value: kommune });
    cells.push({ address: `B${row}`, value: cost, numFmt: '#,##0 "kr."' });
    cells.push({ address: `C${row}`, value: pupils, numFmt: '#,##0' });
  });
  return {
    name,
    role: 'benchmark',
    cells,
    columnWidths: [16, 14, 10],
    merges: ['A1:C1'],
    tables: [{ name: tableName, range: 'A3:C11', columns: ['Kommune', 'Udgift', 'Elever'], style: 'TableStyleMedium2', showRowStripes: true }],
    conditionalFormats: [
      { kind: 'dataBar', range: 'B4:B11', color: '5B9BD5' },
      {
        kind: 'iconSet',
        range: 'C4:C11',
        iconSet: '3TrafficLights1',
        thresholds: [{ type: 'percent', value: 33 }, { type: 'percent', value: 67 }],
        reverse: true,
        showValue: true,
      },
      { kind: 'expression', range: 'A4:C11', formula: '$B4>60000', style: { fill: 'FCE4D6', bold: true } },
    ],
    charts: [
      {
        kind: 'column',
        title: 'Udgift pr. elev',
        series: [
          { name: 'Udgift', values: `'${name}'!$B$4:$B$11`, categories: `'${name}'!$A$4:$A$11`, color: '4472C4' },
          { name: 'Elever', values: `'${name}'!$C$4:$C$11`, categories: `'${name}'!$A$4:$A$11`, color: 'ED7D31', asLine: true },
        ],
        anchor: { from: 'E3', widthCols: 8, heightRows: 16 },
        xAxisTitle: 'Kommune',
        yAxisTitle: 'Kroner',
        valueFormat: '#,##0',
      },
      {
        kind: 'scatter',
        title: 'Udgift mod elevtal',
        series: [{ name: `'${name}'!$B$3`, values: `'${name}'!$B$4:$B$11`, categories: `'${name}'!$C$4:$C$11` }],
        anchor: { from: 'E20', widthCols: 8, heightRows: 16 },
        xAxisTitle: 'Elever',
        yAxisTitle: 'Kroner',
      },
    ],
    freeze: { rows: 3, columns: 1 },
    print: { orientation: 'landscape', paperSize: 'A4', fit: { width: 1, height: 0 }, gridlines: false, printTitleRows: '$3:$3' },
    tabColor: '2F5597',
  };
}

export function overviewSheet(benchmarkName = 'Benchmark', name = 'Overblik'): SheetModel {
  const ref = `'${benchmarkName}'`;
  return {
    name,
    role: 'overview',
    cells: [
      { address: 'A1', value: 'Overblik', style: { bold: true, size: 16 } },
      { address: 'A2', value: 'Højeste udgift' },
      { address: 'B2', formula: `MAX(${ref}!B4:B11)`, value: 70000, numFmt: '#,##0' },
      { address: 'A3', value: 'Første kvartil' },
      { address: 'B3', formula: `QUARTILE.INC(${ref}!$B$4:$B$11,1)`, value: 57250, numFmt: '#,##0' },
      { address: 'A4', value: '=IKKE en formel' },
      { address: 'A5', value: 'Antal (tabel)' },
      { address: 'B5', formula: 'COUNT(Benchmark_Tal[Udgift])', value: 8 },
    ],
    columnWidths: [22, 14],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'portrait', paperSize: 'A4', fit: { width: 1, height: 0 }, gridlines: false },
  };
}

export function sampleReport(runId = 'run-1'): ReportModel {
  return {
    sheets: [overviewSheet(), benchmarkSheet()],
    meta: { generator: 'Pejlemærke', version: '0.1.0', createdAt: '2025-01-15T10:00:00Z', runId },
  };
}
