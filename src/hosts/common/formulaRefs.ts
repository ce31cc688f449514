// Follows sheet, table and defined-name renames through formula text, as Excel does when one of
// them is renamed. String literals ("…") and the insides of structured references ([…]) are left
// alone: they may contain anything, including text that looks like a sheet name.

export interface ReferenceRenames {
  /** Old sheet name (any case) → new name. */
  sheets?: ReadonlyMap<string, string>;
  /** Old table name (any case) → new name. */
  tables?: ReadonlyMap<string, string>;
  /** Old workbook-level defined name (any case) → new name. */
  names?: ReadonlyMap<string, string>;
  /** Text to put before a function name, e.g. '_xlfn.' in the file format; undefined for none. */
  functionPrefix?: (upperCaseName: string) => string | undefined;
}

/** Always quoted, inner apostrophes doubled: valid whatever the name contains. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function byLowerCase(map: ReadonlyMap<string, string> | undefined): Map<string, string> {
  return new Map([...(map ?? [])].map(([from, to]) => [from.toLowerCase(), to]));
}

/** Index just past the closing quote of a quoted run starting at `start` (doubled quotes are escapes). */
function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** Index just past the bracket that closes the structured reference opened at `start`. */
function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++; // the escape character inside structured references
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/** `formula` with every reference to a renamed sheet or table pointing at the new name. */
export function renameReferences(formula: string, renames: ReferenceRenames): string {
  const sheets = byLowerCase(renames.sheets);
  const tables = byLowerCase(renames.tables);
  const names = byLowerCase(renames.names);
  const prefix = renames.functionPrefix;
  if (sheets.size === 0 && tables.size === 0 && names.size === 0 && !prefix) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = endOfQuoted(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
    } else if (ch === '[') {
      const end = endOfBrackets(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = endOfQuoted(formula, i, "'");
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      const renamed = formula[end] === '!' ? sheets.get(name.toLowerCase()) : undefined;
      out += renamed !== undefined ? quotedSheet(renamed) : formula.slice(i, end);
      i = end;
    } else if (NAME_CHAR.test(ch)) {
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      const token = formula.slice(i, end);
      const key = token.toLowerCase();
      const next = formula[end];
      const afterSheet = formula[i - 1] === '!';
      if (next === '!' && sheets.has(key)) out += quotedSheet(sheets.get(key) as string);
      else if (next === '[' && tables.has(key)) out += tables.get(key);
      else if (next === '(' && prefix?.(token.toUpperCase()) !== undefined) out += `${prefix(token.toUpperCase())}${token.toUpperCase()}`;
      else if (next !== '(' && next !== '!' && next !== '[' && !afterSheet && names.has(key)) out += names.get(key);
      else out += token;
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
