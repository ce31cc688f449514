// The sticky footer: while a run goes on, its progress and Cancel; otherwise Back and the step's
// primary action, with the reason in words when the action cannot be taken yet.
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { STEP_IDS, type StepId } from '../flow';
import { progressOf, type PaneState } from '../state';
import { formatPercent } from '../text';
import { progressFraction } from '../../workers/protocol';
import { usePaneStyles } from './styles';

/** The stage in words; while DEA is solved, how far it has come. */
export function stageText(run: PaneState['run'], lang: Lang): string | undefined {
  if (!run.stage) return undefined;
  if (run.stage === 'computing' && run.dea) return t('pane.stage.solving', lang, { percent: formatPercent(progressFraction(run.dea), lang) });
  return t(`pane.stage.${run.stage}`, lang);
}

export interface FooterAction {
  label: string;
  onClick: () => void;
  /** Why it cannot be taken now; the button stays focusable and says so. */
  blocked?: string;
}

export function PaneFooter({ state, primary, onBack, onCancel }: {
  state: PaneState;
  primary?: FooterAction;
  onBack?: () => void;
  onCancel: () => void;
}) {
  const styles = usePaneStyles();
  const { lang, run } = state;
  if (run.status === 'running') {
    return (
      <div className={styles.footer}>
        <Field label={t('pane.run.progress', lang)} hint={stageText(run, lang)}>
          <ProgressBar data-testid="run-progress" value={progressOf(run.stage, run.dea, run.stages)} thickness="large" />
        </Field>
        <div className={styles.footerButtons}>
          <span className={styles.grow} />
          <Button onClick={onCancel}>{t('pane.run.cancel', lang)}</Button>
        </div>
      </div>
    );
  }
  const blockedId = 'pane-footer-blocked';
  return (
    <div className={styles.footer}>
      {primary?.blocked && (
        <p id={blockedId} className={styles.hint} data-testid="footer-blocked">{primary.blocked}</p>
      )}
      <div className={styles.footerButtons}>
        {onBack ? <Button onClick={onBack}>{t('pane.nav.back', lang)}</Button> : <span />}
        {primary && (
          <Button
            appearance="primary"
            disabledFocusable={primary.blocked !== undefined}
            aria-describedby={primary.blocked ? blockedId : undefined}
            onClick={primary.onClick}
            data-testid="footer-primary"
          >
            {primary.label}
          </Button>
        )}
      </div>
    </div>
  );
}

/** The step before and after `step`. */
export function neighbours(step: StepId): { previous?: StepId; next?: StepId } {
  const i = STEP_IDS.indexOf(step);
  return { previous: STEP_IDS[i - 1], next: STEP_IDS[i + 1] };
}
