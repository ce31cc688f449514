// Text that goes into the package's XML. XML 1.0 cannot carry most control characters at all
// (Excel refuses the file), so they are dropped; the rest is escaped for element or attribute use.

// Control characters other than tab, LF and CR, the two non-characters, and lone surrogates.
// Matching control characters is the point of this pattern, hence the lint exception.
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// What ExcelJS's writer escapes in cell text, shared strings and formulas: the five XML specials,
// and control characters (other than tab, LF and CR) and DEL are left out.
// eslint-disable-next-line no-control-regex
const CELL_TEXT_SPECIALS = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CELL_TEXT_DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text of a cell, shared string or formula as the report sheets store it (the way ExcelJS did). */
export function cellXmlText(text: string): string {
  if (!CELL_TEXT_SPECIALS.test(text)) return text;
  return text
    .replace(CELL_TEXT_DROPPED, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** First characters that make Excel (or a CSV importer) treat typed text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
