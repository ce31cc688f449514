// Problems with a severity badge, the message and, where it names a cell, a link that selects it.
import { Badge, Link } from '@fluentui/react-components';
import type { Lang, Problem } from '../../core/types';
import { t } from '../../i18n';
import { problemRows } from '../viewModel';

const BADGE_COLOUR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
/** A long list helps nobody in 320 px; the result sheets list every problem. */
const SHOWN = 30;

export function ProblemList({ problems, lang, onSelectAddress, id }: {
  problems: readonly Problem[];
  lang: Lang;
  onSelectAddress: (address: string) => void;
  id: string;
}) {
  const rows = problemRows(problems);
  return (
    <div>
      <h3 id={id} style={{ fontSize: 14, margin: '4px 0' }}>{t('pane.problems', lang, { count: rows.length })}</h3>
      {rows.length === 0 ? (
        <p style={{ fontSize: 12, margin: 0 }}>{t('pane.problems.none', lang)}</p>
      ) : (
        <ul aria-labelledby={id} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
          {rows.slice(0, SHOWN).map((row, i) => (
            <li key={i} data-severity={row.severity} style={{ fontSize: 12, lineHeight: 1.35 }}>
              <Badge appearance="tint" color={BADGE_COLOUR[row.severity]} size="small" style={{ marginRight: 4 }}>
                {t(`pane.severity.${row.severity}`, lang)}
              </Badge>
              {row.message}{' '}
              {row.target && (
                <Link as="button" className="problem-address" onClick={() => onSelectAddress(row.address)} aria-label={t('pane.problems.goTo', lang, { address: row.address })}>
                  {row.address}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
