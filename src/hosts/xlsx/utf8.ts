// Text into bytes without building strings first: a sheet of 50,000 rows has two million cells,
// and composing each one's XML as a string (then flattening and encoding it) costs more than
// writing its pieces' bytes straight into the output buffer. The bytes are what Node's own UTF-8
// encoder writes (an unpaired surrogate becomes U+FFFD), and cellText escapes as cellXmlText does.

const AMP = [0x26, 0x61, 0x6d, 0x70, 0x3b]; // &amp;
const LT = [0x26, 0x6c, 0x74, 0x3b]; // &lt;
const GT = [0x26, 0x67, 0x74, 0x3b]; // &gt;
const QUOT = [0x26, 0x71, 0x75, 0x6f, 0x74, 0x3b]; // &quot;
const APOS = [0x26, 0x61, 0x70, 0x6f, 0x73, 0x3b]; // &apos;

/** Writes `text` as UTF-8 at `pos` (the caller leaves 3 bytes per UTF-16 unit); returns the end. */
export function encodeUtf8(text: string, bytes: Uint8Array, pos: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[pos++] = code;
      continue;
    }
    pos = encodeWide(text, i, code, bytes, pos);
    i = skipPair(text, i, code);
  }
  return pos;
}

/**
 * Writes `text` escaped for an element's content as the report's cells store it (the five XML
 * specials as entities) at `pos` (the caller leaves 6 bytes per UTF-16 unit); returns the end, or
 * -1 when the text holds a character cellXmlText leaves out (a control character other than tab,
 * LF and CR, DEL, U+FFFE or U+FFFF): leaving it out could join the halves of a surrogate pair, so such a rare
 * text goes through cellXmlText instead.
 */
export function encodeCellText(text: string, bytes: Uint8Array, pos: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code >= 0xfffe) return -1;
      pos = encodeWide(text, i, code, bytes, pos);
      i = skipPair(text, i, code);
      continue;
    }
    let entity: number[] | undefined;
    if (code === 0x26) entity = AMP;
    else if (code === 0x3c) entity = LT;
    else if (code === 0x3e) entity = GT;
    else if (code === 0x22) entity = QUOT;
    else if (code === 0x27) entity = APOS;
    if (entity) {
      for (const byte of entity) bytes[pos++] = byte;
    } else if ((code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0x7f) {
      bytes[pos++] = code;
    } else {
      return -1;
    }
  }
  return pos;
}

/** Index of the last unit of the character at i (i + 1 for a surrogate pair). */
function skipPair(text: string, i: number, code: number): number {
  return code >= 0xd800 && code <= 0xdbff && isLow(text.charCodeAt(i + 1)) ? i + 1 : i;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A character from U+0080 up, starting at unit i. */
function encodeWide(text: string, i: number, code: number, bytes: Uint8Array, pos: number): number {
  if (code < 0x800) {
    bytes[pos++] = 0xc0 | (code >> 6);
    bytes[pos++] = 0x80 | (code & 0x3f);
    return pos;
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    const low = text.charCodeAt(i + 1);
    if (code <= 0xdbff && isLow(low)) {
      const point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      bytes[pos++] = 0xf0 | (point >> 18);
      bytes[pos++] = 0x80 | ((point >> 12) & 0x3f);
      bytes[pos++] = 0x80 | ((point >> 6) & 0x3f);
      bytes[pos++] = 0x80 | (point & 0x3f);
      return pos;
    }
    code = 0xfffd; // an unpaired surrogate, as Node writes it
  }
  bytes[pos++] = 0xe0 | (code >> 12);
  bytes[pos++] = 0x80 | ((code >> 6) & 0x3f);
  bytes[pos++] = 0x80 | (code & 0x3f);
  return pos;
}
