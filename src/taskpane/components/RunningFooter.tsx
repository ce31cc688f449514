// The footer while a run goes on: the progress bar with the stage in words, and Cancel.
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { t } from '../../i18n';
import { stageText } from '../stageText';
import { progressOf, type PaneState } from '../state';
import { usePaneStyles } from './styles';

export function RunningFooter({ state, onCancel }: { state: PaneState; onCancel: () => void }) {
  const styles = usePaneStyles();
  const { lang, run } = state;
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
