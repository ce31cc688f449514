// A choice with its label, a one-line explanation under it, and the longer one behind an info
// button, so every choice explains itself without filling the pane.
import { Field, InfoLabel, type FieldProps, type LabelProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';

export function ChoiceField({ label, info, lang, children, ...field }: Omit<FieldProps, 'label' | 'children'> & {
  label: string;
  /** The longer explanation behind the info button. */
  info?: string;
  lang: Lang;
  children: FieldProps['children'];
}) {
  return (
    <Field
      {...field}
      label={
        info
          ? { children: (_: unknown, props: LabelProps) => <InfoLabel {...props} info={info} infoButton={{ 'aria-label': t('pane.info.button', lang) }}>{label}</InfoLabel> }
          : label
      }
    >
      {children}
    </Field>
  );
}

/** A fieldset's legend with the same info button, for groups of checkboxes (a Field would give them one id). */
export function InfoLegend({ label, info, lang, className }: { label: string; info: string; lang: Lang; className?: string }): ReactNode {
  return (
    <legend className={className}>
      <InfoLabel info={info} infoButton={{ 'aria-label': t('pane.info.button', lang) }}>{label}</InfoLabel>
    </legend>
  );
}
