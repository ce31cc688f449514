// Appends the report's cell formats to the styles.xml ExcelJS wrote for the user's sheets (and the
// conditional formats' dxfs of the report sheets). Fonts, fills, borders and cell formats that are
// already there (as text) are reused, new ones go at the end of their list with the count updated,
// and custom number formats get ids after the highest one in use. Nothing already there moves, so
// every index the user's sheets refer to stays valid.
import type { CellFormat } from './cellStyles';
import { escapeXml } from './text';

/** Number formats every spreadsheet knows by id (ECMA-376 Part 1, 18.8.30); others need a <numFmt>. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11,
  '# ?/?': 12, '# ??/??': 13, 'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17,
  'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21, 'm/d/yy h:mm': 22,
  '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};
/** Ids below this are reserved for built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;

interface Section {
  /** Index of the opening tag, or -1 when the section is missing. */
  tagStart: number;
  /** Index just after the opening tag. */
  open: number;
  /** Index of the closing tag (= open for a self-closed section). */
  close: number;
  selfClosed: boolean;
}

function locate(xml: string, name: string): Section {
  const start = new RegExp(`<${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!start) return { tagStart: -1, open: -1, close: -1, selfClosed: false };
  const open = start.index + start[0].length;
  const selfClosed = start[1] === '/';
  return { tagStart: start.index, open, close: selfClosed ? open : xml.indexOf(`</${name}>`, open), selfClosed };
}

/** The section's items (e.g. every <font> of <fonts>) as text. */
function itemsOf(xml: string, name: string, item: string): string[] {
  const found = locate(xml, name);
  if (found.tagStart < 0 || found.selfClosed) return [];
  const body = xml.slice(found.open, found.close);
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g'))].map((m) => m[0]);
}

/** Position of every item: existing ones by their text, new ones appended (and returned). */
class ItemList {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];

  constructor(private readonly existing: string[]) {
    existing.forEach((text, i) => this.index.has(text) || this.index.set(text, i));
  }

  indexOf(text: string): number {
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.existing.length + this.added.length;
      this.index.set(text, found);
      this.added.push(text);
    }
    return found;
  }

  get count(): number {
    return this.existing.length + this.added.length;
  }
}

function xfXml(numFmtId: number, fontId: number, fillId: number, borderId: number, format: CellFormat): string {
  let attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
  if (numFmtId) attributes += ' applyNumberFormat="1"';
  if (fontId) attributes += ' applyFont="1"';
  if (fillId) attributes += ' applyFill="1"';
  if (borderId) attributes += ' applyBorder="1"';
  if (format.alignment !== undefined) attributes += ' applyAlignment="1"';
  if (format.unlocked) attributes += ' applyProtection="1"';
  const inner = (format.alignment ?? '') + (format.unlocked ? '<protection locked="0"/>' : '');
  return inner ? `<xf ${attributes}>${inner}</xf>` : `<xf ${attributes}/>`;
}

/** styles.xml with `formats` added, and the cellXfs index of each format (by its local number). */
export function mergeCellFormats(stylesXml: string, formats: readonly CellFormat[]): { xml: string; xfIds: number[] } {
  const existingFormats = itemsOf(stylesXml, 'numFmts', 'numFmt');
  const customFormats = new Map<string, number>();
  let nextFormatId = FIRST_CUSTOM_FORMAT;
  for (const item of existingFormats) {
    const id = Number(/numFmtId="(\d+)"/.exec(item)?.[1]);
    const code = /formatCode="([^"]*)"/.exec(item)?.[1];
    if (code !== undefined) customFormats.set(code, id);
    if (id >= nextFormatId) nextFormatId = id + 1;
  }
  const newFormats: string[] = [];
  const formatId = (code: string | undefined): number => {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const escaped = escapeXml(code);
    let id = customFormats.get(escaped);
    if (id === undefined) {
      id = nextFormatId++;
      customFormats.set(escaped, id);
      newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    }
    return id;
  };

  const fonts = new ItemList(itemsOf(stylesXml, 'fonts', 'font'));
  const fills = new ItemList(itemsOf(stylesXml, 'fills', 'fill'));
  const borders = new ItemList(itemsOf(stylesXml, 'borders', 'border'));
  const xfs = new ItemList(itemsOf(stylesXml, 'cellXfs', 'xf'));
  const xfIds = formats.map((format) => {
    const fill = format.fill === undefined ? 0 : fills.indexOf(format.fill);
    const border = format.border === undefined ? 0 : borders.indexOf(format.border);
    return xfs.indexOf(xfXml(formatId(format.numFmt), fonts.indexOf(format.font), fill, border, format));
  });

  let xml = stylesXml;
  xml = appendItems(xml, 'fonts', fonts.count, fonts.added);
  xml = appendItems(xml, 'fills', fills.count, fills.added);
  xml = appendItems(xml, 'borders', borders.count, borders.added);
  xml = appendItems(xml, 'cellXfs', xfs.count, xfs.added);
  if (newFormats.length > 0) {
    const count = existingFormats.length + newFormats.length;
    // <numFmts> is the first child of <styleSheet>; ExcelJS leaves it out when it has no custom format.
    xml = locate(xml, 'numFmts').tagStart < 0
      ? xml.replace(/<styleSheet\b[^>]*>/, (root) => `${root}<numFmts count="${count}">${newFormats.join('')}</numFmts>`)
      : appendItems(xml, 'numFmts', count, newFormats);
  }
  return { xml, xfIds };
}

/** Rewrites the section's count and adds `added` before its closing tag (opening a self-closed one). */
function appendItems(xml: string, name: string, count: number, added: string[]): string {
  if (added.length === 0) return xml;
  const found = locate(xml, name);
  if (found.tagStart < 0) throw new Error(`styles.xml has no <${name}>`);
  let tag = xml.slice(found.tagStart, found.open);
  if (found.selfClosed) tag = `${tag.slice(0, -2)}>`;
  tag = /\scount="\d+"/.test(tag) ? tag.replace(/\scount="\d+"/, ` count="${count}"`) : tag.replace(`<${name}`, `<${name} count="${count}"`);
  const body = xml.slice(found.open, found.close);
  const rest = found.selfClosed ? xml.slice(found.open) : xml.slice(found.close);
  return `${xml.slice(0, found.tagStart)}${tag}${body}${added.join('')}${found.selfClosed ? `</${name}>` : ''}${rest}`;
}
