// The sheet builders write Danish amount formats ("1.234 kr."). An English workbook heads its
// columns "DKK", so its amounts read "DKK 1,234" too: the formats are swapped once, at the end,
// rather than every builder choosing by language. Widths were measured on the Danish codes, which
// are as long or longer.
import type { Lang } from '../core/types';
import { FMT } from './format';
import type { SheetModel } from './model';

const ENGLISH: ReadonlyMap<string, string> = new Map([
  [FMT.kr, '"DKK "#,##0'],
  [FMT.krDecimal, '"DKK "#,##0.0'],
  [FMT.mioKr, '"DKK "#,##0.0,,"m"'],
]);

export function localiseFormats(sheets: readonly SheetModel[], lang: Lang): void {
  if (lang !== 'en') return;
  for (const sheet of sheets) {
    for (const cell of sheet.cells) {
      const english = cell.numFmt === undefined ? undefined : ENGLISH.get(cell.numFmt);
      if (english !== undefined) cell.numFmt = english;
    }
    for (const chart of sheet.charts) {
      const english = chart.valueFormat === undefined ? undefined : ENGLISH.get(chart.valueFormat);
      if (english !== undefined) chart.valueFormat = english;
    }
  }
}
