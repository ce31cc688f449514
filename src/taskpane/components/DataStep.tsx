// Step 1: read the selection or a table. This first screen is in the pane's first load; what
// follows a read (ReadDetails) arrives in the chunk loaded right after the pane shows.
import { Button, Dropdown, Field, Option } from '@fluentui/react-components';
import { Suspense, type Ref } from 'react';
import type { ReadSource } from '../../hosts/types';
import { t } from '../../i18n';
import type { PaneState } from '../state';
import { Later } from './lazyParts';
import type { ReadDetailsProps } from './ReadDetails';
import { RerunCard } from './RerunCard';
import { usePaneStyles } from './styles';

export interface DataStepProps extends ReadDetailsProps {
  headingRef: Ref<HTMLHeadingElement>;
  onRead: (source: ReadSource) => void;
  onRerun: () => void;
  onRefreshSources: () => void;
}

export function DataStep({ headingRef, onRead, onRerun, onRefreshSources, ...details }: DataStepProps) {
  const styles = usePaneStyles();
  const state: PaneState = details.state;
  const { lang, read, sources } = state;
  const tables = sources?.tables ?? [];
  const tableName = read?.source.kind === 'table' ? read.source.name : undefined;
  const showRerun = state.remembered?.source !== undefined && !state.result;
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className={styles.stepHeading}>{t('pane.data.heading', lang)}</h2>
      {showRerun && state.remembered && <RerunCard settings={state.remembered} lang={lang} running={state.run.status === 'running'} onRerun={onRerun} />}
      <p className={styles.text}>{t('pane.data.howto', lang)}</p>
      <div className={styles.section}>
        <Button appearance={read || showRerun ? 'secondary' : 'primary'} onClick={() => onRead({ kind: 'selection' })}>
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
      {(read || state.readError) && (
        <Suspense fallback={<p className={styles.caption}>{t('pane.loading', lang)}</p>}>
          <Later.ReadDetails {...details} />
        </Suspense>
      )}
    </>
  );
}
