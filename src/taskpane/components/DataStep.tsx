// Step 1: read the selection or a table. Then what was read, a bad selection's own message (with
// an offer to widen it), the questions a guess raises, the problems, and the columns found.
import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option } from '@fluentui/react-components';
import type { Dispatch, Ref } from 'react';
import type { ReadSource } from '../../hosts/types';
import { t } from '../../i18n';
import type { PaneAction, PaneState } from '../state';
import { countText } from '../text';
import { describeSource } from '../viewModel';
import { ColumnList } from './ColumnList';
import { ColumnQuestions } from './ColumnQuestions';
import { ProblemList } from './ProblemList';
import { RerunCard } from './RerunCard';
import { SelectionNotice } from './SelectionNotice';
import { usePaneStyles } from './styles';

export interface DataStepProps {
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  headingRef: Ref<HTMLHeadingElement>;
  wide: boolean;
  onRead: (source: ReadSource) => void;
  onWiden: () => void;
  onRerun: () => void;
  onRefreshSources: () => void;
  onSelectAddress: (address: string) => void;
}

export function DataStep({ state, dispatch, headingRef, wide, onRead, onWiden, onRerun, onRefreshSources, onSelectAddress }: DataStepProps) {
  const styles = usePaneStyles();
  const { lang, parse, read, sources } = state;
  const tables = sources?.tables ?? [];
  const tableName = read?.source.kind === 'table' ? read.source.name : undefined;
  const showRerun = state.remembered?.source !== undefined && !state.result;
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className={styles.stepHeading}>{t('pane.data.heading', lang)}</h2>
      {showRerun && state.remembered && <RerunCard settings={state.remembered} lang={lang} running={state.run.status === 'running'} onRerun={onRerun} />}
      <p className={styles.text}>{t('pane.data.howto', lang)}</p>
      <div className={styles.section}>
        <Button appearance={read ? 'secondary' : 'primary'} onClick={() => onRead({ kind: 'selection' })}>
          {t('pane.data.useSelection', lang)}
        </Button>
        <Field label={t('pane.data.table', lang)} hint={tables.length === 0 ? t('pane.data.noTables', lang) : undefined}>
          <Dropdown
            className={styles.dropdown}
            placeholder={t('pane.data.tablePlaceholder', lang)}
            disabled={tables.length === 0}
            value={tableName ?? ''}
            selectedOptions={tableName ? [tableName] : []}
            onOpenChange={(_, data) => data.open && onRefreshSources()}
            onOptionSelect={(_, data) => data.optionValue && onRead({ kind: 'table', name: data.optionValue })}
          >
            {tables.map((table) => (
              <Option key={table.name} value={table.name} text={table.name}>
                {t('pane.data.tableOption', lang, { name: table.name, sheet: table.sheet, range: table.range })}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
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
