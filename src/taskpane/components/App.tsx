// The pane shell: holds the reducer, performs the side effects (Excel, StatBank, settings) and
// hands plain props to the four step sections.
import { Button, Caption1, Title3 } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useReducer, useRef, type CSSProperties } from 'react';
import type { ParseResult } from '../../core/parse/types';
import type { ReadSource } from '../../hosts/types';
import { t } from '../../i18n';
import { loadSnapshot } from '../../reference/snapshot';
import type { PaneEnvironment } from '../environment';
import { createDeaWorker } from '../../workers/createDeaWorker';
import { solveInWorker } from '../../workers/deaClient';
import type { DeaSolver } from '../../workers/protocol';
import { deaChoiceFor, runMethod } from '../deaChoices';
import { computeLazily, loadPaneReference, pinnedSource, RunCancelled, runPane } from '../runner';
import type { PaneSettings } from '../settings';
import { initialState, paneReducer } from '../state';
import { describeSource, groupSpecOf } from '../viewModel';
import { DataStep } from './DataStep';
import { ReferenceStep } from './ReferenceStep';
import { ResultsStep } from './ResultsStep';
import { RunStep } from './RunStep';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** DEA in a worker, created on the first solve; where workers are missing the engine runs in the compute step. */
const workerSolver: DeaSolver | undefined =
  typeof Worker === 'undefined' ? undefined : (jobs, onProgress, signal) => solveInWorker(createDeaWorker, jobs, onProgress, signal);

const SECTION: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 8, padding: '8px 0', borderTop: '1px solid #e0e0e0' };

export function App({ env }: { env: PaneEnvironment }) {
  const { host, lang } = env;
  const [state, dispatch] = useReducer(paneReducer, undefined, () => {
    const remembered = env.store.load();
    return initialState(lang, remembered ?? env.defaults, remembered);
  });
  const abort = useRef<AbortController | undefined>(undefined);
  const yearsRequest = useRef(0);
  const knownCodes = useMemo(() => new Set(loadSnapshot().municipalities.map((m) => m.code)), []);

  const refreshSources = useCallback(() => {
    host.listSources().then((sources) => dispatch({ type: 'sourcesLoaded', sources }), () => undefined);
  }, [host]);
  useEffect(refreshSources, [refreshSources]);

  const { referenceSource, baseUrl } = state.settings;
  useEffect(() => {
    if (referenceSource !== 'live') return;
    const id = ++yearsRequest.current;
    dispatch({ type: 'yearsLoading' });
    import('../live')
      .then((live) => live.fetchYears(baseUrl, lang))
      .then(
        (years) => id === yearsRequest.current && dispatch({ type: 'yearsLoaded', years }),
        (error) => id === yearsRequest.current && dispatch({ type: 'yearsFailed', message: messageOf(error) }),
      );
  }, [referenceSource, baseUrl, lang]);

  const read = useCallback(
    async (source: ReadSource) => {
      try {
        const grid = await host.read(source);
        dispatch({ type: 'gridRead', source: pinnedSource(source, grid), grid });
      } catch (error) {
        dispatch({ type: 'readFailed', message: messageOf(error) });
      }
    },
    [host],
  );

  const run = useCallback(
    async (settings: PaneSettings, source: ReadSource, parse: ParseResult | undefined) => {
      const group = groupSpecOf(settings.group, knownCodes, lang);
      if (!group.spec) return;
      const controller = new AbortController();
      abort.current = controller;
      dispatch({ type: 'runStarted' });
      try {
        const result = await runPane(
          { host, loadReference: loadPaneReference, compute: computeLazily, solveDea: workerSolver },
          {
            source,
            mapping: settings.mapping,
            area: settings.area || undefined,
            year: settings.year || undefined,
            referenceSource: settings.referenceSource,
            baseUrl: settings.baseUrl,
            deadlineSeconds: settings.deadlineSeconds,
            group: group.spec,
            standard: settings.standard,
            lang,
            method: runMethod(settings, parse),
            dea: deaChoiceFor(parse, settings, lang),
          },
          {
            onStage: (stage) => dispatch({ type: 'stage', stage }),
            onDeaProgress: (progress) => dispatch({ type: 'deaProgress', progress }),
            isCancelled: () => controller.signal.aborted,
            signal: controller.signal,
          },
        );
        dispatch({ type: 'runFinished', result });
        if (result.written) {
          await env.store.save({ ...settings, source: result.source }).catch(() => undefined);
          refreshSources();
        }
      } catch (error) {
        if (error instanceof RunCancelled) dispatch({ type: 'runCancelled' });
        else dispatch({ type: 'runFailed', message: messageOf(error) });
      }
    },
    [host, env.store, knownCodes, lang, refreshSources],
  );

  // A finished run shows its results: in 320 px they are below the fold otherwise.
  const resultsRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.result) resultsRef.current?.scrollIntoView({ block: 'start' });
  }, [state.result]);

  const remembered = state.remembered;
  const running = state.run.status === 'running';
  return (
    <main style={{ display: 'flex', flexDirection: 'column', gap: 4, padding: 12, maxWidth: 320, boxSizing: 'border-box' }}>
      <Title3 as="h1">{t('pane.title', lang)}</Title3>
      <Caption1>{t('pane.intro', lang)}</Caption1>
      {remembered?.source && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 2, padding: '8px 0' }}>
          <Button appearance="primary" disabled={running} onClick={() => remembered.source && void run(remembered, remembered.source, undefined)}>
            {t('pane.rerun', lang)}
          </Button>
          <Caption1>{t('pane.rerun.hint', lang, { source: describeSource(remembered.source, lang) })}</Caption1>
        </div>
      )}
      <section aria-labelledby="step-data" style={SECTION}>
        <DataStep state={state} dispatch={dispatch} onRead={read} onSelectAddress={(address) => void host.selectAddress(address).catch(() => undefined)} />
      </section>
      <section aria-labelledby="step-reference" style={SECTION}>
        <ReferenceStep state={state} dispatch={dispatch} knownCodes={knownCodes} />
      </section>
      <section aria-labelledby="step-run" style={SECTION}>
        <RunStep
          state={state}
          groupError={groupSpecOf(state.settings.group, knownCodes, lang).error}
          onRun={() => state.read && void run(state.settings, state.read.source, state.parse)}
          onCancel={() => abort.current?.abort()}
        />
      </section>
      {state.result && (
        <section ref={resultsRef} aria-labelledby="step-results" style={SECTION}>
          <ResultsStep
            lang={lang}
            result={state.result}
            onOpenSheet={(sheet) => void host.activateSheet(sheet).catch(() => undefined)}
            onSelectAddress={(address) => void host.selectAddress(address).catch(() => undefined)}
          />
        </section>
      )}
    </main>
  );
}
