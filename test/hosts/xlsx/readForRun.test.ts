// readForRun on .xlsx files: the planner's input in the Prioritering sheet of an earlier run is
// read back from a file written, edited and saved again, so a re-run (CLI copy mode) can keep it.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../../src/hosts/xlsx';
import { objectsReport } from '../objectsModel';
import { toBuffer } from './inputWorkbook';

const SOURCE = { kind: 'range' as const, sheet: 'Mine tal' };

async function userFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mine tal');
  ws.addRow(['Kommune', 'Udgift']);
  ws.addRow(['Aarhus', 61000]);
  return toBuffer(wb);
}

/** Opens the file in ExcelJS as a user's spreadsheet program would, types into it and saves. */
async function plannerTypes(file: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet('Prioritering');
  if (!sheet) throw new Error('no Prioritering');
  sheet.getCell('D5').value = 'ja';
  sheet.getCell('E5').value = 75;
  sheet.getCell('F6').value = 'Tjek med skolechefen';
  sheet.getCell('F40').value = 'en note langt nede';
  return toBuffer(wb);
}

describe('readForRun on the .xlsx host', () => {
  test('a first run has no own sheets', async () => {
    const wb = await XlsxWorkbook.open(await userFile());
    const read = await wb.readForRun(SOURCE, ['prioritisation']);
    expect(read.grid.values).toEqual([['Kommune', 'Udgift'], ['Aarhus', 61000]]);
    expect(read.own).toEqual([]);
  });

  test("a re-run on the saved file reads the planner's input, from A1 to the end of the used range", async () => {
    const first = await XlsxWorkbook.open(await userFile());
    await first.writeReport(objectsReport('run-1'));
    const edited = await plannerTypes(await first.toBuffer());

    const again = await XlsxWorkbook.open(edited);
    const read = await again.readForRun(SOURCE, ['prioritisation', 'overview']);
    expect(read.own.map((o) => [o.name, o.role])).toEqual([['Prioritering', 'prioritisation']]);
    const grid = read.own[0].grid;
    expect(grid.topLeft).toBe('A1');
    expect(grid.values).toHaveLength(40);
    expect(grid.values[0][0]).toBeNull();
    expect(grid.values[0][1]).toBe('Prioritering');
    expect(grid.values[3][0]).toBe('skole|aarhus|median');
    expect(grid.values[4].slice(3, 6)).toEqual(['ja', 75, null]);
    expect(grid.values[5][5]).toBe('Tjek med skolechefen');
    expect(grid.values[39][5]).toBe('en note langt nede');
    // Formula cells read as their cached results.
    expect(grid.values[7][6]).toBe(600000);
  });

  test('a registry without roles (an older file) gives no own sheets for any role', async () => {
    const first = await XlsxWorkbook.open(await userFile());
    await first.writeReport(objectsReport('run-1'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await first.toBuffer()) as unknown as ExcelJS.Buffer);
    const registry = wb.getWorksheet('_pejlemaerke');
    registry?.getColumn(3).eachCell((cell) => (cell.value = null));
    const old = await XlsxWorkbook.open(await toBuffer(wb));
    expect((await old.readForRun(SOURCE, ['prioritisation'])).own).toEqual([]);
    expect(old.ownSheetNames()).toEqual(['Prioritering', 'Udvikling']);
  });
});
