// Two small tables a user brings besides the own figures:
// - framework conditions: kommunekode (or kommunenavn) + numeric columns, e.g. the socio-economic
//   index or udgiftsbehov from the equalisation statements — used for the expected level and for
//   similar municipalities;
// - a comparison group: municipality codes or names anywhere in a range, e.g. a FLIS/ECO group.
// Both are validated like the own figures: every problem names its cell.
import type { CellGrid, CellValue, Lang, Problem } from '../types';
import { type CellContext, readMunicipalityCode, readNumber, readText } from './cells';
import { cellText, GridView, isBlank } from './gridView';
import { ProblemLog } from './problems';
import { guessRole } from './synonyms';
import { municipalityNameKeys, slugify } from './text';
import { buildCodeIndex } from './unitRow';

export interface UserTableOptions {
  lang?: Lang;
  knownCodes: ReadonlySet<string>;
  /** Municipality name by code, to read names. */
  municipalityNames: ReadonlyMap<string, string>;
}

export interface UserTableSource {
  sheet: string;
  /** The range read, e.g. 'A1:D99'. */
  range: string;
  tableName?: string;
}

export interface FrameworkVariable {
  /** 'user.<slug>' — never clashes with the reference's own variables. */
  key: string;
  header: string;
  /** Sheet-qualified address of the header cell. */
  address: string;
  /** Municipalities with a value. */
  count: number;
}

export interface FrameworkTable {
  source: UserTableSource;
  variables: FrameworkVariable[];
  /** Municipality code → variable key → value. */
  values: Map<string, Record<string, number>>;
  problems: Problem[];
  /** False when no variable could be read at all. */
  usable: boolean;
}

export interface GroupListTable {
  source: UserTableSource;
  codes: string[];
  problems: Problem[];
  usable: boolean;
}

function sourceOf(grid: CellGrid, view: GridView): UserTableSource {
  const last = view.cellAddress(Math.max(view.height - 1, 0), Math.max(view.width - 1, 0)).replace(/^.*!/, '');
  return { sheet: grid.sheet, range: `${grid.topLeft}:${last}`, ...(grid.tableName && { tableName: grid.tableName }) };
}

function firstFilledRow(view: GridView): number {
  for (let r = 0; r < view.height; r++) {
    let filled = 0;
    for (let c = 0; c < view.width; c++) if (!isBlank(view.cell(r, c))) filled++;
    if (filled >= 2) return r;
  }
  return -1;
}

function context(log: ProblemLog, address: string, column: string, role: CellContext['role']): CellContext {
  return { log, rowProblems: [], address, column, role };
}

/** The code a cell names: a code as is, or a municipality's name. */
function readCodeOrName(log: ProblemLog, value: CellValue, address: string, column: string, options: UserTableOptions, byName: Map<string, string>): string | undefined {
  const text = cellText(value);
  if (/^\d{1,4}$/.test(text)) return readMunicipalityCode(context(log, address, column, 'municipalityCode'), value, options.knownCodes);
  const name = readText(context(log, address, column, 'municipalityName'), value);
  if (name === undefined) return undefined;
  const code = municipalityNameKeys(name).map((key) => byName.get(key)).find((c) => c !== undefined);
  if (code === undefined) log.add('error', 'parse.name.unknown', address, { text: name });
  return code;
}

export function parseFrameworkGrid(grid: CellGrid, options: UserTableOptions): FrameworkTable {
  const log = new ProblemLog(options.lang ?? 'da');
  const view = new GridView(grid);
  const source = sourceOf(grid, view);
  const headerRow = firstFilledRow(view);
  const empty = (code: string): FrameworkTable => {
    log.add('error', code, view.blockAddress(0, Math.max(view.height - 1, 0)), {});
    return { source, variables: [], values: new Map(), problems: log.all, usable: false };
  };
  if (headerRow < 0) return empty('parse.framework.empty');
  const headers = Array.from({ length: view.width }, (_, c) => cellText(view.cell(headerRow, c)));
  const roles = headers.map((h) => guessRole(h)?.role);
  const keyColumn = roles.indexOf('municipalityCode') >= 0 ? roles.indexOf('municipalityCode') : roles.indexOf('municipalityName');
  if (keyColumn < 0) return empty('parse.framework.noCodeColumn');
  const columns = headers
    .map((header, c) => ({ header, c }))
    .filter(({ header, c }) => c !== keyColumn && header !== '' && roles[c] !== 'municipalityName' && roles[c] !== 'municipalityCode');
  if (columns.length === 0) return empty('parse.framework.noVariables');

  const byName = buildCodeIndex(options.municipalityNames);
  const variables: FrameworkVariable[] = columns.map(({ header, c }) => ({ key: `user.${slugify(header) || `col${c + 1}`}`, header, address: view.cellAddress(headerRow, c), count: 0 }));
  const values = new Map<string, Record<string, number>>();
  for (let r = headerRow + 1; r < view.height; r++) {
    if ([...Array(view.width).keys()].every((c) => isBlank(view.cell(r, c)))) continue;
    const keyAddress = view.cellAddress(r, keyColumn);
    const code = readCodeOrName(log, view.cell(r, keyColumn), keyAddress, headers[keyColumn], options, byName);
    if (code === undefined) continue;
    if (values.has(code)) {
      log.add('error', 'parse.framework.duplicate', keyAddress, { code });
      continue;
    }
    const row: Record<string, number> = {};
    columns.forEach(({ header, c }, i) => {
      const value = readNumber(context(log, view.cellAddress(r, c), header, 'structural'), view.cell(r, c), false);
      if (value !== undefined) {
        row[variables[i].key] = value;
        variables[i].count++;
      }
    });
    values.set(code, row);
  }
  const used = variables.filter((v) => v.count > 0);
  for (const v of variables.filter((x) => x.count === 0)) log.add('warning', 'parse.framework.emptyColumn', v.address, { column: v.header });
  return { source, variables: used, values, problems: log.all, usable: used.length > 0 };
}

export function parseGroupListGrid(grid: CellGrid, options: UserTableOptions): GroupListTable {
  const log = new ProblemLog(options.lang ?? 'da');
  const view = new GridView(grid);
  const source = sourceOf(grid, view);
  const byName = buildCodeIndex(options.municipalityNames);
  const codes: string[] = [];
  for (let r = 0; r < view.height; r++) {
    for (let c = 0; c < view.width; c++) {
      const value = view.cell(r, c);
      if (isBlank(value)) continue;
      const role = guessRole(cellText(value))?.role;
      // A header such as "Kommunekode" or "Kommune" above the list is not a member.
      if (r === 0 && (role === 'municipalityCode' || role === 'municipalityName')) continue;
      const code = readCodeOrName(log, value, view.cellAddress(r, c), '', options, byName);
      if (code !== undefined && !codes.includes(code)) codes.push(code);
    }
  }
  if (codes.length === 0) log.add('error', 'parse.groupList.empty', view.blockAddress(0, Math.max(view.height - 1, 0)), {});
  return { source, codes, problems: log.all, usable: codes.length > 0 };
}
