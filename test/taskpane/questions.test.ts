// Guesses that change the result are asked about: inhabitants in a budget are either what each
// area is divided by or ignored, and the user says which.
import type { CellGrid } from '../../src/core/types';
import { previewer } from '../../src/taskpane/preview';
import { answerOf, openQuestion } from '../../src/taskpane/questions';
import { columnRows } from '../../src/taskpane/viewModel';
import { parseGrid } from '../../src/core/parse';

const budget: CellGrid = {
  sheet: 'Budget',
  topLeft: 'A4',
  values: [['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)', 'Indbyggere'], ['791', 'Viborg', 'Folkeskole', 742310, 98140]],
};

describe('column questions', () => {
  it('asks whether a budget’s inhabitants are the activity or to be ignored', () => {
    const questions = previewer.questions(budget);
    expect(questions.map((q) => [q.row.letter, q.row.header, q.choices])).toEqual([['E', 'Indbyggere', ['activity', 'ignore']]]);
    const rows = columnRows(parseGrid(budget));
    expect(openQuestion(questions, rows, {})).toBe(questions[0]);
    expect(answerOf(questions[0], rows, { Indbyggere: 'ignore' })).toBe('ignore');
    expect(openQuestion(questions, rows, { Indbyggere: 'activity' })).toBeUndefined();
    // Any role the user picked for the column answers it.
    expect(openQuestion(questions, rows, { Indbyggere: 'structural' })).toBeUndefined();
  });

  it('asks nothing of institutions, whose activity column is what they are measured by', () => {
    const schools: CellGrid = { sheet: 'Skoler', topLeft: 'A1', values: [['Inst.nr.', 'Skole', 'Nettoudgift (kr.)', 'Elever'], ['1', 'A', 1000, 10]] };
    expect(previewer.questions(schools)).toEqual([]);
  });
});
