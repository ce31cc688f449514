// Step 1: read the selection or a table, show the columns found with a role picker each, and the
// problems of the preview parse.
import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { ReadSource } from '../../hosts/types';
import { t } from '../../i18n';
import type { PaneAction, PaneState } from '../state';
import { columnRows, describeSource, ROLE_CHOICES } from '../viewModel';
import { ProblemList } from './ProblemList';

export function DataStep({ state, dispatch, onRead, onSelectAddress }: {
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  onRead: (source: ReadSource) => void;
  onSelectAddress: (address: string) => void;
}) {
  const { lang, parse, read, sources } = state;
  const tables = sources?.tables ?? [];
  const tableName = read?.source.kind === 'table' ? read.source.name : undefined;
  const roleLabel = (role: string) => t(`pane.role.${role}`, lang);
  return (
    <>
      <h2 id="step-data" style={{ fontSize: 16, margin: 0 }}>{t('pane.step.data', lang)}</h2>
      <Button onClick={() => onRead({ kind: 'selection' })}>{t('pane.data.useSelection', lang)}</Button>
      <Field label={t('pane.data.table', lang)} hint={tables.length === 0 ? t('pane.data.noTables', lang) : undefined}>
        <Dropdown
          placeholder={t('pane.data.tablePlaceholder', lang)}
          disabled={tables.length === 0}
          value={tableName ?? ''}
          selectedOptions={tableName ? [tableName] : []}
          onOptionSelect={(_, data) => data.optionValue && onRead({ kind: 'table', name: data.optionValue })}
          style={{ minWidth: 0 }}
        >
          {tables.map((table) => (
            <Option key={table.name} value={table.name} text={table.name}>
              {`${table.name} (${table.sheet}!${table.range})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {state.readError && (
        <MessageBar intent="error">
          <MessageBarBody>{state.readError}</MessageBarBody>
        </MessageBar>
      )}
      {read && parse && (
        <>
          <Caption1>
            {t('pane.data.read', lang, { source: describeSource(read.source, lang), rows: read.grid.values.length })}{' '}
            {t('pane.data.units', lang, { count: parse.units.length, excluded: parse.excluded.length })}
          </Caption1>
          <h3 style={{ fontSize: 14, margin: '4px 0' }}>{t('pane.data.columns', lang)}</h3>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="columns">
            {columnRows(parse).map((row) => (
              <Field key={row.index} label={t('pane.data.columnLabel', lang, { letter: row.letter, header: row.header || t('pane.data.noHeader', lang) })}>
                <Dropdown
                  value={roleLabel(row.role)}
                  selectedOptions={[row.role]}
                  data-role={row.role}
                  onOptionSelect={(_, data) => data.optionValue && dispatch({ type: 'roleChanged', row, role: data.optionValue as typeof row.role })}
                  style={{ minWidth: 0 }}
                >
                  {ROLE_CHOICES.map((role) => (
                    <Option key={role} value={role}>{roleLabel(role)}</Option>
                  ))}
                </Dropdown>
              </Field>
            ))}
          </div>
          {!parse.canRun && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('pane.data.cannotRun', lang)}</MessageBarBody>
            </MessageBar>
          )}
          <ProblemList id="data-problems" problems={parse.problems} lang={lang} onSelectAddress={onSelectAddress} />
        </>
      )}
    </>
  );
}
