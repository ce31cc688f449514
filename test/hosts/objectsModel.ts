// A report model that uses every sheet object the hosts write beyond cells and tables: data
// validation, protection with unlocked input cells, hidden columns, defined names, print area,
// fit, titles and gridlines, a line chart with a gap, error bars, point labels and value labels.
// Both hosts' tests and the schema validation write it.
import type { CellModel, ReportModel, SheetModel } from '../../src/report/model';

export const META = { generator: 'Pejlemærke', version: '0.1.0', createdAt: '2025-01-15T10:00:00Z', runId: 'run-objects' };

const PRINT = { orientation: 'landscape' as const, paperSize: 'A4' as const, fit: { width: 1, height: 1 }, gridlines: false };

/** Potentials with the planner's input columns (Vælg, Realiseringsgrad %, Note) and a hidden key. */
export function planningSheet(name = 'Prioritering'): SheetModel {
  const header = ['Nøgle', 'Område', 'Potentiale', 'Vælg', 'Realiseringsgrad %', 'Note', 'Realiseret', 'Valgt'];
  const cells: CellModel[] = [
    { address: 'B1', value: 'Prioritering', style: { bold: true, size: 14 } },
    ...header.map((value, i) => ({ address: `${'ABCDEFGH'[i]}3`, value, style: { bold: true, fill: 'D9E1F2', wrap: true } })),
  ];
  const rows: [string, string, number, string | null, number | null][] = [
    ['skole|aarhus|median', 'Folkeskole', 1200000, 'ja', 50],
    ['skole|odense|median', 'Folkeskole', 800000, 'nej', null],
    ['pleje|aarhus|median', 'Hjemmepleje', 0, null, null],
  ];
  rows.forEach(([key, area, potential, choice, rate], i) => {
    const r = 4 + i;
    const realised = choice === 'ja' && rate !== null ? (potential * rate) / 100 : 0;
    cells.push(
      { address: `A${r}`, value: key },
      { address: `B${r}`, value: area },
      { address: `C${r}`, value: potential, numFmt: '#,##0 "kr."' },
      { address: `D${r}`, value: choice },
      { address: `E${r}`, value: rate },
      { address: `G${r}`, formula: `IF(D${r}="ja",C${r}*E${r}/100,0)`, value: realised, numFmt: '#,##0 "kr."' },
      { address: `H${r}`, formula: `D${r}="ja"`, value: choice === 'ja' },
    );
  });
  cells.push(
    { address: 'B8', value: 'I alt', style: { bold: true } },
    { address: 'G8', formula: 'SUM(G4:G6)', value: 600000, numFmt: '#,##0 "kr."', style: { bold: true } },
  );
  return {
    name,
    role: 'prioritisation',
    cells,
    columnWidths: [10, 16, 14, 8, 12, 24, 14, 8],
    merges: [],
    tables: [{ name: 'Prioritering_Tal', range: 'A3:H6', columns: header, style: 'TableStyleLight9', showRowStripes: true }],
    conditionalFormats: [{ kind: 'expression', range: 'A4:H6', formula: '$D4="ja"', style: { fill: 'E2EFDA' } }],
    charts: [],
    print: { ...PRINT, area: 'A1:H8', printTitleRows: '3:3' },
    dataValidations: [
      {
        range: 'D4:D6',
        rule: { kind: 'list', values: ['ja', 'nej'] },
        allowBlank: true,
        error: { title: 'Vælg ja eller nej', message: 'Skriv ja eller nej, eller lad cellen stå tom.' },
        prompt: { title: 'Vælg', message: 'ja = potentialet indgår i budgettet' },
      },
      {
        range: 'E4:E6',
        rule: { kind: 'whole', min: 0, max: 100 },
        allowBlank: true,
        error: { title: 'Realiseringsgrad', message: 'Et helt tal fra 0 til 100.' },
      },
    ],
    protection: { unlocked: ['D4:F6'], allowSort: true, allowFilter: true },
    hiddenColumns: [1],
    freeze: { rows: 3, columns: 0 },
  };
}

/** Years as text categories with a missing year (a gap), intervals and unit names. */
export function trendSheet(name = 'Udvikling'): SheetModel {
  const q = `'${name}'`;
  const years: [string, number | null, number, number, string, number, number, number][] = [
    ['2019', 52000, 1500, 1200, 'Aarhus', 0.82, 0.05, 0.04],
    ['2020', 54000, 1400, 1300, 'Odense', 0.91, 0.03, 0.06],
    ['2021', null, 0, 0, 'Aalborg', 1, 0, 0.08],
    ['2022', 58000, 1600, 1100, 'Esbjerg', 0.77, 0.07, 0.05],
    ['2023', 61000, 1700, 1500, 'Randers', 0.95, 0.02, 0.06],
  ];
  const cells: CellModel[] = [
    { address: 'A1', value: 'År' }, { address: 'B1', value: 'Udgift pr. elev' }, { address: 'C1', value: 'Plus' },
    { address: 'D1', value: 'Minus' }, { address: 'E1', value: 'Enhed' }, { address: 'F1', value: 'Score' },
    { address: 'G1', value: 'Score +' }, { address: 'H1', value: 'Score −' },
  ];
  years.forEach(([year, value, plus, minus, unit, score, scorePlus, scoreMinus], i) => {
    const r = 2 + i;
    cells.push(
      { address: `A${r}`, value: year },
      { address: `B${r}`, value, numFmt: '#,##0' },
      { address: `C${r}`, value: plus },
      { address: `D${r}`, value: minus },
      { address: `E${r}`, value: unit },
      { address: `F${r}`, value: score, numFmt: '0.00' },
      { address: `G${r}`, value: scorePlus, numFmt: '0.00' },
      { address: `H${r}`, value: scoreMinus, numFmt: '0.00' },
    );
  });
  return {
    name,
    role: 'benchmark',
    cells,
    columnWidths: [8, 14, 8, 8, 12, 8, 8, 8],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [
      {
        kind: 'line',
        title: 'Udgift pr. elev over tid',
        series: [{ name: 'Udgift pr. elev', values: `${q}!$B$2:$B$6`, categories: `${q}!$A$2:$A$6`, color: '2F5597', errorBars: { plus: `${q}!$C$2:$C$6`, minus: `${q}!$D$2:$D$6` } }],
        anchor: { from: 'J2', widthCols: 8, heightRows: 14 },
        valueFormat: '#,##0',
        valueAxisMin: 0,
        hideLegend: true,
      },
      {
        kind: 'bar',
        title: 'Udgift pr. år',
        series: [{ name: 'Udgift', values: `${q}!$B$2:$B$6`, categories: `${q}!$A$2:$A$6`, valueLabels: true }],
        anchor: { from: 'J17', widthCols: 8, heightRows: 14 },
        valueFormat: '#,##0 "kr."',
        valueAxisMin: 0,
        hideLegend: true,
        categoriesTopDown: true,
      },
      {
        kind: 'scatter',
        title: 'Score mod udgift',
        series: [{ name: 'Enheder', values: `${q}!$F$2:$F$6`, categories: `${q}!$B$2:$B$6`, pointLabels: `${q}!$E$2:$E$6`, errorBars: { plus: `${q}!$G$2:$G$6`, minus: `${q}!$H$2:$H$6` } }],
        anchor: { from: 'S2', widthCols: 8, heightRows: 14 },
        valueFormat: '0.00',
        valueAxisMin: 0,
        valueAxisMax: 1,
      },
    ],
    print: { ...PRINT, fit: { width: 1, height: 0 }, gridlines: true },
  };
}

export function objectsReport(runId = META.runId): ReportModel {
  return {
    sheets: [planningSheet(), trendSheet()],
    names: [
      { name: 'Samlet_realiseret', refersTo: "'Prioritering'!$G$8", comment: 'Sum af de valgte potentialer' },
      { name: 'Udgift_2023', refersTo: "'Udvikling'!$B$6" },
    ],
    meta: { ...META, runId },
  };
}
