// Step 2: service area, reference source and year, comparison group, standard, and the StatBank
// address for proxies and test servers, and how long a live run may wait for StatBank.
import {
  Caption1, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, SpinButton,
} from '@fluentui/react-components';
import { useEffect, useState, type Dispatch } from 'react';
import { STANDARD_KINDS } from '../../core/benchmark/types';
import { t } from '../../i18n';
import { SERVICE_AREAS } from '../../reference/catalogue';
import { loadSnapshot } from '../../reference/snapshot';
import { DEFAULT_DEADLINE_SECONDS, DEFAULT_STATBANK_URL, MAX_DEADLINE_SECONDS, parseDeadline, type ReferenceSource } from '../settings';
import type { PaneAction, PaneState } from '../state';
import { formatDay, GROUP_KINDS, groupSpecOf, SIMILAR_K, type GroupKind } from '../viewModel';
import { MethodChoice } from './MethodChoice';

function snapshotPeriod(): string {
  const periods = new Set(loadSnapshot().datasets.filter((d) => d.table === 'REGK31').map((d) => d.period));
  return [...periods].sort().join(', ');
}

export function ReferenceStep({ state, dispatch, knownCodes }: { state: PaneState; dispatch: Dispatch<PaneAction>; knownCodes: ReadonlySet<string> }) {
  const { lang, settings, years, result } = state;
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  useEffect(() => setBaseUrl(settings.baseUrl), [settings.baseUrl]);
  const [deadline, setDeadline] = useState(String(settings.deadlineSeconds));
  useEffect(() => setDeadline(String(settings.deadlineSeconds)), [settings.deadlineSeconds]);
  const deadlineValid = parseDeadline(deadline) !== undefined;
  const institution = state.parse?.shape === 'institution';
  const areaNone = t(institution ? 'pane.ref.areaNone' : 'pane.ref.areaFromData', lang);
  const areaLabel = (id: string) => SERVICE_AREAS.find((a) => a.id === id)?.name[lang] ?? areaNone;
  const groupError = groupSpecOf(settings.group, knownCodes, lang).error;
  const snapshotDate = formatDay(loadSnapshot().builtAt, lang);
  const status = result?.reference;
  const setGroup = (patch: Partial<typeof settings.group>) => dispatch({ type: 'choiceChanged', patch: { group: { ...settings.group, ...patch } } });

  return (
    <>
      <h2 id="step-reference" style={{ fontSize: 16, margin: 0 }}>{t('pane.step.reference', lang)}</h2>
      <Field label={t('pane.ref.area', lang)} hint={institution ? t('pane.ref.areaHint.institution', lang) : undefined}>
        <Dropdown
          value={areaLabel(settings.area)}
          selectedOptions={[settings.area]}
          onOptionSelect={(_, data) => dispatch({ type: 'choiceChanged', patch: { area: data.optionValue ?? '' } })}
          style={{ minWidth: 0 }}
        >
          <Option value="">{areaNone}</Option>
          {SERVICE_AREAS.map((area) => (
            <Option key={area.id} value={area.id}>{area.name[lang]}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('pane.ref.source', lang)}>
        <RadioGroup
          value={settings.referenceSource}
          onChange={(_, data) => dispatch({ type: 'choiceChanged', patch: { referenceSource: data.value as ReferenceSource } })}
        >
          <Radio value="live" label={t('pane.ref.source.live', lang)} />
          <Radio value="snapshot" label={t('pane.ref.source.snapshot', lang)} />
        </RadioGroup>
      </Field>
      {settings.referenceSource === 'live' ? (
        <Field
          label={t('pane.ref.year', lang)}
          hint={years.status === 'loading' ? t('pane.ref.yearsLoading', lang) : undefined}
          validationState={years.status === 'failed' ? 'warning' : 'none'}
          validationMessage={years.status === 'failed' ? t('pane.ref.yearsFailed', lang, { reason: years.error ?? '' }) : undefined}
        >
          <Dropdown
            value={settings.year || t('pane.ref.newest', lang)}
            selectedOptions={[settings.year]}
            disabled={years.list.length === 0}
            onOptionSelect={(_, data) => dispatch({ type: 'choiceChanged', patch: { year: data.optionValue ?? '' } })}
            style={{ minWidth: 0 }}
          >
            {[...years.list].reverse().map((year) => (
              <Option key={year} value={year}>{year}</Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <Field label={t('pane.ref.year', lang)}>
          <Input readOnly value={snapshotPeriod()} />
        </Field>
      )}
      {status?.fellBack ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>
              {status.origin === 'live' ? t('pane.ref.partlyLive', lang) : t('pane.ref.fellBack', lang, { date: formatDay(status.asOf, lang) })}
            </strong>{' '}
            {status.reason}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1>
          {status?.origin === 'live'
            ? t('pane.ref.fetchedLive', lang, { date: formatDay(status.asOf, lang) })
            : status?.origin === 'cache'
            ? t('pane.ref.stored', lang, { date: formatDay(status.asOf, lang) })
            : t('pane.ref.asOf', lang, { date: status ? formatDay(status.asOf, lang) : settings.referenceSource === 'snapshot' ? snapshotDate : '–' })}
        </Caption1>
      )}
      <Field label={t('pane.ref.group', lang)}>
        <Dropdown
          value={t(`pane.group.${settings.group.kind}`, lang)}
          selectedOptions={[settings.group.kind]}
          onOptionSelect={(_, data) => data.optionValue && setGroup({ kind: data.optionValue as GroupKind })}
          style={{ minWidth: 0 }}
        >
          {GROUP_KINDS.map((kind) => (
            <Option key={kind} value={kind}>{t(`pane.group.${kind}`, lang)}</Option>
          ))}
        </Dropdown>
      </Field>
      {settings.group.kind === 'similar' && (
        <Field label={t('pane.ref.k', lang)} validationMessage={groupError}>
          <SpinButton
            min={SIMILAR_K.min}
            max={SIMILAR_K.max}
            value={settings.group.k}
            onChange={(_, data) => {
              const k = data.value ?? Number(data.displayValue);
              if (Number.isFinite(k)) setGroup({ k: Number(k) });
            }}
          />
        </Field>
      )}
      {settings.group.kind === 'list' && (
        <Field label={t('pane.ref.codes', lang)} validationMessage={groupError}>
          <Input value={settings.group.codes} onChange={(_, data) => setGroup({ codes: data.value })} />
        </Field>
      )}
      <Field label={t('pane.ref.standard', lang)}>
        <Dropdown
          value={t(`pane.standard.${settings.standard}`, lang)}
          selectedOptions={[settings.standard]}
          onOptionSelect={(_, data) => data.optionValue && dispatch({ type: 'choiceChanged', patch: { standard: data.optionValue as typeof settings.standard } })}
          style={{ minWidth: 0 }}
        >
          {STANDARD_KINDS.map((kind) => (
            <Option key={kind} value={kind}>{t(`pane.standard.${kind}`, lang)}</Option>
          ))}
        </Dropdown>
      </Field>
      <MethodChoice state={state} dispatch={dispatch} />
      <details>
        <summary style={{ fontSize: 13, cursor: 'pointer' }}>{t('pane.ref.advanced', lang)}</summary>
        <Field label={t('pane.ref.baseUrl', lang)} hint={t('pane.ref.baseUrlHint', lang, { url: DEFAULT_STATBANK_URL })} style={{ marginTop: 6 }}>
          <Input
            type="url"
            value={baseUrl}
            onChange={(_, data) => setBaseUrl(data.value)}
            onBlur={() => baseUrl.trim() !== '' && dispatch({ type: 'choiceChanged', patch: { baseUrl: baseUrl.trim() } })}
          />
        </Field>
        <Field
          label={t('pane.ref.deadline', lang)}
          hint={t('pane.ref.deadlineHint', lang, { seconds: DEFAULT_DEADLINE_SECONDS })}
          validationMessage={deadlineValid ? undefined : t('pane.ref.deadlineInvalid', lang, { max: MAX_DEADLINE_SECONDS })}
          style={{ marginTop: 6 }}
        >
          <Input
            inputMode="decimal"
            value={deadline}
            onChange={(_, data) => setDeadline(data.value)}
            onBlur={() => {
              const seconds = parseDeadline(deadline);
              if (seconds !== undefined) dispatch({ type: 'choiceChanged', patch: { deadlineSeconds: seconds } });
            }}
          />
        </Field>
      </details>
    </>
  );
}
