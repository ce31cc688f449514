// The method inside step 2: key figures, DEA or both; for DEA the inputs and outputs from the
// mapped columns, returns to scale and orientation, each with its one-line explanation.
import { Caption1, Checkbox, Dropdown, Field, Option, Radio, RadioGroup } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { Orientation } from '../../core/dea';
import type { ParseResult } from '../../core/parse/types';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { BenchmarkMethod } from '../../pipeline/benchmarkGrid';
import type { DeaRts } from '../../report/deaTypes';
import { BootstrapField } from './BootstrapField';
import { deaAvailable, deaChoiceError, deaColumns, deaSelection, runMethod, toggleDeaColumn, type DeaSide } from '../deaChoices';
import { DEA_RTS, METHODS, ORIENTATIONS, type PaneSettings } from '../settings';
import type { PaneAction, PaneState } from '../state';

export function MethodChoice({ state, dispatch }: { state: PaneState; dispatch: Dispatch<PaneAction> }) {
  const { lang, settings, parse } = state;
  const available = deaAvailable(parse);
  const method = runMethod(settings, parse);
  const choose = (patch: Partial<PaneSettings>) => dispatch({ type: 'choiceChanged', patch });
  return (
    <>
      <Field
        label={t('pane.method.label', lang)}
        hint={parse && !available ? t('pane.method.deaUnavailable', lang) : t(`pane.method.hint.${method === 'keyfigures' ? 'keyfigures' : 'dea'}`, lang)}
      >
        <RadioGroup value={method} onChange={(_, data) => choose({ method: data.value as BenchmarkMethod })}>
          {METHODS.map((value) => (
            <Radio key={value} value={value} label={t(`pane.method.${value}`, lang)} disabled={value !== 'keyfigures' && parse !== undefined && !available} />
          ))}
        </RadioGroup>
      </Field>
      {parse && available && method !== 'keyfigures' && <DeaSettings parse={parse} settings={settings} lang={lang} choose={choose} />}
    </>
  );
}

function DeaSettings({ parse, settings, lang, choose }: { parse: ParseResult; settings: PaneSettings; lang: Lang; choose: (patch: Partial<PaneSettings>) => void }) {
  const columns = deaColumns(parse);
  const selection = deaSelection(parse, settings, lang);
  const error = deaChoiceError(parse, settings, lang);
  // A fieldset, not a Field: a Field hands its one control id to every checkbox inside it.
  const side = (which: DeaSide) => (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' }}>
      <legend style={{ fontSize: 14, fontWeight: 600, padding: 0, marginBottom: 4 }}>{t(which === 'inputs' ? 'pane.dea.inputs' : 'pane.dea.outputs', lang)}</legend>
      {columns.map((column) => (
        <Checkbox
          key={column.key}
          label={column.header}
          checked={selection[which].includes(column.key)}
          onChange={(_, data) => choose(toggleDeaColumn(selection, which, column.key, data.checked === true))}
        />
      ))}
    </fieldset>
  );
  return (
    <div data-testid="dea-settings" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {side('inputs')}
      {side('outputs')}
      {error && <Caption1 role="alert" style={{ color: '#a4262c' }}>{error}</Caption1>}
      <Field label={t('pane.dea.rts', lang)} hint={t(`pane.dea.rtsHint.${settings.rts}`, lang)}>
        <Dropdown
          value={t(`pane.dea.rts.${settings.rts}`, lang)}
          selectedOptions={[settings.rts]}
          onOptionSelect={(_, data) => data.optionValue && choose({ rts: data.optionValue as DeaRts })}
          style={{ minWidth: 0 }}
        >
          {DEA_RTS.map((rts) => (
            <Option key={rts} value={rts}>{t(`pane.dea.rts.${rts}`, lang)}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('pane.dea.orientation', lang)} hint={t(`pane.dea.orientationHint.${settings.orientation}`, lang)}>
        <RadioGroup value={settings.orientation} onChange={(_, data) => choose({ orientation: data.value as Orientation })}>
          {ORIENTATIONS.map((value) => (
            <Radio key={value} value={value} label={t(`pane.dea.orientation.${value}`, lang)} />
          ))}
        </RadioGroup>
      </Field>
      <BootstrapField settings={settings} lang={lang} choose={choose} />
    </div>
  );
}
