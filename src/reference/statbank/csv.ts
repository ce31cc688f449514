// StatBank's CSV answer: ';'-separated, UTF-8 with BOM, CRLF, a header of variable names followed
// by INDHOLD, decimal comma when lang=da. '..', '.' and empty cells are missing (null), never 0.
import type { Lang } from '../../core/types';
import { StatbankError } from './errors';
import type { Cube, CubeDimension } from './types';

const MISSING = new Set(['', '.', '..', '...']);

export interface CsvOptions {
  /** The language the answer was requested in: 'da' means decimal comma. */
  lang?: Lang;
}

export function parseStatbankCsv(text: string, table: string, options: CsvOptions = {}): Cube {
  const lang = options.lang ?? 'da';
  const fail = (detail: string): never => {
    throw new StatbankError('SHAPE', { table, detail }, lang);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) fail('no header row');
  const header = splitLine(lines[0]);
  if (header.length < 1) fail('empty header row');
  const variableCount = header.length - 1;

  const codeLists = header.slice(0, variableCount).map(() => [] as string[]);
  const positions = header.slice(0, variableCount).map(() => new Map<string, number>());
  const rows: { coords: number[]; value: number | null }[] = [];
  for (let r = 1; r < lines.length; r++) {
    const cells = splitLine(lines[r]);
    if (cells.length !== header.length) fail(`row ${r + 1} has ${cells.length} fields, the header ${header.length}`);
    const coords = cells.slice(0, variableCount).map((code, d) => {
      let pos = positions[d].get(code);
      if (pos === undefined) {
        pos = codeLists[d].length;
        positions[d].set(code, pos);
        codeLists[d].push(code);
      }
      return pos;
    });
    rows.push({ coords, value: parseNumber(cells[variableCount], lang, r + 1, fail) });
  }

  const dimensions: CubeDimension[] = header.slice(0, variableCount).map((id, d) => ({
    id,
    label: id,
    codes: codeLists[d],
    labels: [...codeLists[d]],
  }));
  const sizes = dimensions.map((d) => d.codes.length);
  // Combinations the answer leaves out are missing, not zero.
  const values = new Array<number | null>(sizes.reduce((a, b) => a * b, rows.length > 0 ? 1 : 0)).fill(null);
  for (const row of rows) values[rowMajorIndex(row.coords, sizes)] = row.value;
  return { table, label: table, dimensions, values };
}

function rowMajorIndex(coords: number[], sizes: number[]): number {
  let index = 0;
  for (let d = 0; d < sizes.length; d++) index = index * sizes[d] + coords[d];
  return index;
}

const NUMBER_FORMS: Record<Lang, { plain: RegExp; grouped: RegExp; group: RegExp; decimal: string }> = {
  da: { plain: /^-?\d+(,\d+)?$/, grouped: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/, group: /\./g, decimal: ',' },
  en: { plain: /^-?\d+(\.\d+)?$/, grouped: /^-?\d{1,3}(,\d{3})+(\.\d+)?$/, group: /,/g, decimal: '.' },
};

function parseNumber(raw: string, lang: Lang, row: number, fail: (d: string) => never): number | null {
  const text = raw.trim();
  if (MISSING.has(text)) return null;
  const form = NUMBER_FORMS[lang];
  // Only the forms the requested language writes: anything else is refused, never guessed.
  if (!form.plain.test(text) && !form.grouped.test(text)) return fail(`row ${row}: "${raw}" is not a number`);
  return Number(text.replace(form.group, '').replace(form.decimal, '.'));
}

/** Splits on ';', honouring double-quoted fields (DST rarely quotes, but texts may contain ';'). */
function splitLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ';') {
      out.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  out.push(field);
  return out;
}
