// The sticky footer: Back and the step's primary action, with the reason in words when the action
// cannot be taken yet. While a run goes on, RunningFooter takes its place.
import { Button } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { STEP_IDS, type StepId } from '../flow';
import { usePaneStyles } from './styles';

export interface FooterAction {
  label: string;
  onClick: () => void;
  /** Why it cannot be taken now; the button stays focusable and says so. */
  blocked?: string;
}

export function PaneFooter({ lang, primary, onBack }: { lang: Lang; primary?: FooterAction; onBack?: () => void }) {
  const styles = usePaneStyles();
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
