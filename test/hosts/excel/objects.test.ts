// The sheet objects beyond cells and tables through the Office.js host, checked on the recording
// fake: fonts, print setup, hidden columns, data validation, protection, defined names and charts,
// and what an older Excel gets when an object needs a newer API.
import { FakeExcel } from '../../../src/hosts/excel/fake';
import type { ReportModel } from '../../../src/report/model';
import { objectsReport } from '../objectsModel';
import { hostFor } from './helpers';

function userWorkbook(): FakeExcel {
  return FakeExcel.fromGrids([{ sheet: 'Mine tal', topLeft: 'A1', values: [['Kommune', 'Udgift'], ['Aarhus', 61000]] }]);
}

async function written(model: ReportModel = objectsReport(), excel = userWorkbook(), options: Parameters<typeof hostFor>[1] = {}) {
  const summary = await hostFor(excel, options).writeReport(model);
  return { excel, summary };
}

describe('fonts and print setup', () => {
  it('every written cell is in Calibri 11 unless the model sets a size', async () => {
    const { excel } = await written();
    expect(excel.cell('Prioritering', 'C4')?.style).toMatchObject({ name: 'Calibri', size: 11 });
    expect(excel.cell('Prioritering', 'F6')?.style).toMatchObject({ name: 'Calibri', size: 11 }); // an empty input cell
    expect(excel.cell('Prioritering', 'B1')?.style).toMatchObject({ name: 'Calibri', size: 14, bold: true });
  });

  it('A4 fit, margins, no gridlines on paper, print area and titles', async () => {
    const { excel } = await written();
    const layout = excel.sheet('Prioritering')?.pageLayout;
    expect(layout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printGridlines: false,
      printArea: 'A1:H8',
      printTitleRows: '$3:$3',
    });
    expect(layout?.margins).toEqual({ leftMargin: 28.8, rightMargin: 28.8, topMargin: 43.2, bottomMargin: 43.2, headerMargin: 18, footerMargin: 18 });
    expect(excel.sheet('Udvikling')?.pageLayout.printGridlines).toBe(true);
  });
});

describe('hidden columns, validation and protection', () => {
  it('hides the key column', async () => {
    const { excel } = await written();
    expect([...(excel.sheet('Prioritering')?.hiddenColumns ?? [])]).toEqual([1]);
  });

  it('a ja/nej drop-down and a whole number 0–100 with their texts', async () => {
    const { excel } = await written();
    const rules = excel.sheet('Prioritering')?.dataValidations ?? [];
    expect(rules).toEqual([
      {
        range: 'D4:D6',
        rule: { list: { inCellDropDown: true, source: 'ja,nej' } },
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: 'Stop', title: 'Vælg ja eller nej', message: 'Skriv ja eller nej, eller lad cellen stå tom.' },
        prompt: { showPrompt: true, title: 'Vælg', message: 'ja = potentialet indgår i budgettet' },
      },
      {
        range: 'E4:E6',
        rule: { wholeNumber: { formula1: 0, formula2: 100, operator: 'Between' } },
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: 'Stop', title: 'Realiseringsgrad', message: 'Et helt tal fra 0 til 100.' },
      },
    ]);
  });

  it('protects the sheet last (after the table got its name), sort and filter allowed, input cells unlocked', async () => {
    const { excel } = await written();
    const sheet = excel.sheet('Prioritering');
    expect(sheet?.protection).toEqual({ allowSort: true, allowAutoFilter: true });
    expect(excel.table('Prioritering_Tal')?.sheet).toBe(sheet);
    expect(excel.cell('Prioritering', 'D4')?.style?.locked).toBe(false);
    expect(excel.cell('Prioritering', 'F6')?.style?.locked).toBe(false);
    expect(excel.cell('Prioritering', 'C4')?.style?.locked).toBeUndefined(); // Excel's default: locked
    const labels = excel.syncLog.flatMap((s) => s.operations);
    const protect = labels.findIndex((l) => l.endsWith('.protection.protect'));
    expect(protect).toBeGreaterThan(labels.findIndex((l) => l.includes('.name=Prioritering_Tal')));
  });

  it('a re-run replaces a protected own sheet', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    await host.writeReport(objectsReport('run-1'));
    const second = await host.writeReport(objectsReport('run-2'));
    expect(second.replaced).toEqual(['Prioritering', 'Udvikling']);
    expect(excel.sheet('Prioritering')?.protection).toEqual({ allowSort: true, allowAutoFilter: true });
  });
});

describe('defined names', () => {
  it('adds our names after the sheets have their names, and a re-run replaces exactly ours', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    const first = await host.writeReport(objectsReport('run-1'));
    expect(first.names).toEqual(['Samlet_realiseret', 'Udgift_2023']);
    expect(excel.names).toEqual([
      { name: 'Samlet_realiseret', formula: "='Prioritering'!$G$8", comment: 'Sum af de valgte potentialer' },
      { name: 'Udgift_2023', formula: "='Udvikling'!$B$6" },
    ]);
    expect(excel.content('_pejlemaerke', 'B8')).toBe('Samlet_realiseret');
    await host.writeReport(objectsReport('run-2'));
    expect(excel.names.map((n) => n.name)).toEqual(['Samlet_realiseret', 'Udgift_2023']);
    expect(excel.names[0].formula).toBe("='Prioritering'!$G$8");
  });

  it("a user's name of the same name stays; ours takes the next free name and the report's formulas follow", async () => {
    const excel = userWorkbook();
    excel.names.push({ name: 'Samlet_realiseret', formula: "='Mine tal'!$B$2" });
    const model = objectsReport();
    model.sheets[0].cells.push({ address: 'J1', formula: 'Samlet_realiseret*2', value: 1200000 });
    const { summary } = await written(model, excel);
    expect(summary.names).toEqual(['Samlet_realiseret_2', 'Udgift_2023']);
    expect(excel.name('Samlet_realiseret')?.formula).toBe("='Mine tal'!$B$2");
    expect(excel.name('Samlet_realiseret_2')?.formula).toBe("='Prioritering'!$G$8");
    expect(excel.content('Prioritering', 'J1')).toBe('=Samlet_realiseret_2*2');
  });
});

describe('charts', () => {
  it('a line chart with markers, gaps for blanks, axis from 0 and no legend', async () => {
    const { excel } = await written();
    const [line, bar] = excel.sheet('Udvikling')?.charts ?? [];
    expect(line).toMatchObject({ type: 'LineMarkers', displayBlanksAs: 'NotPlotted', legendVisible: false, valueAxisMinimum: 0, valueAxisNumberFormat: '#,##0' });
    expect(line.series[0].lineColor).toBe('#2F5597');
    expect(bar.series[0]).toMatchObject({ hasDataLabels: true, dataLabels: { showValue: true, numberFormat: '#,##0 "kr."' } });
    expect(bar).toMatchObject({ categoriesReversed: true, valueAxisCrossesAt: 'Maximum' });
    expect(line.categoriesReversed).toBeUndefined();
  });

  it("scatter labels are formulas on each point that follow the sheet's final name; error bars are left out and said so", async () => {
    const { excel, summary } = await written();
    const scatter = excel.sheet('Udvikling')?.charts[2];
    expect(scatter).toMatchObject({ type: 'XYScatter', valueAxisMinimum: 0, valueAxisMaximum: 1 });
    expect(scatter?.series[0].pointLabels).toEqual({
      0: { hasDataLabel: true, formula: "='Udvikling'!$E$2" },
      1: { hasDataLabel: true, formula: "='Udvikling'!$E$3" },
      2: { hasDataLabel: true, formula: "='Udvikling'!$E$4" },
      3: { hasDataLabel: true, formula: "='Udvikling'!$E$5" },
      4: { hasDataLabel: true, formula: "='Udvikling'!$E$6" },
    });
    expect(summary.omitted).toEqual([{ sheet: 'Udvikling', object: 'errorBars' }]);
  });
});

describe('an Excel without the newer APIs', () => {
  it('ExcelApi 1.7 only: validation, point labels, print setup and error bars are left out, the rest is written', async () => {
    const upTo17 = (_set: string, version: string) => Number(version) <= 1.7;
    const { excel, summary } = await written(objectsReport(), userWorkbook(), { isSetSupported: upTo17 });
    expect(excel.sheet('Prioritering')?.dataValidations).toEqual([]);
    expect(excel.sheet('Prioritering')?.protection).toEqual({ allowSort: true, allowAutoFilter: true });
    expect(excel.sheet('Udvikling')?.charts[2].series[0].pointLabels).toBeUndefined();
    expect(excel.sheet('Udvikling')?.charts[0].displayBlanksAs).toBeUndefined();
    expect(summary.omitted).toEqual([
      { sheet: 'Prioritering', object: 'dataValidation' },
      { sheet: 'Prioritering', object: 'printSetup' },
      { sheet: 'Udvikling', object: 'errorBars' },
      { sheet: 'Udvikling', object: 'pointLabels' },
      { sheet: 'Udvikling', object: 'printSetup' },
    ]);
  });
});
