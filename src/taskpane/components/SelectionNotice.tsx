// A read that is no table of figures: one cell, empty, only text, or only a header row. Its own
// message names the selection itself (never a cell outside it) and, where the figures are likely
// to be, offers to widen the read to the table or region around it.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { CellGrid, Lang } from '../../core/types';
import { t } from '../../i18n';
import { boxAddress, boxOfGrid, type SelectionIssue, type Widening } from '../selectionCheck';
import { sheetAddress } from '../../core/parse/address';

export function SelectionNotice({ issue, grid, widening, lang, onWiden }: {
  issue: SelectionIssue;
  grid: CellGrid;
  widening?: Widening;
  lang: Lang;
  onWiden: () => void;
}) {
  const address = sheetAddress(grid.sheet, boxAddress(boxOfGrid(grid)));
  const label = widening
    ? widening.kind === 'table'
      ? t('pane.widen.table', lang, { name: widening.table.name })
      : t('pane.widen.region', lang, { address: boxAddress(widening.box) })
    : undefined;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="selection-issue" data-issue={issue}>
      <MessageBarBody>{t(`pane.issue.${issue}`, lang, { address })}</MessageBarBody>
      {label && (
        <MessageBarActions>
          <Button size="small" onClick={onWiden}>{label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
