// Problems as the pane shows them: by severity, repeats merged with a link per cell.
import type { Problem } from '../../src/core/types';
import { groupProblems, newProblems } from '../../src/taskpane/problemGroups';

const blank = (row: number): Problem => ({
  severity: 'warning', code: 'parse.cell.blankOptional', params: { address: `'Skoler 2024'!F${row}`, column: 'Trivsel' },
  address: `'Skoler 2024'!F${row}`, message: `Cellen 'Skoler 2024'!F${row} i kolonnen "Trivsel" er tom. Rækken er brugt, men uden denne værdi.`,
});

describe('groupProblems', () => {
  it('merges a repeat into one line with the right grammar and every cell linked', () => {
    const grouped = groupProblems([blank(7), blank(9), blank(12), blank(15), blank(20)], 'da');
    expect(grouped.warning).toHaveLength(1);
    expect(grouped.warning[0].text).toBe('5 rækker har en tom celle i kolonnen "Trivsel"; de er brugt uden værdien.');
    expect(grouped.warning[0].targets.map((t) => t.label)).toEqual(['F7', 'F9', 'F12', 'F15', 'F20']);
    expect(grouped.warning[0].targets[0].address).toBe("'Skoler 2024'!F7");
    expect(groupProblems([blank(7)], 'da').warning[0].text).toBe(blank(7).message);
  });

  it('sorts by severity, keeps columns apart and leaves out the summary the pane says itself', () => {
    const other = { ...blank(8), params: { ...blank(8).params, column: 'Elever' } };
    const error: Problem = { severity: 'error', code: 'parse.required.missing', params: {}, address: 'Ark1!A1:D1', message: 'Mangler udgift.' };
    const summary: Problem = { severity: 'info', code: 'parse.summary', params: {}, address: 'Ark1!A2:D9', message: '5 af 5 rækker er brugt' };
    const grouped = groupProblems([blank(7), other, summary, error], 'en');
    expect(grouped.error.map((g) => g.text)).toEqual(['Mangler udgift.']);
    expect(grouped.warning).toHaveLength(2);
    expect(grouped.info).toEqual([]);
    expect(grouped.total).toBe(3);
  });

  it('without a merged wording, puts the count before the first message with its address taken out', () => {
    const repeat = (row: number): Problem => ({
      severity: 'info', code: 'parse.row.note', params: { text: 'x' }, address: `Ark1!A${row}:C${row}`,
      message: `Rækken Ark1!A${row}:C${row} ("x") ligner en note og er sprunget over.`,
    });
    expect(groupProblems([repeat(3), repeat(4)], 'da').info[0].text).toBe('2 rækker: Rækken ("x") ligner en note og er sprunget over.');
  });

  it('keeps only the run problems the data step has not shown', () => {
    expect(newProblems([blank(7), blank(9)], [blank(7)])).toEqual([blank(9)]);
  });
});
