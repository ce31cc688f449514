// The pane shell: one step at a time between a header (name, language, step indicator) and a
// sticky footer (Back, the step's primary action, or a run's progress and Cancel). Wrapped in
// Fluent's AriaLiveAnnouncer, so progress, completion (the toast) and errors are announced.
// Only the shell and the first screen are in the first load; the rest comes right after.
import { AriaLiveAnnouncer } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { t } from '../../i18n';
import type { PaneEnvironment } from '../environment';
import { blockerOf, comparisonBlocker, dataBlocker, reachableSteps, STEP_IDS, type StepId } from '../flow';
import type { PaneState } from '../state';
import { DataStep } from './DataStep';
import { Later } from './lazyParts';
import { neighbours, PaneFooter, type FooterAction } from './PaneFooter';
import { PaneHeader } from './PaneHeader';
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

/** The pane's own width (Office's task pane is its viewport; the playground's is a column). */
function usePaneWidth(): [RefObject<HTMLDivElement>, number] {
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

function primaryAction(step: StepId, state: PaneState, knownCodes: ReadonlySet<string>, go: (step: StepId) => void, run: () => void): FooterAction {
  const { lang } = state;
  const { next } = neighbours(step);
  if (step === 'run') return { label: t('pane.run.button', lang), onClick: run, blocked: dataBlocker(state) ?? comparisonBlocker(state, knownCodes) };
  if (step === 'results') return { label: t('pane.run.again', lang), onClick: run };
  return { label: t('pane.nav.next', lang, { step: t(`pane.step.${next}`, lang) }), onClick: () => next && go(next), blocked: blockerOf(step, state, knownCodes) };
}

function Pane({ env }: { env: PaneEnvironment }) {
  const styles = usePaneStyles();
  const { state, dispatch, actions, knownCodes, headingRef, announce, liveMeasure } = usePane(env);
  const [rootRef, width] = usePaneWidth();
  const { lang, step } = state;
  const wide = width >= WIDE_PX;
  const { previous } = neighbours(step);
  const running = state.run.status === 'running';
  const loading = <p className={styles.caption}>{t('pane.loading', lang)}</p>;

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
    content = <Later.ComparisonStep state={state} dispatch={dispatch} headingRef={headingRef} knownCodes={knownCodes} liveMeasure={liveMeasure} />;
  } else if (step === 'run') {
    content = <Later.RunStep state={state} headingRef={headingRef} onSelectAddress={actions.selectAddress} />;
  } else {
    content = <Later.ResultsStep state={state} headingRef={headingRef} onOpenSheet={actions.openSheet} onSelectAddress={actions.selectAddress} />;
  }

  return (
    <div ref={rootRef} className={styles.root} lang={lang} data-step={step} data-pane-ready={state.sources ? 'true' : undefined}>
      <Suspense fallback={null}>
        <Later.RunToaster result={state.result} lang={lang} announce={announce} />
      </Suspense>
      <PaneHeader
        lang={lang}
        step={step}
        reachable={reachableSteps(state, knownCodes)}
        wide={wide}
        onLanguage={actions.setLanguage}
        onStep={(target) => !running && actions.goTo(target)}
      />
      <main className={styles.body} aria-label={t(`pane.step.${step}`, lang)}>
        <Suspense fallback={loading}>{content}</Suspense>
      </main>
      {running ? (
        <Suspense fallback={null}>
          <Later.RunningFooter state={state} onCancel={actions.cancel} />
        </Suspense>
      ) : (
        <PaneFooter
          lang={lang}
          primary={primaryAction(step, state, knownCodes, actions.goTo, () => actions.run())}
          onBack={previous && step !== STEP_IDS[0] ? () => actions.goTo(previous) : undefined}
        />
      )}
    </div>
  );
}
