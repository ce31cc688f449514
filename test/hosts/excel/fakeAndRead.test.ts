// The fake enforces Office.js's load/sync rules; the host reads grids through it.
import { FakeExcel, FakeOfficeError, type FakeRequestContext } from '../../../src/hosts/excel/fake';
import { HostError } from '../../../src/hosts/types';
import { hostFor } from './helpers';

type Batch = (context: FakeRequestContext) => Promise<unknown>;
const caught = async (excel: FakeExcel, batch: Batch) => excel.run(batch).catch((e: unknown) => e as FakeOfficeError);

describe('the fake Excel API', () => {
  const seeded = () => FakeExcel.fromGrids([{ sheet: 'Ark1', topLeft: 'B2', values: [['a', 1], [true, { error: '#N/A' }]] }]);

  it('refuses to read a property before load() and sync()', async () => {
    const excel = seeded();
    const error = await caught(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('B2:C3');
      range.load('values');
      // Deliberate misuse: the fake must catch what the lint rule catches in host code.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      return range.values; // no sync yet
    });
    expect((error as FakeOfficeError).code).toBe('PropertyNotLoaded');
    expect((error as FakeOfficeError).message).toContain("The property 'values' is not available");
    const notLoaded = await caught(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('B2:C3');
      range.load('values');
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberate misuse, see above
      return range.address;
    });
    expect((notLoaded as FakeOfficeError).code).toBe('PropertyNotLoaded');
  });

  it('returns loaded values after sync, counting the sync', async () => {
    const excel = seeded();
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('B2:C3').load('values, valueTypes, address');
      await context.sync();
      return [range.values, range.valueTypes, range.address];
    });
    expect(values).toEqual([[['a', 1], [true, '#N/A']], [['String', 'Double'], ['Boolean', 'Error']], 'Ark1!B2:C3']);
    expect(excel.syncCount).toBe(1);
  });

  it('queues writes and applies them only at sync', async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('D1:E1').formulas = [['=SUM(C2:C3)', "'=tekst"]];
      expect(excel.cell('Ark1', 'D1')).toBeUndefined();
      await context.sync();
    });
    expect(excel.cell('Ark1', 'D1')?.formula).toBe('=SUM(C2:C3)');
    expect(excel.cell('Ark1', 'E1')).toEqual({ value: '=tekst', type: 'String' });
  });

  it('raises Office errors at sync: existing sheet, invalid address, wrong array size, payload', async () => {
    const excel = seeded();
    const exists = await caught(excel, async (context) => {
      context.workbook.worksheets.add('ark1');
      await context.sync();
    });
    expect((exists as FakeOfficeError).code).toBe('ItemAlreadyExists');
    const address = await caught(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('B2:ZZZZ9').formulas = [[1]];
      await context.sync();
    });
    expect((address as FakeOfficeError).code).toBe('InvalidArgument');
    const size = await caught(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1:B1').formulas = [[1]];
      await context.sync();
    });
    expect((size as FakeOfficeError).code).toBe('InvalidArgument');
    excel.payloadLimit = 1000;
    const payload = await caught(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1').formulas = [['x'.repeat(2000)]];
      await context.sync();
    });
    expect((payload as FakeOfficeError).code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.cell('Ark1', 'A1')).toBeUndefined();
  });

  it('follows sheet and table renames in formulas, as Excel does', async () => {
    const excel = FakeExcel.fromGrids([{ sheet: 'Data', topLeft: 'A1', values: [['x'], [1]] }, { sheet: 'Brug', topLeft: 'A1', values: [[null]] }], [
      { name: 'Tal', sheet: 'Data', range: 'A1:A2' },
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Brug').getRange('A1:B1').formulas = [["=Data!A2+'Data'!A1", '=SUM(Tal[x])']];
      context.workbook.worksheets.getItem('Data').name = 'Mine data';
      context.workbook.tables.getItem('Tal').name = 'Tallene';
      await context.sync();
    });
    expect(excel.content('Brug', 'A1')).toBe("='Mine data'!A2+'Mine data'!A1");
    expect(excel.content('Brug', 'B1')).toBe('=SUM(Tallene[x])');
  });
});

describe('reading through the host', () => {
  const workbook = () => {
    const excel = FakeExcel.fromGrids(
      [{ sheet: 'Mine tal', topLeft: 'B4', values: [['Kommune', 'Udgift'], ['Aarhus', 61000], ['Odense', { error: '#DIV/0!' }], ['Aalborg', true]], hiddenRows: [false, true, false, false] }],
      [{ name: 'Udgifter', sheet: 'Mine tal', range: 'B4:C7' }],
    );
    excel.selection = { sheet: 'Mine tal', address: 'B5:C6' };
    return excel;
  };
  const expected = [['Kommune', 'Udgift'], ['Aarhus', 61000], ['Odense', { error: '#DIV/0!' }], ['Aalborg', true]];

  it('reads a sheet\'s used range with values, errors, hidden rows and its address in one sync', async () => {
    const excel = workbook();
    const grid = await hostFor(excel).read({ kind: 'range', sheet: 'mine tal' });
    expect(grid).toEqual({ sheet: 'Mine tal', topLeft: 'B4', values: expected, hiddenRows: [false, true, false, false] });
    expect(excel.syncCount).toBe(1);
  });

  it('without ExcelApi 1.9 reads hidden rows per row in a second sync, not one per row', async () => {
    const excel = workbook();
    const host = hostFor(excel, { isSetSupported: (_name, version) => Number(version) < 1.9 });
    const grid = await host.read({ kind: 'table', name: 'udgifter' });
    expect(grid.tableName).toBe('Udgifter');
    expect(grid.hiddenRows).toEqual([false, true, false, false]);
    expect(excel.syncCount).toBe(2);
  });

  it('reads the selection and a given range', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    expect((await host.read({ kind: 'selection' })).values).toEqual(expected.slice(1, 3));
    const range = await host.read({ kind: 'range', sheet: 'Mine tal', range: '$C$5:$C$6' });
    expect(range.topLeft).toBe('C5');
    expect(range.values).toEqual([[61000], [{ error: '#DIV/0!' }]]);
  });

  it('names what exists when a sheet or table is missing', async () => {
    const host = hostFor(workbook());
    const sheet = await host.read({ kind: 'range', sheet: 'Budget' }).catch((e: unknown) => e as HostError);
    expect(sheet).toBeInstanceOf(HostError);
    expect((sheet as HostError).message).toBe('Arket "Budget" findes ikke i projektmappen. Ark i mappen: "Mine tal".');
    const table = await host.read({ kind: 'table', name: 'Skoler' }).catch((e: unknown) => e as HostError);
    expect((table as HostError).code).toBe('table-not-found');
    expect((table as HostError).message).toContain('"Udgifter" (Mine tal)');
  });

  it('lists visible sheets and tables with their ranges', async () => {
    const excel = workbook();
    excel.addSheet('Skjult').visibility = 'Hidden';
    expect(await hostFor(excel).listSources()).toEqual({ sheets: ['Mine tal'], tables: [{ name: 'Udgifter', sheet: 'Mine tal', range: 'B4:C7' }] });
  });
});
