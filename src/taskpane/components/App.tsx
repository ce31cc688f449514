// The pane shell: one step at a time between a header (name, language, step indicator) and a
// sticky footer (Back, the step's primary action, or a run's progress and Cancel). Wrapped in
// Fluent's AriaLiveAnnouncer, so progress, completion (the toast) and errors are announced.
import {
  AriaLiveAnnouncer, Toast, ToastBody, Toaster, ToastTitle, useAnnounce, useId, useToastController,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { PaneEnvironment } from '../environment';
import { blockerOf, comparisonBlocker, dataBlocker, reachableSteps, STEP_IDS, type StepId } from '../flow';
import type { PaneRunResult } from '../runner';
import type { PaneState } from '../state';
import { countText, endSentence, formatKr } from '../text';
import { potentialLabels } from '../viewModel';
import { ComparisonStep } from './ComparisonStep';
import { DataStep } from './DataStep';
import { neighbours, PaneFooter, type FooterAction } from './PaneFooter';
import { PaneHeader } from './PaneHeader';
import { ResultsStep } from './ResultsStep';
import { RunStep } from './RunStep';
import { usePaneStyles } from './styles';
import { usePane } from './usePane';

/** From this width every step in the indicator is named and labels sit beside their fields. */
const WIDE_PX = 400;

export function App({ env }: { env: PaneEnvironment }) {
  return (
    <AriaLiveAnnouncer>
      <Pane env={env} />
    </AriaLiveAnnouncer>
  );
}

function usePaneWidth(): [React.RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function finishedToast(result: PaneRunResult, lang: Lang) {
  const top = result.top[0];
  const topText = top ? ` ${endSentence(t('pane.announce.top', lang, { text: `${potentialLabels(result.top, lang)[0]}: ${formatKr(top.potential, lang)}` }))}` : '';
  return (
    <Toast>
      <ToastTitle>{t('pane.toast.done', lang)}</ToastTitle>
      <ToastBody>{`${countText('pane.toast.sheets', result.sheets.length, lang)}${topText}`}</ToastBody>
    </Toast>
  );
}

function primaryAction(step: StepId, state: PaneState, knownCodes: ReadonlySet<string>, go: (step: StepId) => void, run: () => void): FooterAction {
  const { lang } = state;
  const { next } = neighbours(step);
  if (step === 'run') return { label: t('pane.run.button', lang), onClick: run, blocked: dataBlocker(state) ?? comparisonBlocker(state, knownCodes) };
  if (step === 'results') return { label: t('pane.run.again', lang), onClick: run };
  return { label: t('pane.nav.next', lang, { step: t(`pane.step.${next}`, lang) }), onClick: () => next && go(next), blocked: blockerOf(step, state, knownCodes) };
}

function Pane({ env }: { env: PaneEnvironment }) {
  const styles = usePaneStyles();
  const toasterId = useId('pane-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const { announce } = useAnnounce();
  const { state, dispatch, actions, knownCodes, headingRef, liveMeasure } = usePane(env, (result, lang) =>
    dispatchToast(finishedToast(result, lang), { intent: 'success', timeout: 6000 }),
  );
  const [rootRef, width] = usePaneWidth();
  const { lang, step } = state;
  const wide = width >= WIDE_PX;
  const { previous } = neighbours(step);
  const running = state.run.status === 'running';

  let content: JSX.Element;
  if (step === 'data') {
    content = (
      <DataStep
        state={state}
        dispatch={dispatch}
        headingRef={headingRef}
        wide={wide}
        onRead={actions.read}
        onWiden={actions.widen}
        onRerun={actions.rerun}
        onRefreshSources={actions.refreshSources}
        onSelectAddress={actions.selectAddress}
      />
    );
  } else if (step === 'comparison') {
    content = <ComparisonStep state={state} dispatch={dispatch} headingRef={headingRef} knownCodes={knownCodes} liveMeasure={liveMeasure} />;
  } else if (step === 'run') {
    content = <RunStep state={state} headingRef={headingRef} onSelectAddress={actions.selectAddress} />;
  } else {
    content = <ResultsStep state={state} headingRef={headingRef} onOpenSheet={actions.openSheet} onSelectAddress={actions.selectAddress} />;
  }

  return (
    <div ref={rootRef} className={styles.root} lang={lang} data-step={step} data-pane-ready={state.sources ? 'true' : undefined}>
      <Toaster toasterId={toasterId} position="top" announce={(message) => announce(message)} />
      <PaneHeader
        lang={lang}
        step={step}
        reachable={reachableSteps(state, knownCodes)}
        wide={wide}
        onLanguage={actions.setLanguage}
        onStep={(target) => !running && actions.goTo(target)}
      />
      <main className={styles.body} aria-label={t(`pane.step.${step}`, lang)}>{content}</main>
      <PaneFooter
        state={state}
        primary={primaryAction(step, state, knownCodes, actions.goTo, () => actions.run())}
        onBack={previous && step !== STEP_IDS[0] ? () => actions.goTo(previous) : undefined}
        onCancel={actions.cancel}
      />
    </div>
  );
}
