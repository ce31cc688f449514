// Independent check with a real spreadsheet engine: LibreOffice recalculates the formulas we
// write (with `_xlfn.` prefixes) and must arrive at the cached values the model carries.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { XlsxWorkbook, convertWithLibreOffice, hasLibreOffice, parseCsv, recalculateToCsv } from '../../../src/hosts/xlsx';
import type { CellModel, SheetModel } from '../../../src/report/model';
import { COSTS, sampleReport } from './sampleModel';

const META = { generator: 'g', version: 'v', createdAt: 'c', runId: 'r' };

/**
 * Costs in B2:B9 (61000, 58000, 64000, 55000, 70000, 52000, 66000, 59000); sorted:
 * 52000 55000 58000 59000 61000 64000 66000 70000. Expected values worked by hand from Excel's
 * definitions: QUARTILE.INC interpolates at (n-1)·k/4, PERCENTRANK.INC = (values below)/(n-1)
 * truncated to 3 digits, RANK.EQ ascending counts smaller values + 1.
 */
function formulaSheet(): SheetModel {
  const cells: CellModel[] = [{ address: 'A1', value: 'Kommune' }, { address: 'B1', value: 'Udgift' }];
  COSTS.forEach(([name, cost], i) => {
    cells.push({ address: `A${i + 2}`, value: name }, { address: `B${i + 2}`, value: cost });
  });
  cells.push(
    { address: 'C5', value: 61000 },
    { address: 'D5', value: 57250 },
    { address: 'E5', value: 1200 },
    { address: 'F1', formula: 'MAX(0,C5-D5)*E5', value: 4500000 }, // (61000-57250)·1200
    { address: 'F2', formula: 'QUARTILE.INC($B$2:$B$9,1)', value: 57250 }, // 55000 + 0.75·3000
    { address: 'F3', formula: 'QUARTILE.INC($B$2:$B$9,3)', value: 64500 }, // 64000 + 0.25·2000
    { address: 'F4', formula: 'PERCENTRANK.INC($B$2:$B$9,B3)', value: 0.285 }, // 2/7 truncated
    { address: 'F5', formula: 'RANK.EQ(B3,$B$2:$B$9,1)', value: 3 },
    { address: 'F6', formula: 'MEDIAN($B$2:$B$9)', value: 60000 }, // (59000+61000)/2
    { address: 'F7', formula: 'PERCENTILE.INC($B$2:$B$9,0.5)', value: 60000 },
    { address: 'F8', formula: 'MAXIFS($B$2:$B$9,$B$2:$B$9,"<60000")', value: 59000 },
    // A deliberately wrong cached value: proves LibreOffice recalculated instead of echoing it.
    { address: 'F9', formula: 'B2*2', value: 1 },
  );
  return {
    name: 'Formler',
    role: 'benchmark',
    cells,
    columnWidths: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'portrait', paperSize: 'A4', fit: { width: 0, height: 0 }, gridlines: false },
  };
}

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'pejlemaerke-xlsx-test-'));
}

test('parseCsv handles quotes, doubled quotes and embedded newlines', () => {
  expect(parseCsv('a,"b,c","d""e"\n"f\ng",h\n')).toEqual([['a', 'b,c', 'd"e'], ['f\ng', 'h']]);
});

const withLibreOffice = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) {
  console.warn('LibreOffice (soffice) is not on PATH: the LibreOffice checks of the .xlsx host are skipped.');
}

withLibreOffice('LibreOffice recalculation (soffice on PATH)', () => {
  jest.setTimeout(180000);

  test('recalculated formulas equal the cached values written from the model', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'formler.xlsx');
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport({ sheets: [formulaSheet()], meta: META });
    await wb.save(file);
    const sheets = await recalculateToCsv(file);
    const column = (sheets['Formler'] ?? []).map((row) => row[5]);
    expect(column.slice(0, 3)).toEqual(['4500000', '57250', '64500']);
    // Excel truncates PERCENTRANK.INC to 3 digits (0.285); LibreOffice 7.4 rounds (0.286). Both
    // are the same rank 2/7 = 0.2857…, so the check allows the last digit to differ.
    expect(['0.285', '0.286']).toContain(column[3]);
    expect(column.slice(4, 9)).toEqual(['3', '60000', '60000', '59000', '122000']);
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('the full sample report opens, recalculates across renamed sheets and exports with its charts', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'rapport.xlsx');
    const wb = XlsxWorkbook.createNew();
    await wb.writeReport(sampleReport());
    await wb.save(file);
    const sheets = await recalculateToCsv(file);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['Overblik', 'Benchmark']));
    expect(sheets['Overblik'][1][1]).toBe('70000'); // MAX over the other sheet
    expect(sheets['Overblik'][2][1]).toBe('57250'); // QUARTILE.INC with _xlfn. prefix
    expect(sheets['Overblik'][4][1]).toBe('8'); // structured reference to the report's table
    expect(sheets['Benchmark'][3][0]).toBe('Aarhus');
    await convertWithLibreOffice(file, 'pdf', dir);
    const pdf = await fs.stat(path.join(dir, 'rapport.pdf'));
    expect(pdf.size).toBeGreaterThan(10000);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
