// The method inside step 2, for institutions only: key figures, DEA or both. DEA's own settings
// (what is used, what is delivered, size, direction) sit in an accordion, each explained.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Dropdown, Option, Radio, RadioGroup,
} from '@fluentui/react-components';
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
import { ChoiceField, InfoLegend } from './ChoiceField';
import { usePaneStyles } from './styles';

export function MethodChoice({ state, dispatch, unit }: { state: PaneState; dispatch: Dispatch<PaneAction>; unit: string }) {
  const styles = usePaneStyles();
  const { lang, settings, parse } = state;
  // DEA compares institutions with each other; a table of municipalities has none to compare.
  if (!parse || !deaAvailable(parse)) return null;
  const method = runMethod(settings, parse);
  const choose = (patch: Partial<PaneSettings>) => dispatch({ type: 'choiceChanged', patch });
  const error = deaChoiceError(parse, settings, lang);
  return (
    <>
      <ChoiceField
        lang={lang}
        label={t('pane.method.label', lang)}
        info={t('pane.method.info', lang)}
        hint={t(`pane.method.hint.${method === 'keyfigures' ? 'keyfigures' : 'dea'}`, lang, { unit })}
      >
        <RadioGroup value={method} onChange={(_, data) => choose({ method: data.value as BenchmarkMethod })}>
          {METHODS.map((value) => (
            <Radio key={value} value={value} label={t(`pane.method.${value}`, lang)} />
          ))}
        </RadioGroup>
      </ChoiceField>
      {method !== 'keyfigures' && (
        <>
          {error && <p role="alert" className={styles.error}>{error}</p>}
          <Accordion collapsible>
            <AccordionItem value="dea">
              <AccordionHeader size="small">{t('pane.dea.settings', lang)}</AccordionHeader>
              <AccordionPanel>
                <DeaSettings parse={parse} settings={settings} lang={lang} choose={choose} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </>
  );
}

function DeaSettings({ parse, settings, lang, choose }: { parse: ParseResult; settings: PaneSettings; lang: Lang; choose: (patch: Partial<PaneSettings>) => void }) {
  const styles = usePaneStyles();
  const columns = deaColumns(parse);
  const selection = deaSelection(parse, settings, lang);
  // A fieldset, not a Field: a Field hands its one control id to every checkbox inside it.
  const side = (which: DeaSide) => (
    <fieldset className={styles.fieldset}>
      <InfoLegend className={styles.legend} lang={lang} label={t(`pane.dea.${which}`, lang)} info={t(`pane.dea.${which}Info`, lang)} />
      <p className={styles.hint}>{t(`pane.dea.${which}Hint`, lang)}</p>
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
    <div data-testid="dea-settings" className={styles.section}>
      {side('inputs')}
      {side('outputs')}
      <ChoiceField lang={lang} label={t('pane.dea.rts', lang)} info={t('pane.dea.rtsInfo', lang)} hint={t('pane.dea.rtsHint', lang)}>
        <Dropdown className={styles.dropdown} value={t(`pane.dea.rts.${settings.rts}`, lang)} selectedOptions={[settings.rts]} onOptionSelect={(_, data) => data.optionValue && choose({ rts: data.optionValue as DeaRts })}>
          {DEA_RTS.map((rts) => (
            <Option key={rts} value={rts}>{t(`pane.dea.rts.${rts}`, lang)}</Option>
          ))}
        </Dropdown>
      </ChoiceField>
      <ChoiceField lang={lang} label={t('pane.dea.orientation', lang)} info={t('pane.dea.orientationInfo', lang)} hint={t(`pane.dea.orientationHint.${settings.orientation}`, lang)}>
        <RadioGroup value={settings.orientation} onChange={(_, data) => choose({ orientation: data.value as Orientation })}>
          {ORIENTATIONS.map((value) => (
            <Radio key={value} value={value} label={t(`pane.dea.orientation.${value}`, lang)} />
          ))}
        </RadioGroup>
      </ChoiceField>
      <BootstrapField settings={settings} lang={lang} choose={choose} />
    </div>
  );
}
