// Print settings both hosts write the same way.
import type { PrintModel } from '../../report/model';

/**
 * A4 margins in inches (the file format's unit): 1.5 cm left and right, 1.9 cm top and bottom,
 * 0.8 cm for header and footer. Narrower than Excel's "Normal" at the sides, so a one-page-wide
 * fit shrinks less, yet wide enough for any office printer.
 */
export const PRINT_MARGINS_INCHES = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 } as const;

/** Points per inch, for Office.js margins. */
export const POINTS_PER_INCH = 72;

/** '1:6', '$1:$6' or '6' → [first, last] row numbers. Undefined when the text is not a row range. */
export function printTitleRowNumbers(spec: string): [number, number] | undefined {
  const rows = spec.replace(/\$/g, '').split(':');
  if (rows.length > 2 || !rows.every((r) => /^\d+$/.test(r))) return undefined;
  const first = Number(rows[0]);
  const last = Number(rows[rows.length - 1]);
  if (first < 1 || last < first || last > 1048576) return undefined;
  return [first, last];
}

/** Fit to pages only when the model asks for a page count; 0 × 0 means print at 100 %. */
export function fitsToPages(print: PrintModel): boolean {
  return print.fit.width > 0 || print.fit.height > 0;
}
