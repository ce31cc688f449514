// A small RFC 4180-style reader for the reference source files. They differ in separator,
// BOM and line endings, and one of them quotes fields that contain the separator
// ("Pr. indbygger, løbende priser (kr.)"), so a plain split would misalign columns.

/** Split delimited text into rows of fields. Strips a UTF-8 BOM, accepts CRLF/LF, drops blank lines. */
export function parseDelimited(text: string, separator: string): string[][] {
  if (separator.length !== 1 || separator === '"') {
    throw new Error(`CSV separator must be one character other than '"', got ${JSON.stringify(separator)}`);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldWasQuoted = false;

  const endField = (): void => {
    row.push(field);
    field = '';
    fieldWasQuoted = false;
  };
  const endRow = (): void => {
    // A line holding nothing at all is noise (e.g. a trailing newline), not a row of one empty field.
    const blankLine = row.length === 0 && field === '' && !fieldWasQuoted;
    endField();
    if (!blankLine) rows.push(row);
    row = [];
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      fieldWasQuoted = true;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\r' && source[i + 1] === '\n') {
      // CRLF: the LF on the next step closes the row.
    } else if (ch === '\n' || ch === '\r') {
      endRow();
    } else {
      field += ch;
    }
  }
  if (inQuotes) throw new Error('CSV text ends inside a quoted field');
  if (field !== '' || fieldWasQuoted || row.length > 0) endRow();
  return rows;
}
