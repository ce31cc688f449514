// The one pane setting of the DEA's uncertainty: how many bootstrap replicates (0 = none).
import { Field, SpinButton } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { MAX_REPLICATES, parseReplicates, type PaneSettings } from '../settings';

export function BootstrapField({ settings, lang, choose }: { settings: PaneSettings; lang: Lang; choose: (patch: Partial<PaneSettings>) => void }) {
  return (
    <Field label={t('pane.dea.bootstrap', lang)} hint={t('pane.dea.bootstrapHint', lang)}>
      <SpinButton
        data-testid="dea-bootstrap"
        value={settings.deaBootstrap}
        min={0}
        max={MAX_REPLICATES}
        step={500}
        onChange={(_, data) => {
          const next = data.value ?? parseReplicates(data.displayValue);
          if (next !== undefined && next !== null && parseReplicates(next) !== undefined) choose({ deaBootstrap: next });
        }}
      />
    </Field>
  );
}
