// "Run again with the last settings": the workbook remembers its last run, so one click repeats it.
import { Button, Caption1 } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { PaneSettings } from '../settings';
import { describeSource } from '../viewModel';
import { usePaneStyles } from './styles';

export function RerunCard({ settings, lang, running, onRerun }: { settings: PaneSettings; lang: Lang; running: boolean; onRerun: () => void }) {
  const styles = usePaneStyles();
  if (!settings.source) return null;
  return (
    <div className={styles.card}>
      <Button appearance="primary" disabled={running} onClick={onRerun}>{t('pane.rerun', lang)}</Button>
      <Caption1>
        {t('pane.rerun.hint', lang, {
          source: describeSource(settings.source, lang),
          group: t(`pane.group.${settings.group.kind}`, lang),
          standard: t(`pane.standard.${settings.standard}`, lang),
        })}
      </Caption1>
    </div>
  );
}
