// Step 2: what the figures are compared with – service area, what a key figure is "per", where the
// national figures come from, the comparison group and the standard – and for institutions the
// method. Each choice says in one line what it means, with more behind its info button.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, Text,
} from '@fluentui/react-components';
import { useEffect, useState, type Dispatch, type Ref } from 'react';
import { STANDARD_KINDS, type StandardKind } from '../../core/benchmark/types';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { SERVICE_AREAS } from '../../reference/catalogue';
import { snapshotRegistry } from '../../reference/snapshotRegistry';
import { measureOf } from '../measure';
import { DEFAULT_DEADLINE_SECONDS, DEFAULT_STATBANK_URL, MAX_DEADLINE_SECONDS, parseDeadline, type ReferenceSource } from '../settings';
import type { PaneAction, PaneState } from '../state';
import { formatDay } from '../text';
import { GROUP_KINDS, groupSpecOf, SIMILAR_K, type GroupKind } from '../viewModel';
import { ChoiceField } from './ChoiceField';
import { MethodChoice } from './MethodChoice';
import { usePaneStyles } from './styles';

function snapshotPeriod(): string {
  // The snapshot's figures load with a run; the small registry says which years they cover.
  const { years } = snapshotRegistry();
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join('');
}

export interface ComparisonStepProps {
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  headingRef: Ref<HTMLHeadingElement>;
  knownCodes: ReadonlySet<string>;
  liveMeasure?: (areaId: string, lang: Lang) => string | undefined;
}

export function ComparisonStep({ state, dispatch, headingRef, knownCodes, liveMeasure }: ComparisonStepProps) {
  const styles = usePaneStyles();
  const { lang, settings, years } = state;
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  useEffect(() => setBaseUrl(settings.baseUrl), [settings.baseUrl]);
  const [deadline, setDeadline] = useState(String(settings.deadlineSeconds));
  useEffect(() => setDeadline(String(settings.deadlineSeconds)), [settings.deadlineSeconds]);
  const deadlineValid = parseDeadline(deadline) !== undefined;
  const institution = state.parse?.shape === 'institution';
  const areaNone = t(institution ? 'pane.ref.areaNone' : 'pane.ref.areaFromData', lang);
  const areaLabel = (id: string) => SERVICE_AREAS.find((a) => a.id === id)?.name[lang] ?? areaNone;
  const groupError = groupSpecOf(settings.group, knownCodes, lang).error;
  const measure = measureOf(state.parse, settings, lang, liveMeasure);
  const choose = (patch: Extract<PaneAction, { type: 'choiceChanged' }>['patch']) => dispatch({ type: 'choiceChanged', patch });
  const setGroup = (patch: Partial<typeof settings.group>) => choose({ group: { ...settings.group, ...patch } });
  const live = settings.referenceSource === 'live';

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className={styles.stepHeading}>{t('pane.cmp.heading', lang)}</h2>
      <ChoiceField lang={lang} label={t('pane.ref.area', lang)} info={t('pane.ref.areaInfo', lang)} hint={t(`pane.ref.areaHint.${institution ? 'institution' : 'municipality'}`, lang)}>
        <Dropdown className={styles.dropdown} value={areaLabel(settings.area)} selectedOptions={[settings.area]} onOptionSelect={(_, data) => choose({ area: data.optionValue ?? '' })}>
          <Option value="">{areaNone}</Option>
          {SERVICE_AREAS.map((area) => (
            <Option key={area.id} value={area.id}>{area.name[lang]}</Option>
          ))}
        </Dropdown>
      </ChoiceField>
      <ChoiceField lang={lang} label={t('pane.ref.measure', lang)} info={t('pane.ref.measureInfo', lang)} hint={t(`pane.ref.measureHint.${measure.level}`, lang)}>
        <Text weight="semibold" data-testid="measure">{measure.label}</Text>
      </ChoiceField>
      <ChoiceField lang={lang} label={t('pane.ref.source', lang)} info={t('pane.ref.sourceInfo', lang)} hint={t(`pane.ref.sourceHint.${settings.referenceSource}`, lang)}>
        <RadioGroup value={settings.referenceSource} onChange={(_, data) => choose({ referenceSource: data.value as ReferenceSource })}>
          <Radio value="live" label={t('pane.ref.source.live', lang)} />
          <Radio value="snapshot" label={t('pane.ref.source.snapshot', lang)} />
        </RadioGroup>
      </ChoiceField>
      {live ? (
        <Field
          label={t('pane.ref.year', lang)}
          hint={years.status === 'loading' ? t('pane.ref.yearsLoading', lang) : undefined}
          validationState={years.status === 'failed' ? 'warning' : 'none'}
          validationMessage={years.status === 'failed' ? t('pane.ref.yearsFailed', lang, { reason: years.error ?? '' }) : undefined}
        >
          <Dropdown
            className={styles.dropdown}
            value={settings.year || t('pane.ref.newest', lang)}
            selectedOptions={[settings.year]}
            disabled={years.list.length === 0}
            onOptionSelect={(_, data) => choose({ year: data.optionValue ?? '' })}
          >
            {[...years.list].reverse().map((year) => (
              <Option key={year} value={year}>{year}</Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <Field label={t('pane.ref.year', lang)} hint={t('pane.ref.asOf', lang, { date: formatDay(snapshotRegistry().builtAt, lang) })}>
          <Input readOnly value={snapshotPeriod()} />
        </Field>
      )}
      {/* Institutions are compared with each other; a group of municipalities does not apply. */}
      {!institution && <ChoiceField lang={lang} label={t('pane.ref.group', lang)} info={t('pane.ref.groupInfo', lang)} hint={t(`pane.groupHint.${settings.group.kind}`, lang)}>
        <Dropdown className={styles.dropdown} value={t(`pane.group.${settings.group.kind}`, lang)} selectedOptions={[settings.group.kind]} onOptionSelect={(_, data) => data.optionValue && setGroup({ kind: data.optionValue as GroupKind })}>
          {GROUP_KINDS.map((kind) => (
            <Option key={kind} value={kind}>{t(`pane.group.${kind}`, lang)}</Option>
          ))}
        </Dropdown>
      </ChoiceField>}
      {!institution && settings.group.kind === 'similar' && (
        <Field label={t('pane.ref.k', lang)} validationMessage={groupError}>
          <Input type="number" min={SIMILAR_K.min} max={SIMILAR_K.max} value={String(settings.group.k)} onChange={(_, data) => setGroup({ k: Number(data.value) })} />
        </Field>
      )}
      {!institution && settings.group.kind === 'list' && (
        <Field label={t('pane.ref.codes', lang)} validationMessage={groupError}>
          <Input value={settings.group.codes} onChange={(_, data) => setGroup({ codes: data.value })} />
        </Field>
      )}
      <ChoiceField lang={lang} label={t('pane.ref.standard', lang)} info={t('pane.ref.standardInfo', lang, { unit: measure.unit })} hint={t(`pane.standardHint.${settings.standard}`, lang, { unit: measure.unit })}>
        <Dropdown className={styles.dropdown} value={t(`pane.standard.${settings.standard}`, lang)} selectedOptions={[settings.standard]} onOptionSelect={(_, data) => data.optionValue && choose({ standard: data.optionValue as StandardKind })}>
          {STANDARD_KINDS.map((kind) => (
            <Option key={kind} value={kind}>{t(`pane.standard.${kind}`, lang)}</Option>
          ))}
        </Dropdown>
      </ChoiceField>
      <MethodChoice state={state} dispatch={dispatch} unit={measure.unit} />
      <Accordion collapsible>
        <AccordionItem value="advanced">
          <AccordionHeader size="small">{t('pane.ref.advanced', lang)}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <Field label={t('pane.ref.baseUrl', lang)} hint={t('pane.ref.baseUrlHint', lang, { url: DEFAULT_STATBANK_URL })}>
              <Input
                type="url"
                value={baseUrl}
                onChange={(_, data) => setBaseUrl(data.value)}
                onBlur={() => baseUrl.trim() !== '' && choose({ baseUrl: baseUrl.trim() })}
              />
            </Field>
            <Field label={t('pane.ref.measureChoice', lang)} hint={t('pane.ref.measureChoiceHint', lang)}>
              <RadioGroup value={settings.measure} onChange={(_, data) => choose({ measure: data.value === 'perAgeBand' ? 'perAgeBand' : 'perInhabitant' })}>
                <Radio value="perInhabitant" label={t('pane.ref.measureChoice.perInhabitant', lang)} />
                <Radio value="perAgeBand" label={t('pane.ref.measureChoice.perAgeBand', lang)} disabled={settings.referenceSource !== 'live'} />
              </RadioGroup>
            </Field>
            <Field hint={t('pane.ref.anomaliesHint', lang)}>
              <Checkbox
                checked={settings.includeAnomalies}
                onChange={(_, data) => choose({ includeAnomalies: data.checked === true })}
                label={t('pane.ref.anomalies', lang)}
              />
            </Field>
            <Field
              label={t('pane.ref.deadline', lang)}
              hint={t('pane.ref.deadlineHint', lang, { seconds: DEFAULT_DEADLINE_SECONDS })}
              validationMessage={deadlineValid ? undefined : t('pane.ref.deadlineInvalid', lang, { max: MAX_DEADLINE_SECONDS })}
            >
              <Input
                inputMode="decimal"
                value={deadline}
                onChange={(_, data) => setDeadline(data.value)}
                onBlur={() => {
                  const seconds = parseDeadline(deadline);
                  if (seconds !== undefined) choose({ deadlineSeconds: seconds });
                }}
              />
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
