// Step 4: the three largest potentials, links to the written sheets, the problems, what next.
import { Link } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../i18n';
import type { PaneRunResult } from '../runner';
import { formatKr } from '../viewModel';
import { ProblemList } from './ProblemList';

export function ResultsStep({ lang, result, onOpenSheet, onSelectAddress }: {
  lang: Lang;
  result: PaneRunResult;
  onOpenSheet: (sheet: string) => void;
  onSelectAddress: (address: string) => void;
}) {
  return (
    <>
      <h2 id="step-results" style={{ fontSize: 16, margin: 0 }}>{t('pane.step.results', lang)}</h2>
      {result.written && (
        <>
          <h3 style={{ fontSize: 14, margin: '4px 0' }}>{t('pane.results.top', lang)}</h3>
          {result.top.length === 0 ? (
            <p style={{ fontSize: 12, margin: 0 }}>{t('pane.results.none', lang)}</p>
          ) : (
            <ol data-testid="top-potentials" style={{ margin: 0, paddingLeft: 20, fontSize: 13 }}>
              {result.top.map((row, i) => (
                <li key={i} data-potential={row.potential}>{row.text}</li>
              ))}
            </ol>
          )}
          {result.dea && (
            <p data-testid="dea-summary" style={{ fontSize: 13, margin: '4px 0' }}>
              {t('pane.results.dea', lang, { efficient: result.dea.efficient, measured: result.dea.measured })}
              {result.dea.saving !== null && ` ${t('pane.results.deaSaving', lang, { amount: formatKr(result.dea.saving, lang) })}`}
              {result.dea.bootstrap && ` ${t('pane.results.deaBootstrap', lang, { ...result.dea.bootstrap })}`}
            </p>
          )}
          <h3 style={{ fontSize: 14, margin: '4px 0' }}>{t('pane.results.sheets', lang)}</h3>
          <ul style={{ margin: 0, paddingLeft: 20, fontSize: 13 }}>
            {result.sheets.map((sheet) => (
              <li key={sheet}>
                <Link as="button" onClick={() => onOpenSheet(sheet)} aria-label={t('pane.results.openSheet', lang, { sheet })}>{sheet}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <ProblemList id="result-problems" problems={result.problems} lang={lang} onSelectAddress={onSelectAddress} />
      {result.written && (
        <>
          <h3 style={{ fontSize: 14, margin: '4px 0' }}>{t('pane.results.next', lang)}</h3>
          <p style={{ fontSize: 12, margin: 0, lineHeight: 1.4 }}>{t('pane.results.nextText', lang)}</p>
        </>
      )}
    </>
  );
}
