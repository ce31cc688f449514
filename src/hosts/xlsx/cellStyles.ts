// Cell styles of the .xlsx host. Every cell the report writes carries a named font (Calibri, the
// report's size unless the model sets one): a font without a name falls back to the reader's
// default, which LibreOffice prints as a wide serif, so totals show "###". Cells that look alike
// share one style object, which ExcelJS indexes once instead of once per cell.
import type ExcelJS from 'exceljs';
import { REPORT_FONT, type CellStyle } from '../../report/model';
import { argb } from './modelError';

/** Font family 2 = swiss (sans serif): the hint a reader uses when it has no Calibri. */
const SANS_FAMILY = 2;

export function reportFont(style: CellStyle = {}): Partial<ExcelJS.Font> {
  return {
    name: REPORT_FONT.name,
    family: SANS_FAMILY,
    size: style.size ?? REPORT_FONT.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color !== undefined ? { color: { argb: argb(style.color) } } : {}),
  };
}

function borderOf(border: CellStyle['border']): Partial<ExcelJS.Borders> | undefined {
  if (border === 'thin') {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    return { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (border === 'bottomThin') return { bottom: { style: 'thin' } };
  if (border === 'bottomMedium') return { bottom: { style: 'medium' } };
  return undefined;
}

function buildStyle(numFmt: string | undefined, style: CellStyle, unlocked: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { font: reportFont(style) };
  if (numFmt) out.numFmt = numFmt;
  if (style.fill !== undefined) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) }, bgColor: { argb: argb(style.fill) } };
  }
  if (style.wrap !== undefined || style.align !== undefined || style.verticalAlign !== undefined) {
    out.alignment = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.align !== undefined ? { horizontal: style.align } : {}),
      ...(style.verticalAlign !== undefined ? { vertical: style.verticalAlign } : {}),
    };
  }
  const border = borderOf(style.border);
  if (border) out.border = border;
  // Cells are locked by default; only the input cells of a protected sheet say otherwise.
  if (unlocked) out.protection = { locked: false };
  return out;
}

/** One per write: hands out shared, never-mutated style objects. */
export class StyleBook {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
  /** Report builders reuse style objects across many cells: those skip the key building. */
  private readonly byObject = new WeakMap<CellStyle, Map<string, Partial<ExcelJS.Style>>>();
  private readonly unstyled = new Map<string, Partial<ExcelJS.Style>>();

  style(numFmt: string | undefined, style: CellStyle | undefined, unlocked = false): Partial<ExcelJS.Style> {
    const short = `${unlocked ? 1 : 0}${numFmt ?? ''}`;
    let known = style ? this.byObject.get(style) : this.unstyled;
    let found = known?.get(short);
    if (found) return found;
    const plain = style ?? {};
    const key = JSON.stringify([numFmt ?? '', unlocked, Object.entries(plain).sort(([a], [b]) => a.localeCompare(b))]);
    found = this.cache.get(key);
    if (!found) {
      found = buildStyle(numFmt, plain, unlocked);
      this.cache.set(key, found);
    }
    if (!known && style) {
      known = new Map();
      this.byObject.set(style, known);
    }
    known?.set(short, found);
    return found;
  }
}
