// Step 3: what the run will use, in words, before it starts; how the last attempt ended when it
// did not give results (cancelled, failed, nothing to compute). Progress sits in the footer.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Ref } from 'react';
import { t } from '../../i18n';
import { runMethod } from '../deaChoices';
import { runSource } from '../flow';
import type { PaneState } from '../state';
import { describeSource } from '../viewModel';
import { ProblemList } from './ProblemList';
import { usePaneStyles } from './styles';

export function RunStep({ state, headingRef, onSelectAddress }: {
  state: PaneState;
  headingRef: Ref<HTMLHeadingElement>;
  onSelectAddress: (address: string) => void;
}) {
  const styles = usePaneStyles();
  const { lang, settings, run, result } = state;
  const source = runSource(state);
  const reference = t(`pane.ref.source.${settings.referenceSource}`, lang) + (settings.referenceSource === 'live' && settings.year ? ` (${settings.year})` : '');
  const facts: [string, string][] = [
    [t('pane.run.figures', lang), source ? describeSource(source, lang) : '–'],
    [t('pane.run.group', lang), t(`pane.group.${settings.group.kind}`, lang)],
    [t('pane.run.standard', lang), t(`pane.standard.${settings.standard}`, lang)],
    [t('pane.run.reference', lang), reference],
    [t('pane.run.method', lang), t(`pane.method.${runMethod(settings, state.parse)}`, lang)],
  ];
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className={styles.stepHeading}>{t('pane.run.heading', lang)}</h2>
      <dl className={styles.facts} data-testid="run-summary">
        {facts.map(([term, value]) => [
          <dt key={`${term}-t`} className={styles.factTerm}>{term}</dt>,
          <dd key={`${term}-d`} className={styles.factValue}>{value}</dd>,
        ])}
      </dl>
      <p className={styles.caption}>{t('pane.run.writes', lang)}</p>
      {run.status === 'cancelled' && (
        <MessageBar intent="info"><MessageBarBody>{t('pane.run.cancelled', lang)}</MessageBarBody></MessageBar>
      )}
      {run.status === 'failed' && (
        <MessageBar intent="error" layout="multiline"><MessageBarBody>{t('pane.run.failed', lang, { reason: run.error ?? '' })}</MessageBarBody></MessageBar>
      )}
      {run.status === 'done' && result && !result.written && (
        <>
          <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('pane.run.nothing', lang)}</MessageBarBody></MessageBar>
          <ProblemList problems={result.problems} lang={lang} onSelectAddress={onSelectAddress} />
        </>
      )}
    </>
  );
}
