// The columns found, each with the role Pejlemærke guessed and a picker to correct it; in an
// accordion so a long table does not push everything else off the pane.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Dropdown, Field, Option } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { ParseResult } from '../../core/parse/types';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { PaneAction } from '../state';
import { columnRows, ROLE_CHOICES, type RoleChoice } from '../viewModel';
import { usePaneStyles } from './styles';

export function ColumnList({ parse, lang, wide, dispatch }: { parse: ParseResult; lang: Lang; wide: boolean; dispatch: Dispatch<PaneAction> }) {
  const styles = usePaneStyles();
  const rows = columnRows(parse);
  const roleLabel = (role: string) => t(`pane.role.${role}`, lang);
  return (
    <Accordion collapsible defaultOpenItems={['columns']}>
      <AccordionItem value="columns">
        <AccordionHeader size="small">{t('pane.data.columns', lang, { count: rows.length })}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.section} data-testid="columns">
            <p className={styles.hint}>{t('pane.data.columnsHint', lang)}</p>
            {rows.map((row) => (
              <Field
                key={row.index}
                orientation={wide ? 'horizontal' : 'vertical'}
                label={t('pane.data.columnLabel', lang, { letter: row.letter, header: row.header || t('pane.data.noHeader', lang) })}
              >
                <Dropdown
                  className={styles.dropdown}
                  value={roleLabel(row.role)}
                  selectedOptions={[row.role]}
                  data-role={row.role}
                  onOptionSelect={(_, data) => data.optionValue && dispatch({ type: 'roleChanged', row, role: data.optionValue as RoleChoice })}
                >
                  {ROLE_CHOICES.map((role) => (
                    <Option key={role} value={role}>{roleLabel(role)}</Option>
                  ))}
                </Dropdown>
              </Field>
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
