// Problems grouped by severity: errors and warnings as message bars (a repeat merged into one bar
// with a link per cell), notes collapsed under one heading. A link selects its cell in the sheet.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, MessageBar, MessageBarBody, MessageBarGroup,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import type { Lang, Problem } from '../../core/types';
import { t } from '../../i18n';
import { groupProblems, type ProblemGroup } from '../problemGroups';
import { usePaneStyles } from './styles';

/** Cells linked per merged problem before "and n more". */
const LINKS_SHOWN = 6;

function Targets({ group, lang, onSelectAddress }: { group: ProblemGroup; lang: Lang; onSelectAddress: (address: string) => void }) {
  const styles = usePaneStyles();
  if (group.targets.length === 0) return null;
  const shown = group.targets.slice(0, LINKS_SHOWN);
  const rest = group.targets.length - shown.length;
  return (
    <>
      {' '}
      {shown.map((target, i) => (
        <Fragment key={`${target.address}-${i}`}>
          {i > 0 && ', '}
          <Link
            as="button"
            inline
            className={`problem-address ${styles.inlineLink}`}
            onClick={() => onSelectAddress(target.address)}
            aria-label={t('pane.problems.goTo', lang, { address: target.address })}
          >
            {target.label}
          </Link>
        </Fragment>
      ))}
      {rest > 0 && ` ${t('pane.problems.more', lang, { count: rest })}`}
    </>
  );
}

export function ProblemList({ problems, lang, onSelectAddress, showNone = false }: {
  problems: readonly Problem[];
  lang: Lang;
  onSelectAddress: (address: string) => void;
  /** Say "no problems" when there are none (the data step); elsewhere an empty list shows nothing. */
  showNone?: boolean;
}) {
  const styles = usePaneStyles();
  const grouped = groupProblems(problems, lang);
  if (grouped.total === 0) return showNone ? <p className={styles.caption}>{t('pane.problems.none', lang)}</p> : null;
  const bars = [...grouped.error, ...grouped.warning];
  return (
    <div className={styles.section} data-testid="problems">
      {bars.length > 0 && (
        <MessageBarGroup className={styles.section}>
          {bars.map((group) => (
            <MessageBar key={`${group.severity}-${group.code}-${group.text}`} intent={group.severity === 'error' ? 'error' : 'warning'} layout="multiline" data-severity={group.severity}>
              <MessageBarBody>
                <span className="problem-text">{group.text}</span>
                <Targets group={group} lang={lang} onSelectAddress={onSelectAddress} />
              </MessageBarBody>
            </MessageBar>
          ))}
        </MessageBarGroup>
      )}
      {grouped.info.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="info">
            <AccordionHeader size="small">{t('pane.problems.info', lang, { count: grouped.info.length })}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.plainList}>
                {grouped.info.map((group) => (
                  <li key={`${group.code}-${group.text}`} data-severity="info" className={styles.text}>
                    <span className="problem-text">{group.text}</span>
                    <Targets group={group} lang={lang} onSelectAddress={onSelectAddress} />
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
