// The pane's side effects around its pure reducer: reading the workbook, looking for a wider read
// when a selection is no table, the StatBank years (only once live data is chosen and the
// comparison step is reached, so the StatBank code loads no earlier), runs with progress,
// cancel and announcements, the language switch and focus on each new step's heading.
import { useAnnounce } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Lang } from '../../core/types';
import type { ReadSource } from '../../hosts/types';
import { t } from '../../i18n';
import { createDeaWorker } from '../../workers/createDeaWorker';
import { solveInWorker } from '../../workers/deaClient';
import type { DeaSolver } from '../../workers/protocol';
import { startLanguage, type PaneEnvironment } from '../environment';
import { runRequestOf, type StepId } from '../flow';
import { computeLazily, loadPaneReference, pinnedSource, RunCancelled, runPane } from '../runner';
import { boxAddress, wideningFor } from '../selectionCheck';
import type { PaneSettings } from '../settings';
import { initialState, paneReducer } from '../state';
import { sheetAddress } from '../../core/parse/address';
import { stageText } from '../stageText';
import { loadPreviewer, preloadLater } from './lazyParts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** DEA in a worker, created on the first solve; where workers are missing the engine runs in the compute step. */
const workerSolver: DeaSolver | undefined =
  typeof Worker === 'undefined' ? undefined : (jobs, onProgress, signal) => solveInWorker(createDeaWorker, jobs, onProgress, signal);

type LiveModule = typeof import('../live');

const NO_CODES: ReadonlySet<string> = new Set();

export function usePane(env: PaneEnvironment) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => {
    const remembered = env.store.load();
    return initialState(startLanguage(env), remembered ?? env.defaults, remembered);
  });
  const { lang } = state;
  const host = useMemo(() => env.hostFor(lang), [env, lang]);
  const { announce } = useAnnounce();
  const knownCodes = state.preview?.knownCodes ?? NO_CODES;
  // The first screen is up: fetch the parser and the later steps now, so nothing waits later.
  useEffect(() => {
    loadPreviewer().then((preview) => dispatch({ type: 'previewReady', preview }), () => undefined);
    preloadLater().catch(() => undefined);
  }, []);
  const abort = useRef<AbortController | undefined>(undefined);
  const yearsRequest = useRef(0);
  const [live, setLive] = useState<LiveModule | undefined>(undefined);

  const refreshSources = useCallback(() => {
    host.listSources().then((sources) => dispatch({ type: 'sourcesLoaded', sources }), () => undefined);
  }, [host]);
  // On opening and on each return to the data step: tables may have been added meanwhile.
  useEffect(() => {
    if (state.step === 'data') refreshSources();
  }, [state.step, refreshSources]);

  // The pane is usable: first screen drawn and the workbook's tables listed (npm run bench times this).
  const ready = state.sources !== undefined;
  useEffect(() => {
    if (ready && typeof performance !== 'undefined' && performance.getEntriesByName('pejlemaerke-pane-ready').length === 0) {
      performance.mark('pejlemaerke-pane-ready');
    }
  }, [ready]);

  const { referenceSource, baseUrl } = state.settings;
  const wantYears = referenceSource === 'live' && state.step === 'comparison' && state.years.status === 'idle';
  useEffect(() => {
    if (!wantYears) return;
    const id = ++yearsRequest.current;
    dispatch({ type: 'yearsLoading' });
    import(/* webpackChunkName: "statbank" */ '../live')
      .then((module) => {
        setLive(() => module);
        return module.fetchYears(baseUrl, lang);
      })
      .then(
        (years) => id === yearsRequest.current && dispatch({ type: 'yearsLoaded', years }),
        (error) => id === yearsRequest.current && dispatch({ type: 'yearsFailed', message: messageOf(error) }),
      );
  }, [wantYears, baseUrl, lang]);

  // A read that is no table: look once for the table or region around it.
  const { issue, read, sources, widening } = state;
  useEffect(() => {
    if (!issue || !read || widening) return;
    let current = true;
    const tables = sources?.tables ?? [];
    const found = wideningFor(read.grid, tables, undefined);
    if (found) dispatch({ type: 'wideningFound', widening: found });
    else {
      host.read({ kind: 'range', sheet: read.grid.sheet }).then(
        (used) => current && dispatch({ type: 'wideningFound', widening: wideningFor(read.grid, tables, used) }),
        () => undefined,
      );
    }
    return () => {
      current = false;
    };
  }, [issue, read, sources, widening, host]);

  const readSource = useCallback(
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

  const widen = useCallback(() => {
    if (!widening) return;
    if (widening.kind === 'table') return void readSource({ kind: 'table', name: widening.table.name });
    const range = boxAddress(widening.box);
    dispatch({ type: 'gridRead', source: { kind: 'range', sheet: widening.grid.sheet, range }, grid: widening.grid });
    // Show the user what was taken.
    void host.selectAddress(sheetAddress(widening.grid.sheet, range)).catch(() => undefined);
  }, [widening, readSource, host]);

  const run = async (settings: PaneSettings) => {
    const { request, error } = runRequestOf(settings, state, knownCodes);
    if (!request) {
      if (error) announce(error, { alert: true });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'runStarted', settings });
    try {
      const result = await runPane({ host, loadReference: loadPaneReference, compute: computeLazily, solveDea: workerSolver }, request, {
        onStage: (stage) => dispatch({ type: 'stage', stage }),
        onDeaProgress: (progress) => dispatch({ type: 'deaProgress', progress }),
        isCancelled: () => controller.signal.aborted,
        signal: controller.signal,
      });
      dispatch({ type: 'runFinished', result, settings });
      if (result.written) {
        await env.store.save({ ...settings, source: result.source }).catch(() => undefined);
      } else announce(t('pane.run.nothing', lang), { alert: true });
    } catch (error) {
      if (error instanceof RunCancelled) {
        dispatch({ type: 'runCancelled' });
        announce(t('pane.run.cancelled', lang));
      } else {
        dispatch({ type: 'runFailed', message: messageOf(error) });
        announce(t('pane.run.failed', lang, { reason: messageOf(error) }), { alert: true });
      }
    }
  };

  // Each stage is said once (not every unit of a DEA solve).
  const stage = state.run.status === 'running' ? state.run.stage : undefined;
  useEffect(() => {
    const text = stage ? stageText({ stage }, lang) : undefined;
    if (text) announce(text);
  }, [stage, lang, announce]);

  // A new step puts focus on its heading (not on opening, which would pull focus from Excel). A
  // later step's heading may mount only once its chunk is there, so focus waits for it.
  const heading = useRef<HTMLHeadingElement | null>(null);
  const focusPending = useRef(false);
  const focusHeading = () => {
    if (!focusPending.current || !heading.current?.isConnected) return;
    focusPending.current = false;
    heading.current.focus();
  };
  const headingRef = useCallback((element: HTMLHeadingElement | null) => {
    heading.current = element;
    focusHeading();
  }, []);
  const shownStep = useRef<StepId>(state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    focusPending.current = true;
    focusHeading();
  }, [state.step]);

  const actions = {
    read: (source: ReadSource) => void readSource(source),
    widen,
    refreshSources,
    run: (settings: PaneSettings = state.settings) => void run(settings),
    rerun: () => state.remembered && void run(state.remembered),
    cancel: () => abort.current?.abort(),
    goTo: (step: StepId) => dispatch({ type: 'goTo', step }),
    setLanguage: (next: Lang) => {
      env.languages.save(next);
      dispatch({ type: 'langChanged', lang: next });
    },
    selectAddress: (address: string) => void host.selectAddress(address).catch(() => undefined),
    openSheet: (sheet: string) => void host.activateSheet(sheet).catch(() => undefined),
  };
  return { state, dispatch, actions, knownCodes, headingRef, announce, liveMeasure: live?.liveMeasure };
}
