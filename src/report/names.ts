// Names Excel accepts: sheet names (≤ 31 characters, none of []:*?/\, not starting or ending with an
// apostrophe, not 'History') and table names (letters, digits, underscore; unique in the workbook).

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL_CHARACTERS = /[\u0000-\u001f]/g;
// Excel reserves this name for its change-tracking sheet.
const RESERVED_SHEET_NAMES = new Set(['history']);

/** The first `max` UTF-16 units, never ending in half a surrogate pair (half an emoji is not text). */
function cutTo(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Cut to `max` characters, preferring a word boundary so a name does not end in half a word. */
function truncateAtWord(text: string, max: number): string {
  const cut = cutTo(text, max);
  if (text[max] === ' ') return cut.trimEnd();
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace >= max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd();
}

/** Turn any text into a legal sheet name: forbidden characters become '-', length is capped. */
export function safeSheetName(raw: string, fallback = 'Ark'): string {
  let name = raw
    .replace(FORBIDDEN_IN_SHEET_NAME, '-')
    // Control characters (tabs, line breaks) are not allowed either.
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    // Apostrophes and spaces together: stripping one can uncover the other ("' 'x").
    .replace(/^[\s']+|[\s']+$/g, '');
  if (name.length > MAX_SHEET_NAME_LENGTH) name = truncateAtWord(name, MAX_SHEET_NAME_LENGTH);
  name = name.replace(/[\s']+$/, '');
  if (name === '' || RESERVED_SHEET_NAMES.has(name.toLowerCase())) {
    name = name === '' ? fallback : `${name} (1)`;
  }
  return name;
}

/** Hands out legal sheet names that are unique within one workbook (Excel compares case-insensitively). */
export class SheetNamer {
  private readonly taken = new Set<string>();

  constructor(alreadyTaken: Iterable<string> = []) {
    for (const name of alreadyTaken) this.taken.add(name.toLowerCase());
  }

  take(raw: string): string {
    const base = safeSheetName(raw);
    let candidate = base;
    for (let i = 2; this.taken.has(candidate.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      candidate = `${cutTo(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    }
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Hands out workbook-unique table names with a common prefix, e.g. 'Pejl_Egne_1'. */
export class TableNamer {
  private readonly counts = new Map<string, number>();

  constructor(private readonly prefix = 'Pejl') {}

  take(kind: string): string {
    const clean = kind.replace(/[^A-Za-z0-9_]/g, '_');
    const n = (this.counts.get(clean) ?? 0) + 1;
    this.counts.set(clean, n);
    return `${this.prefix}_${clean}_${n}`;
  }
}

/**
 * Table column names must be unique (case-insensitively) and non-empty; Excel would rename
 * duplicates itself, which would break the match between header cells and the model.
 */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, index) => {
    const base = header.trim() === '' ? `Kolonne${index + 1}` : header.trim();
    let candidate = base;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) candidate = `${base} ${i}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
