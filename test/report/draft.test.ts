// Long notes must not run off the printed page: they are merged across the free columns of their
// row, wrapped, and the row made tall enough; short notes and rows with other content stay as they are.
import { SheetDraft } from '../../src/report/draft';

const ITALIC = { italic: true };

function draftWith(widths: number[]): SheetDraft {
  const draft = new SheetDraft('Ark', 'overview');
  draft.columnWidths = widths;
  return draft;
}

describe('SheetDraft wraps long notes', () => {
  it('merges a long note across the free columns and sizes its row by the lines it needs', () => {
    const draft = draftWith([20, 10, 10, 10]); // 50 characters across
    draft.value(1, 2, 'x'.repeat(120), { style: ITALIC }); // 132 wide with italics → 3 lines
    const sheet = draft.finish();
    expect(sheet.merges).toEqual(['A2:D2']);
    expect(sheet.rowHeights).toEqual({ 2: 45 });
    expect(sheet.cells[0].style).toMatchObject({ italic: true, wrap: true, verticalAlign: 'top' });
  });

  it('stops the merge before a cell that holds something', () => {
    const draft = draftWith([20, 10, 10, 10]);
    draft.value(1, 3, 'y'.repeat(60), { style: ITALIC });
    draft.value(3, 3, 42);
    const sheet = draft.finish();
    expect(sheet.merges).toEqual(['A3:B3']);
    expect(sheet.rowHeights).toEqual({ 3: 45 }); // 66 / 30 → 3 lines
  });

  it('leaves short notes, plain text and rows inside tables alone', () => {
    const draft = draftWith([20, 10]);
    draft.value(1, 1, 'short', { style: ITALIC });
    draft.value(1, 2, 'z'.repeat(100)); // not a note: no italic style
    draft.value(1, 6, 'w'.repeat(100), { style: ITALIC });
    draft.tables.push({ name: 'T', range: 'A5:B7', columns: ['a', 'b'], style: 'TableStyleLight9', showRowStripes: true });
    const sheet = draft.finish();
    expect(sheet.merges).toEqual([]);
    expect(sheet.rowHeights).toBeUndefined();
  });
});

describe('SheetDraft keeps texts within Excel’s cell limit', () => {
  it('cuts a text longer than 32,767 characters with an ellipsis', () => {
    const draft = new SheetDraft('Ark', 'method');
    draft.value(2, 2, 'a'.repeat(40_000));
    const [only] = draft.finish().cells;
    expect((only.value as string).length).toBe(32_767);
    expect((only.value as string).endsWith('…')).toBe(true);
  });
});
