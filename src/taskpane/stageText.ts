// A run's stage in words; while DEA is solved, how far it has come (as a share, not in the
// engine's runs, which mean nothing to a reader).
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { progressFraction } from '../workers/protocol';
import type { PaneState } from './state';
import { formatInteger, formatPercent } from './text';

export function stageText(run: Pick<PaneState['run'], 'stage' | 'dea'>, lang: Lang): string | undefined {
  if (!run.stage) return undefined;
  // The bootstrap counts replicates, which a reader can follow: "gentagelse 800 af 2000".
  if (run.stage === 'computing' && run.dea?.kind === 'replicates') return t('pane.stage.bootstrapping', lang, { done: formatInteger(run.dea.done, lang), total: formatInteger(run.dea.total, lang) });
  if (run.stage === 'computing' && run.dea) return t('pane.stage.solving', lang, { percent: formatPercent(progressFraction(run.dea), lang) });
  return t(`pane.stage.${run.stage}`, lang);
}
