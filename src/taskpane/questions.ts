// Column guesses that would change the result are asked about, not made silently. Today that is a
// count column in a table of municipalities (a budget with "Indbyggere"): used as the activity, it
// becomes what each area's cost is divided by; ignored, Statistics Denmark's population for the
// area is used. The two give different potentials, so the user chooses. Pure, tested in node.
import type { ExplicitMapping, ParseResult } from '../core/parse/types';
import { columnRows, mappingKeyOf, type ColumnRow, type RoleChoice } from './viewModel';

export interface ColumnQuestion {
  row: ColumnRow;
  /** The answers offered, the engine's guess first. */
  choices: readonly RoleChoice[];
}

/** The questions a parse raises; pass the parse of the engine's own guesses (no user mapping). */
export function questionsOf(guess: ParseResult): ColumnQuestion[] {
  if (guess.shape !== 'municipality') return [];
  return columnRows(guess)
    .filter((row) => row.role === 'activity' && row.via === 'synonym')
    .map((row) => ({ row, choices: ['activity', 'ignore'] as const }));
}

/** The user's answer: the role the mapping gives the question's column (any role the user picked counts). */
export function answerOf(question: ColumnQuestion, rows: readonly ColumnRow[], mapping: ExplicitMapping): RoleChoice | undefined {
  return mapping[mappingKeyOf(rows, question.row)];
}

/** The first question without an answer. */
export function openQuestion(questions: readonly ColumnQuestion[], rows: readonly ColumnRow[], mapping: ExplicitMapping): ColumnQuestion | undefined {
  return questions.find((question) => answerOf(question, rows, mapping) === undefined);
}
