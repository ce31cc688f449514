// Text that goes into the package's XML. XML 1.0 cannot carry most control characters at all
// (Excel refuses the file), so they are dropped; the rest is escaped for element or attribute use.

// Control characters other than tab, LF and CR, the two non-characters, and lone surrogates.
// Matching control characters is the point of this pattern, hence the lint exception.
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// The characters ILLEGAL_XML may remove (surrogates only when unpaired): a quick test first.
// eslint-disable-next-line no-control-regex
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function stripIllegalXmlChars(text: string): string {
  return MAYBE_ILLEGAL.test(text) ? text.replace(ILLEGAL_XML, '') : text;
}

/** Anything escapeXml would change; most texts have none and are returned as they are. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// What ExcelJS's writer escapes in cell text, shared strings and formulas: the five XML specials,
// and control characters (other than tab, LF and CR) and DEL are left out. U+FFFE and U+FFFF are
// left out too: ExcelJS keeps them, but XML forbids them and Excel would repair the file.
// eslint-disable-next-line no-control-regex
const CELL_TEXT_SPECIALS = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text of a cell, shared string or formula as the report sheets store it (the way ExcelJS did). */
export function cellXmlText(text: string): string {
  const first = text.search(CELL_TEXT_SPECIALS);
  if (first < 0) return text;
  let out = text.slice(0, first);
  let from = first;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only these code units can need anything: the specials are ASCII, the dropped ones below 0x80.
    if (code > 0x27 && code !== 0x3c && code !== 0x3e && code !== 0x7f && code < 0xfffe) continue;
    const ch = text[i];
    const entity = ENTITIES[ch];
    const dropped = entity === undefined && (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code === 0x7f || code >= 0xfffe);
    if (entity === undefined && !dropped) continue;
    out += text.slice(from, i) + (entity ?? '');
    from = i + 1;
  }
  return out + text.slice(from);
}

/** First characters that make Excel (or a CSV importer) treat typed text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
