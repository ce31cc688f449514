// A toast when a run has written its sheets: how many, and the largest potential. The toaster
// speaks through the pane's AriaLiveAnnouncer, so the completion is announced once.
import { makeStyles, Toast, ToastBody, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { PaneRunResult } from '../runner';
import { countText, endSentence, formatKr } from '../text';
import { potentialLabels } from '../viewModel';

// Fluent's toaster is 292 px wide; a Mac's pane is 270 px.
const useStyles = makeStyles({ toaster: { width: 'min(292px, calc(100vw - 16px))' } });

export function RunToaster({ result, lang, announce }: { result?: PaneRunResult; lang: Lang; announce: (message: string) => void }) {
  const styles = useStyles();
  const toasterId = useId('pane-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const shown = useRef<PaneRunResult | undefined>(undefined);
  useEffect(() => {
    if (!result || result === shown.current || !result.written) return;
    shown.current = result;
    const top = result.top[0];
    const topText = top ? ` ${endSentence(t('pane.announce.top', lang, { text: `${potentialLabels(result.top, lang)[0]}: ${formatKr(top.potential, lang)}` }))}` : '';
    dispatchToast(
      <Toast>
        <ToastTitle>{t('pane.toast.done', lang)}</ToastTitle>
        <ToastBody>{`${countText('pane.toast.sheets', result.sheets.length, lang)}${topText}`}</ToastBody>
      </Toast>,
      { intent: 'success', timeout: 6000 },
    );
  }, [result, lang, dispatchToast]);
  return <Toaster toasterId={toasterId} className={styles.toaster} position="top" announce={(message) => announce(message)} />;
}
