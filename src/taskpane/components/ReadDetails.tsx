// Step 1 after a read: what was read, a bad selection's own message (with an offer to widen it),
// the questions a guess raises, the problems, and the columns found; or why the read failed.
import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { t } from '../../i18n';
import type { PaneAction, PaneState } from '../state';
import { countText } from '../text';
import { describeSource } from '../viewModel';
import { ColumnList } from './ColumnList';
import { ColumnQuestions } from './ColumnQuestions';
import { ProblemList } from './ProblemList';
import { SelectionNotice } from './SelectionNotice';
import { usePaneStyles } from './styles';

export interface ReadDetailsProps {
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  wide: boolean;
  onWiden: () => void;
  onSelectAddress: (address: string) => void;
}

export function ReadDetails({ state, dispatch, wide, onWiden, onSelectAddress }: ReadDetailsProps) {
  const styles = usePaneStyles();
  const { lang, parse, read } = state;
  return (
    <>
      {state.readError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.readError}</MessageBarBody>
        </MessageBar>
      )}
      {read && parse && (
        <div className={styles.section} data-testid="read-summary">
          <Caption1>
            {t('pane.data.read', lang, { source: describeSource(read.source, lang) })}{' '}
            {!state.issue && countText('pane.data.usable', parse.units.length, lang)}
            {!state.issue && parse.excluded.length > 0 && ` ${countText('pane.data.excluded', parse.excluded.length, lang)}`}
          </Caption1>
          {state.issue ? (
            <SelectionNotice issue={state.issue} grid={read.grid} widening={state.widening} lang={lang} onWiden={onWiden} />
          ) : (
            <>
              <ColumnQuestions state={state} dispatch={dispatch} />
              {!parse.canRun && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t('pane.data.cannotRun', lang)}</MessageBarBody>
                </MessageBar>
              )}
              <ProblemList problems={parse.problems} lang={lang} onSelectAddress={onSelectAddress} showNone />
              <ColumnList parse={parse} lang={lang} wide={wide} dispatch={dispatch} />
            </>
          )}
        </div>
      )}
    </>
  );
}
