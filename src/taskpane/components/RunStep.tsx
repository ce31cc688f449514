// Step 3: run, with the stage in words and a Cancel button while it goes on.
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { t } from '../../i18n';
import { canStartRun, progressOf, type PaneState } from '../state';

/** The stage in words; while DEA is solved, how many units are done. */
function stageText({ run, lang }: PaneState): string | undefined {
  if (!run.stage) return undefined;
  if (run.stage === 'computing' && run.dea?.kind === 'replicates') return t('pane.stage.bootstrapping', lang, { ...run.dea });
  if (run.stage === 'computing' && run.dea) return t('pane.stage.solving', lang, { ...run.dea });
  return t(`pane.stage.${run.stage}`, lang);
}

export function RunStep({ state, groupError, onRun, onCancel }: { state: PaneState; groupError?: string; onRun: () => void; onCancel: () => void }) {
  const { lang, run, result } = state;
  const running = run.status === 'running';
  return (
    <>
      <h2 id="step-run" style={{ fontSize: 16, margin: 0 }}>{t('pane.step.run', lang)}</h2>
      {!state.read && <p style={{ fontSize: 12, margin: 0 }}>{t('pane.run.needData', lang)}</p>}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" disabled={!canStartRun(state) || groupError !== undefined} onClick={onRun}>
          {t('pane.run.button', lang)}
        </Button>
        {running && <Button onClick={onCancel}>{t('pane.run.cancel', lang)}</Button>}
      </div>
      {running && (
        <Field label={t('pane.run.progress', lang)} hint={stageText(state)}>
          <ProgressBar data-testid="run-progress" value={progressOf(run.stage, run.dea)} thickness="large" />
        </Field>
      )}
      {run.status === 'cancelled' && (
        <MessageBar intent="info"><MessageBarBody>{t('pane.run.cancelled', lang)}</MessageBarBody></MessageBar>
      )}
      {run.status === 'failed' && (
        <MessageBar intent="error" layout="multiline"><MessageBarBody>{t('pane.run.failed', lang, { reason: run.error ?? '' })}</MessageBarBody></MessageBar>
      )}
      {run.status === 'done' && result && !result.written && (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('pane.run.nothing', lang)}</MessageBarBody></MessageBar>
      )}
    </>
  );
}
