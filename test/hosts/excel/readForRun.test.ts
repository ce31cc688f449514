// A pane run through the Office.js host: readForRun reads the user's figures, the registry and the
// planner's own sheet in one round trip, and the write that follows needs only its write sync.
import { FakeExcel } from '../../../src/hosts/excel/fake';
import type { CellGrid } from '../../../src/core/types';
import { objectsReport } from '../objectsModel';
import { hostFor } from './helpers';

const SOURCE = { kind: 'range' as const, sheet: 'Mine tal' };

function userWorkbook(rows = 2): FakeExcel {
  const values: (string | number)[][] = [['Kommune', 'Udgift']];
  for (let i = 1; i < rows; i++) values.push([`Kommune ${i}`, 50000 + i]);
  return FakeExcel.fromGrids([{ sheet: 'Mine tal', topLeft: 'A1', values }]);
}

/** The planner types a choice, a rate and a note into the written Prioritering sheet. */
function plannerTypes(excel: FakeExcel): void {
  const sheet = excel.sheet('Prioritering');
  if (!sheet) throw new Error('no Prioritering');
  sheet.cells.set('D5', { value: 'ja', type: 'String', style: sheet.cells.get('D5')?.style });
  sheet.cells.set('E5', { value: 75, type: 'Double', style: sheet.cells.get('E5')?.style });
  sheet.cells.set('F6', { value: 'Tjek med skolechefen', type: 'String', style: sheet.cells.get('F6')?.style });
}

function cellOf(grid: CellGrid, address: string): unknown {
  const col = address.charCodeAt(0) - 64;
  const row = Number(address.slice(1));
  return grid.values[row - 1]?.[col - 1];
}

describe('readForRun on the Office.js host', () => {
  it('a first run: one sync to read, one to write, and no own sheets yet', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    const read = await host.readForRun(SOURCE, ['prioritisation']);
    expect(read.grid.values[1]).toEqual(['Kommune 1', 50001]);
    expect(read.own).toEqual([]);
    expect(excel.syncCount).toBe(1);
    const summary = await host.writeReport(objectsReport());
    expect(summary.syncs).toBe(1);
    expect(excel.syncCount).toBe(2);
  });

  it("a re-run reads the planner's input back, with the sheet's cells from A1", async () => {
    const excel = userWorkbook();
    await hostFor(excel).writeReport(objectsReport('run-1'));
    plannerTypes(excel);
    const read = await hostFor(excel).readForRun(SOURCE, ['prioritisation']);
    expect(read.own).toHaveLength(1);
    const [own] = read.own;
    expect(own).toMatchObject({ name: 'Prioritering', role: 'prioritisation' });
    expect(own.grid.topLeft).toBe('A1');
    expect(cellOf(own.grid, 'B1')).toBe('Prioritering');
    expect(cellOf(own.grid, 'A1')).toBeNull();
    expect(cellOf(own.grid, 'A4')).toBe('skole|aarhus|median');
    expect(cellOf(own.grid, 'D5')).toBe('ja');
    expect(cellOf(own.grid, 'E5')).toBe(75);
    expect(cellOf(own.grid, 'F6')).toBe('Tjek med skolechefen');
    // Only the roles asked for.
    expect((await hostFor(excel).readForRun(SOURCE, ['overview'])).own).toEqual([]);
  });

  it('a whole re-run (readForRun + writeReport) takes at most three syncs, two when the host saw the sheets before', async () => {
    for (const rows of [2, 3000]) {
      const excel = userWorkbook(rows);
      const first = hostFor(excel);
      await first.writeReport(objectsReport('run-1'));
      plannerTypes(excel);

      // A new session (a new host): the registry names the planner's sheet, a second sync reads it.
      const before = excel.syncCount;
      const fresh = hostFor(excel);
      const read = await fresh.readForRun(SOURCE, ['prioritisation']);
      expect(read.grid.values).toHaveLength(rows);
      await fresh.writeReport(objectsReport('run-2'));
      expect(excel.syncCount - before).toBeLessThanOrEqual(3);

      // The same session again: the sheet is read with the input, in the first sync.
      const again = excel.syncCount;
      const reread = await fresh.readForRun(SOURCE, ['prioritisation']);
      expect(reread.own.map((o) => o.name)).toEqual(['Prioritering']);
      expect(excel.syncCount - again).toBe(1);
      await fresh.writeReport(objectsReport('run-3'));
      expect(excel.syncCount - again).toBe(2);
    }
  });

  it('a guessed sheet the user deleted meanwhile costs one failed sync, never a wrong read', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    await host.writeReport(objectsReport('run-1'));
    excel.deleteSheet(excel.sheet('Prioritering') as NonNullable<ReturnType<FakeExcel['sheet']>>);
    const read = await host.readForRun(SOURCE, ['prioritisation']);
    expect(read.own).toEqual([]);
    expect(read.grid.values[0]).toEqual(['Kommune', 'Udgift']);
  });

  it('a user sheet added between the read and the write: the write reads the workbook again and gives way', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    await host.readForRun(SOURCE, ['prioritisation']);
    excel.addSheet('Prioritering').cells.set('A1', { value: 'mine egne tal', type: 'String' });
    const summary = await host.writeReport(objectsReport());
    expect(summary.written).toEqual(['Prioritering (2)', 'Udvikling']);
    expect(excel.content('Prioritering', 'A1')).toBe('mine egne tal');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Mine tal', 'Prioritering', 'Prioritering (2)', 'Udvikling', '_pejlemaerke']);
  });

  it('any other call in between makes the write read the workbook itself', async () => {
    const excel = userWorkbook();
    const host = hostFor(excel);
    await host.readForRun(SOURCE, ['prioritisation']);
    await host.read(SOURCE);
    const summary = await host.writeReport(objectsReport());
    expect(summary.syncs).toBe(2);
  });
});
