// Step 4: what the figures rest on (group, standard, year, source), the largest potentials, what
// DEA adds, a sentence where the two seem to disagree, the sheets written, and what is new among
// the problems. Results that no longer match the choices say so at once: "ændret – kør igen".
import { Badge, Button, Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Ref } from 'react';
import { t } from '../../i18n';
import { isStale } from '../flow';
import { newProblems } from '../problemGroups';
import type { PaneState } from '../state';
import { countText, endSentence, formatDay, formatInteger, formatKr, formatKrShort } from '../text';
import { potentialLabels } from '../viewModel';
import { ProblemList } from './ProblemList';
import { usePaneStyles } from './styles';

export function ResultsStep({ state, headingRef, onOpenSheet, onSelectAddress }: {
  state: PaneState;
  headingRef: Ref<HTMLHeadingElement>;
  onOpenSheet: (sheet: string) => void;
  onSelectAddress: (address: string) => void;
}) {
  const styles = usePaneStyles();
  const { lang, result, resultSettings } = state;
  if (!result || !resultSettings) return null;
  const stale = isStale(state);
  const status = result.reference;
  const source = t(`pane.results.source.${status.origin}`, lang, { date: formatDay(status.asOf, lang) });
  const facts: [string, string][] = [
    [t('pane.results.group', lang), result.level === 'institution' ? t('pane.results.ownInstitutions', lang) : t(`pane.group.${resultSettings.group.kind}`, lang)],
    [t('pane.results.standard', lang), t(`pane.standard.${resultSettings.standard}`, lang)],
    ...(result.period ? [[t('pane.results.year', lang), result.period] as [string, string]] : []),
    [t('pane.results.source', lang), source],
  ];
  const prioritisation = result.sheets.find((sheet) => sheet.role === 'prioritisation');
  const fresh = newProblems(result.problems, state.parse?.problems ?? []);
  const labels = potentialLabels(result.top, lang);
  return (
    <>
      <div className={styles.titleRow}>
        <h2 ref={headingRef} tabIndex={-1} className={styles.stepHeading}>{t('pane.results.heading', lang)}</h2>
        {stale && <Badge color="warning" appearance="filled" data-testid="stale-badge">{t('pane.results.stale', lang)}</Badge>}
      </div>
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-message">
          <MessageBarBody>{t('pane.results.staleText', lang)}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-label={t('pane.results.basis', lang)} data-stale={stale}>
        <dl className={styles.facts} data-testid="result-basis">
          {facts.map(([term, value]) => [
            <dt key={`${term}-t`} className={styles.factTerm}>{term}</dt>,
            <dd key={`${term}-d`} className={styles.factValue}>{value}</dd>,
          ])}
        </dl>
        {status.fellBack && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {/* A whole fallback's reason says "ikke hentet live" itself; only a partly live run needs a title. */}
              {status.origin === 'live' && <MessageBarTitle>{t('pane.results.partlyLive', lang)}</MessageBarTitle>} {status.reason}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
      <section className={styles.section}>
        <h3 className={styles.subHeading}>{t('pane.results.top', lang)}</h3>
        {result.top.length === 0 ? (
          <p className={styles.text}>{t('pane.results.none', lang)}</p>
        ) : (
          <ol data-testid="top-potentials" className={styles.list}>
            {result.top.map((row, i) => (
              <li key={i} data-potential={row.potential} className={styles.text}>
                <span className={styles.amountRow}>
                  <span>{labels[i]}</span>
                  <strong className={styles.amount}>{formatKr(row.potential, lang)}</strong>
                </span>
              </li>
            ))}
          </ol>
        )}
        {result.dea && (
          <p data-testid="dea-summary" className={styles.text}>
            {t('pane.results.dea', lang, { efficient: result.dea.efficient, measured: result.dea.measured })}
            {result.dea.saving !== null && ` ${endSentence(t('pane.results.deaSaving', lang, { amount: formatKr(result.dea.saving, lang) }))}`}
            {result.dea.bootstrap && ` ${t('pane.results.deaBootstrap', lang, { replicates: formatInteger(result.dea.bootstrap.replicates, lang), sure: formatInteger(result.dea.bootstrap.sure, lang), below: formatInteger(result.dea.bootstrap.below, lang) })}`}
          </p>
        )}
        {result.contradiction && (
          <p data-testid="contradiction" className={styles.text}>
            {t('pane.results.contradiction', lang, { name: result.contradiction.name, amount: formatKrShort(result.contradiction.potential, lang) })}
            {result.contradiction.others > 0 && ` ${countText('pane.results.contradictionOthers', result.contradiction.others, lang)}`}
          </p>
        )}
      </section>
      <section className={styles.section}>
        <h3 className={styles.subHeading}>{t('pane.results.sheets', lang)}</h3>
        {prioritisation && (
          <div className={styles.buttonRow}>
            <Button appearance="secondary" onClick={() => onOpenSheet(prioritisation.name)}>{t('pane.results.showPrioritisation', lang)}</Button>
          </div>
        )}
        <ul className={styles.list}>
          {result.sheets.map((sheet) => (
            <li key={sheet.name} className={styles.text}>
              <Link as="button" inline className={styles.inlineLink} onClick={() => onOpenSheet(sheet.name)} aria-label={t('pane.results.openSheet', lang, { sheet: sheet.name })}>
                {sheet.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {fresh.length > 0 && (
        <section className={styles.section}>
          <h3 className={styles.subHeading}>{t('pane.results.problems', lang)}</h3>
          <ProblemList problems={fresh} lang={lang} onSelectAddress={onSelectAddress} />
        </section>
      )}
      <section className={styles.section}>
        <h3 className={styles.subHeading}>{t('pane.results.next', lang)}</h3>
        <p className={styles.text}>{t('pane.results.nextText', lang)}</p>
      </section>
    </>
  );
}
