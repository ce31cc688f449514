// Cell styles of the report sheets. Every cell the report writes carries a named font (Calibri, the
// report's size unless the model sets one): a font without a name falls back to the reader's
// default, which LibreOffice prints as a wide serif, so totals show "###". Cells that look alike
// share one style: a write collects the distinct styles once (a few dozen for 50,000 rows) and the
// package gets them appended to the styles ExcelJS wrote for the user's sheets (styleSheet.ts).
import { REPORT_FONT, type CellStyle } from '../../report/model';
import { argb } from './modelError';

/** Font family 2 = swiss (sans serif): the hint a reader uses when it has no Calibri. */
const SANS_FAMILY = 2;

/** One distinct cell format, as the parts of styles.xml it needs (already XML). */
export interface CellFormat {
  /** Number format code, or undefined for General. */
  numFmt?: string;
  font: string;
  /** undefined = no fill (fill 0). */
  fill?: string;
  /** undefined = no border (border 0). */
  border?: string;
  /** The <alignment> element, '' when the style sets alignment to nothing visible, undefined when it does not set it. */
  alignment?: string;
  unlocked: boolean;
}

function fontXml(style: CellStyle): string {
  const bold = style.bold ? '<b/>' : '';
  const italic = style.italic ? '<i/>' : '';
  const color = style.color !== undefined ? `<color rgb="${argb(style.color)}"/>` : '';
  return `<font>${bold}${italic}${color}<family val="${SANS_FAMILY}"/><sz val="${style.size ?? REPORT_FONT.size}"/><name val="${REPORT_FONT.name}"/></font>`;
}

function fillXml(fill: string | undefined): string | undefined {
  if (fill === undefined) return undefined;
  const color = argb(fill);
  return `<fill><patternFill patternType="solid"><fgColor rgb="${color}"/><bgColor rgb="${color}"/></patternFill></fill>`;
}

function borderXml(border: CellStyle['border']): string | undefined {
  if (border === 'thin') return '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
  if (border === 'bottomThin') return '<border><left/><right/><top/><bottom style="thin"/><diagonal/></border>';
  if (border === 'bottomMedium') return '<border><left/><right/><top/><bottom style="medium"/><diagonal/></border>';
  return undefined;
}

const HORIZONTAL = new Set(['left', 'center', 'right']);
const VERTICAL: Record<string, string> = { top: 'top', middle: 'center', bottom: 'bottom' };

/**
 * Alignment is "applied" whenever the style says anything about it; the element carries only the
 * settings that differ from Excel's defaults (wrap: false is the default and writes nothing).
 */
function alignmentXml(style: CellStyle): string | undefined {
  if (style.wrap === undefined && style.align === undefined && style.verticalAlign === undefined) return undefined;
  const horizontal = style.align !== undefined && HORIZONTAL.has(style.align) ? ` horizontal="${style.align}"` : '';
  const vertical = style.verticalAlign !== undefined && VERTICAL[style.verticalAlign] ? ` vertical="${VERTICAL[style.verticalAlign]}"` : '';
  const wrap = style.wrap ? ' wrapText="1"' : '';
  const attributes = horizontal + vertical + wrap;
  return attributes ? `<alignment${attributes}/>` : '';
}

function cellFormat(numFmt: string | undefined, style: CellStyle, unlocked: boolean): CellFormat {
  return {
    ...(numFmt ? { numFmt } : {}),
    font: fontXml(style),
    fill: fillXml(style.fill),
    border: borderXml(style.border),
    alignment: alignmentXml(style),
    // Cells are locked by default; only the input cells of a protected sheet say otherwise.
    unlocked,
  };
}

/** The parts of a style that make a format, as text: equal keys, equal formats. */
function styleKey(numFmt: string | undefined, style: CellStyle, unlocked: boolean): string {
  return `${unlocked ? 1 : 0}|${style.bold ? 1 : 0}|${style.italic ? 1 : 0}|${style.size ?? ''}|${style.color ?? ''}|${style.fill ?? ''}|`
    + `${style.wrap ?? ''}|${style.align ?? ''}|${style.verticalAlign ?? ''}|${style.border ?? ''}|${numFmt ?? ''}`;
}

const NO_STYLE: CellStyle = {};
const ALIGN: Record<string, number> = { left: 1, center: 2, right: 3 };
const VERTICAL_ALIGN: Record<string, number> = { top: 1, middle: 2, bottom: 3 };
const BORDER: Record<string, number> = { thin: 1, bottomThin: 2, bottomMedium: 3 };

/** Small numbers for the few distinct texts (number formats, colours) and sizes a report uses. */
class Interned<T> {
  private readonly ids = new Map<T, number>();

  idOf(value: T | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(value, id);
    }
    return id;
  }
}

/** One per write: numbers the distinct formats of the report's cells from 0, in first-use order. */
export class CellFormats {
  readonly formats: CellFormat[] = [];
  private readonly byKey = new Map<string, number>();
  /** The same by a number made of the style's parts, so two million cells need no key strings. */
  private readonly byNumber = new Map<number, number>();
  private readonly numFmts = new Interned<string>();
  private readonly colors = new Interned<string>();
  private readonly sizes = new Interned<number>();

  /** The local number of the format; throws ModelError for a colour that is not RRGGBB. */
  idOf(numFmt: string | undefined, style: CellStyle | undefined, unlocked = false): number {
    const plain = style ?? NO_STYLE;
    const number = this.numberKey(numFmt, plain, unlocked);
    const known = number < 0 ? undefined : this.byNumber.get(number);
    if (known !== undefined) return known;
    const found = this.byText(numFmt, plain, unlocked);
    if (number >= 0) this.byNumber.set(number, found);
    return found;
  }

  /**
   * Every part of the style in a few bits (30 in all, a small integer), or -1 when a report uses
   * more distinct formats, colours or sizes than the bits hold (then the text key is used).
   */
  private numberKey(numFmt: string | undefined, style: CellStyle, unlocked: boolean): number {
    const format = this.numFmts.idOf(numFmt);
    const color = this.colors.idOf(style.color);
    const fill = this.colors.idOf(style.fill);
    const size = this.sizes.idOf(style.size);
    const align = style.align === undefined ? 0 : ALIGN[style.align];
    const vertical = style.verticalAlign === undefined ? 0 : VERTICAL_ALIGN[style.verticalAlign];
    const border = style.border === undefined ? 0 : BORDER[style.border];
    if (format >= 32 || color >= 16 || fill >= 16 || size >= 8 || align === undefined || vertical === undefined || border === undefined) return -1;
    const wrap = style.wrap === undefined ? 0 : style.wrap ? 2 : 1;
    const flags = (unlocked ? 1 : 0) | (style.bold ? 2 : 0) | (style.italic ? 4 : 0) | (wrap << 3) | (align << 5) | (vertical << 7) | (border << 9);
    return ((((format * 16 + color) * 16 + fill) * 8 + size) << 11) | flags;
  }

  private byText(numFmt: string | undefined, style: CellStyle, unlocked: boolean): number {
    const key = styleKey(numFmt, style, unlocked);
    let found = this.byKey.get(key);
    if (found === undefined) {
      const format = cellFormat(numFmt, style, unlocked);
      // Different keys can still make the same format (e.g. wrap: false and no wrap at all).
      const same = JSON.stringify(format);
      found = this.formats.findIndex((known) => JSON.stringify(known) === same);
      if (found < 0) {
        found = this.formats.length;
        this.formats.push(format);
      }
      this.byKey.set(key, found);
    }
    return found;
  }
}
