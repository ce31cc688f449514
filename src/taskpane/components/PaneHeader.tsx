// The pane's top: its name, the language switch and the step indicator.
import { makeStyles, mergeClasses, tokens, ToggleButton, typographyStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import { STEP_IDS, type StepId } from '../flow';
import { usePaneStyles } from './styles';

const useStyles = makeStyles({
  languages: { display: 'flex', gap: tokens.spacingHorizontalXXS },
  language: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  connector: { flexGrow: 1, minWidth: tokens.spacingHorizontalS, height: tokens.strokeWidthThin, backgroundColor: tokens.colorNeutralStroke1 },
  stepButton: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':disabled': { cursor: 'default', color: tokens.colorNeutralForeground3, backgroundColor: 'transparent' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  number: {
    ...typographyStyles.caption1Strong,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '22px',
    height: '22px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  numberCurrent: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
  },
  label: { ...typographyStyles.caption1, whiteSpace: 'nowrap' },
  hidden: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)', whiteSpace: 'nowrap', border: 0,
  },
  labelCurrent: { ...typographyStyles.caption1Strong, whiteSpace: 'nowrap' },
});

export function PaneHeader({ lang, step, reachable, wide, onLanguage, onStep }: {
  lang: Lang;
  step: StepId;
  reachable: ReadonlySet<StepId>;
  /** Room for every step's name; otherwise only the current step is named. */
  wide: boolean;
  onLanguage: (lang: Lang) => void;
  onStep: (step: StepId) => void;
}) {
  const pane = usePaneStyles();
  const styles = useStyles();
  return (
    <div className={pane.header}>
      <div className={pane.titleRow}>
        <h1 className={pane.title}>{t('pane.title', lang)}</h1>
        <div role="group" aria-label={t('pane.language.label', lang)} className={styles.languages}>
          {(['da', 'en'] as const).map((code) => (
            <ToggleButton
              key={code}
              size="small"
              className={styles.language}
              appearance="subtle"
              checked={lang === code}
              lang={code}
              onClick={() => onLanguage(code)}
            >
              {t(`pane.language.${code}`, lang)}
            </ToggleButton>
          ))}
        </div>
      </div>
      <nav aria-label={t('pane.steps.label', lang)}>
        <ol className={styles.steps}>
          {STEP_IDS.map((id, i) => {
            const current = id === step;
            const name = t(`pane.step.${id}`, lang);
            return [
              i > 0 ? <li key={`${id}-line`} aria-hidden="true" className={styles.connector} /> : null,
              <li key={id} className={styles.item}>
                <button
                  type="button"
                  className={styles.stepButton}
                  aria-current={current ? 'step' : undefined}
                  disabled={!current && !reachable.has(id)}
                  onClick={() => !current && onStep(id)}
                  data-step={id}
                >
                  {/* The name is "2 Sammenligning": what is shown, with the step's name hidden where there is no room. */}
                  <span className={mergeClasses(styles.number, current && styles.numberCurrent)}>{i + 1}</span>
                  <span className={wide || current ? (current ? styles.labelCurrent : styles.label) : styles.hidden}>{` ${name}`}</span>
                </button>
              </li>,
            ];
          })}
        </ol>
      </nav>
    </div>
  );
}
