// The column guesses that would change the result, asked as questions with two answers.
import { Radio, RadioGroup } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { t } from '../../i18n';
import { answerOf } from '../questions';
import type { PaneAction, PaneState } from '../state';
import { columnRows, type RoleChoice } from '../viewModel';
import { ChoiceField } from './ChoiceField';
import { usePaneStyles } from './styles';

export function ColumnQuestions({ state, dispatch }: { state: PaneState; dispatch: Dispatch<PaneAction> }) {
  const styles = usePaneStyles();
  const { lang, parse, questions } = state;
  if (!parse || questions.length === 0) return null;
  const rows = columnRows(parse);
  return (
    <div className={styles.card} data-testid="column-questions">
      {questions.map((question) => {
        const column = question.row.header || question.row.letter;
        const answer = answerOf(question, rows, state.settings.mapping);
        const row = rows.find((r) => r.index === question.row.index) ?? question.row;
        return (
          <ChoiceField
            key={question.row.index}
            lang={lang}
            label={t('pane.question.activity.label', lang, { column })}
            info={t('pane.question.activity.info', lang)}
            hint={t('pane.question.activity.hint', lang)}
            required
          >
            <RadioGroup
              value={answer && question.choices.includes(answer) ? answer : ''}
              onChange={(_, data) => dispatch({ type: 'roleChanged', row, role: data.value as RoleChoice })}
            >
              {question.choices.map((choice) => (
                <Radio key={choice} value={choice} label={t(`pane.question.activity.${choice}`, lang)} />
              ))}
            </RadioGroup>
          </ChoiceField>
        );
      })}
    </div>
  );
}
