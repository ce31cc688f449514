// The two small host additions the pane uses: selecting a problem's cell and showing a sheet.
import { ExcelWorkbookHost, splitSheetAddress } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake';

function setUp() {
  const excel = FakeExcel.fromGrids([
    { sheet: 'Mine tal', topLeft: 'A1', values: [[1]] },
    { sheet: 'Overblik', topLeft: 'A1', values: [[2]] },
  ]);
  const host = new ExcelWorkbookHost(excel.run as unknown as ConstructorParameters<typeof ExcelWorkbookHost>[0]);
  return { excel, host };
}

describe('ExcelWorkbookHost selection and sheets', () => {
  it('selects a sheet-qualified address in one sync and shows its sheet', async () => {
    const { excel, host } = setUp();
    excel.activeSheet = 'Overblik';
    await host.selectAddress("'Mine tal'!$C$7");
    expect(excel.selection).toEqual({ sheet: 'Mine tal', address: 'C7' });
    expect(excel.activeSheet).toBe('Mine tal');
    expect(excel.syncCount).toBe(1);
    expect(excel.syncLog[0].operations).toEqual(['range C7.select']);
  });

  it('selects a bare range on the active sheet', async () => {
    const { excel, host } = setUp();
    excel.activeSheet = 'Overblik';
    await host.selectAddress('B2:D4');
    expect(excel.selection).toEqual({ sheet: 'Overblik', address: 'B2:D4' });
  });

  it('fails for a sheet that does not exist', async () => {
    const { host } = setUp();
    await expect(host.selectAddress('Nope!A1')).rejects.toThrow();
  });

  it('activates a sheet in one sync', async () => {
    const { excel, host } = setUp();
    await host.activateSheet('Overblik');
    expect(excel.activeSheet).toBe('Overblik');
    expect(excel.syncCount).toBe(1);
  });

  it('splits addresses the way Excel quotes sheet names', () => {
    expect(splitSheetAddress("'Bob''s tal'!A1:B2")).toEqual({ sheet: "Bob's tal", range: 'A1:B2' });
    expect(splitSheetAddress('Ark1!$A$1')).toEqual({ sheet: 'Ark1', range: 'A1' });
    expect(splitSheetAddress('$C$3')).toEqual({ range: 'C3' });
  });
});
