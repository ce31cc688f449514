// The hostile corpus: every workbook, how it is made, how it is run, and exactly what a run must
// report (errors and warnings as code@sheet!cell). Generated fresh by generate.ts; never edited by hand.
import type { ReadSource } from '../../src/hosts/types';
import {
  asMacroWorkbook, budgetRows, MUNICIPALITY_HEADER, schoolRows, SCHOOL_HEADER, truncated, withBrokenWorkbookXml, withChart,
  withPivotTable, workbook, type Row, type SheetSpec,
} from './build';

export type Outcome = 'runs' | 'notRun' | 'unreadable';

export interface CorpusCase {
  id: string;
  /** The item of the list it covers. */
  covers: string;
  ext?: 'xlsx' | 'xlsm';
  build: () => Promise<Buffer>;
  source?: ReadSource;
  options?: { area?: string; method?: 'dea' | 'both'; lang?: 'da' | 'en' };
  outcome: Outcome;
  /** Errors and warnings, as code@address, in any order; infos are checked only for their address. */
  problems?: string[];
  /** Words the message of an unreadable file must hold. */
  message?: RegExp;
  /** Copy mode must refuse with these words (content ExcelJS would drop); otherwise it must succeed. */
  copyRefused?: RegExp;
  /** Writing into the same workbook (copy mode, and Excel itself) must refuse with these words. */
  sameWorkbookRefused?: RegExp;
  /** Sheets of the user's that carry a report sheet's name, so the report takes another. */
  takenNames?: string[];
  /** Large: generated once per run and checked with the xlsx host only in full. */
  big?: boolean;
}

const budget = (rows: Row[], extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'Budget', rows: [MUNICIPALITY_HEADER, ...rows], ...extra });
const schools = (rows: Row[], extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'Skoler', rows: [SCHOOL_HEADER, ...rows], ...extra });
const withCost = (row: number, cost: Row[number]): Row[] => budgetRows().map((r, i) => (i === row - 2 ? [r[0], r[1], r[2], cost] : r));
/**
 * Municipality rows without an activity column borrow Statistics Denmark's population as the
 * denominator, and each used row says so: the warning every budget case carries for its used rows.
 */
const borrowed = (rows: number[], sheet = 'Budget', lastCol = 'D'): string[] =>
  rows.map((row) => `bench.own.activityFromReference@${sheet}!A${row}:${lastCol}${row}`);
/** Fewer than five institutions make a small comparison group; the warning points at all of them. */
const smallGroup = (last: number): string => `bench.group.small@Skoler!A2:D${last}`;
const SCHOOL_RUN = { source: { kind: 'range', sheet: 'Skoler' } as ReadSource, options: { area: 'folkeskole' } };

const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];
const NEWER_ERRORS = ['#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

export const CASES: CorpusCase[] = [
  // Text numbers, Danish and English.
  ...([
    ['text-number-da', '1.480.000.000,50', 'parse.cell.textNumber'],
    ['text-number-en', '1,480,000,000.50', 'parse.cell.textNumber'],
    ['text-number-kr', '1.480.000.000 kr.', 'parse.cell.textNumber'],
    ['text-number-spaces', '1 480 000 000', 'parse.cell.textNumber'],
    ['text-number-nbsp', '1\u00a0480\u00a0000\u00a0000', 'parse.cell.textNumber'],
    ['text-number-ambiguous', '1,500', 'parse.cell.ambiguousNumber'],
  ] as const).map(([id, text, code]): CorpusCase => ({
    id, covers: 'text numbers in Danish and English formats', build: () => workbook([budget(withCost(3, text))]),
    // '1,500' is read as 1.5 kr. (Danish decimal comma), which the anomaly check then flags too.
    outcome: 'runs', problems: [`${code}@Budget!D3`, ...borrowed([2, 3, 4]), ...(id === 'text-number-ambiguous' ? ['bench.anomaly.own.farFromMedian@Budget!A3:D3'] : [])],
  })),
  {
    id: 'text-number-accounting-negative', covers: 'text numbers; negative values', build: () => workbook([budget(withCost(3, '(1.480.000)'))]),
    outcome: 'runs', problems: ['parse.cell.textNumber@Budget!D3', 'parse.cost.negative@Budget!D3', ...borrowed([2, 4])],
  },
  {
    id: 'text-not-a-number', covers: 'text numbers', build: () => workbook([budget(withCost(3, 'ca. 1,5 mia.'))]),
    outcome: 'runs', problems: ['parse.cell.notNumber@Budget!D3', ...borrowed([2, 4])],
  },

  // Every Excel error value.
  ...ERROR_VALUES.map((error, i): CorpusCase => ({
    id: `error-${i + 1}-${error.replace(/[^A-Z0-9]/g, '')}`, covers: 'every Excel error value',
    build: () => workbook([budget(withCost(3, { error } as never))]), outcome: 'runs', problems: ['parse.cell.excelError@Budget!D3', ...borrowed([2, 4])],
  })),
  {
    id: 'error-newer-values', covers: 'every Excel error value (dynamic arrays, data types, add-ins)',
    build: () => workbook([budget(NEWER_ERRORS.map((error, i) => [101 + 0 * i, 'København', 'Folkeskole', { error } as never]))]),
    outcome: 'notRun',
    problems: [
      ...NEWER_ERRORS.map((_, i) => `parse.cell.excelError@Budget!D${i + 2}`),
      ...NEWER_ERRORS.slice(1).map((_, i) => `parse.row.duplicateBothExcluded@Budget!A${i + 3}`),
      'parse.units.tooFew.none@Budget!A2:D9',
    ],
  },
  {
    id: 'error-as-formula-result', covers: 'every Excel error value; formulas in input cells',
    build: () => workbook([budget(withCost(3, { formula: '1/0', result: { error: '#DIV/0!' } } as never))]),
    outcome: 'runs', problems: ['parse.cell.excelError@Budget!D3', ...borrowed([2, 4])],
  },
  {
    id: 'error-in-name-column', covers: 'every Excel error value',
    build: () => workbook([budget(budgetRows().map((r, i) => (i === 1 ? [r[0], { error: '#N/A' } as never, r[2], r[3]] : r)))]),
    outcome: 'runs', problems: ['parse.cell.excelError@Budget!B3', ...borrowed([2, 4])],
  },

  // Merged header cells and two header rows.
  {
    id: 'merged-header-two-rows', covers: 'merged header cells and two header rows',
    build: () => workbook([{ name: 'Budget', rows: [['Kommune', null, 'Område', 'Udgifter 2025'], MUNICIPALITY_HEADER, ...budgetRows()], merges: ['A1:B1'] }]),
    outcome: 'runs', problems: [...borrowed([3, 4, 5])],
  },
  {
    id: 'merged-title-above-header', covers: 'merged header cells',
    build: () => workbook([{ name: 'Budget', rows: [['Budget 2025 – folkeskoler'], [], MUNICIPALITY_HEADER, ...budgetRows()], merges: ['A1:D1'] }]),
    outcome: 'runs', problems: [...borrowed([4, 5, 6])],
  },
  {
    id: 'merged-data-cells', covers: 'merged cells inside the data',
    build: () => workbook([{ name: 'Budget', rows: [MUNICIPALITY_HEADER, ...budgetRows(), [147, 'Frederiksberg', null, 640_000_000]], merges: ['C4:C5'] }]),
    outcome: 'runs', problems: ['pipeline.area.missing@Budget!A5:D5', ...borrowed([2, 3, 4])],
  },

  // Duplicate ids, unknown, retired and text-typed kommunekoder, totals rows.
  {
    id: 'duplicate-ids', covers: 'duplicate ids', build: () => workbook([budget([...budgetRows(), [101, 'København', 'Folkeskole', 5_000_000_000]])]),
    outcome: 'runs', problems: ['parse.row.duplicate@Budget!A5', ...borrowed([2, 3, 4])],
  },
  {
    id: 'duplicate-of-excluded-row', covers: 'duplicate ids (the first left out)',
    build: () => workbook([budget([...withCost(2, 'ukendt'), [101, 'København', 'Folkeskole', 5_000_000_000]])]),
    outcome: 'runs', problems: ['parse.cell.notNumber@Budget!D2', 'parse.row.duplicateOfExcluded@Budget!A5', ...borrowed([3, 4, 5])],
  },
  {
    id: 'institution-duplicate-id', covers: 'duplicate ids (institutions)', ...SCHOOL_RUN,
    build: () => workbook([schools([...schoolRows(5), ['Skole A', 41_000_000, 420, 7]])]),
    outcome: 'runs', problems: ['parse.row.duplicate@Skoler!A7'],
  },
  ...([
    ['code-unknown', 999, 'parse.code.unknown'],
    ['code-retired-marstal', 443, 'parse.code.unknown'],
    ['code-retired-hasle', 403, 'parse.code.unknown'],
    ['code-christianso', 411, 'parse.code.unknown'],
    ['code-text-typed', '461', 'parse.code.text'],
    ['code-four-digit', '0461', 'parse.code.fourDigit'],
    ['code-not-a-code', 'Odense K', 'parse.code.invalid'],
  ] as const).map(([id, code, problem]): CorpusCase => ({
    id, covers: 'unknown, retired and text-typed kommunekoder',
    build: () => workbook([budget(budgetRows().map((r, i) => (i === 1 ? [code, r[1], r[2], r[3]] : r)))]),
    outcome: 'runs', problems: [`${problem}@Budget!A3`, ...borrowed(problem === 'parse.code.text' || problem === 'parse.code.fourDigit' ? [2, 3, 4] : [2, 4])],
  })),
  ...([
    ['totals-row-i-alt', ['', 'I alt', '', 8_970_000_000]],
    ['totals-row-gennemsnit', ['', 'Gennemsnit', '', 2_990_000_000]],
    ['totals-row-english', ['Total', '', '', 8_970_000_000]],
  ] as const).map(([id, row]): CorpusCase => ({
    id, covers: 'totals rows', build: () => workbook([budget([...budgetRows(), [...row]])]), outcome: 'runs', problems: borrowed([2, 3, 4]),
  })),
  {
    id: 'table-with-totals-row', covers: 'totals rows (a table\'s own)', source: { kind: 'table', name: 'Budgettal' },
    build: () => workbook([budget(budgetRows(), { table: { name: 'Budgettal', totalsRow: true } })]), outcome: 'runs', problems: [...borrowed([2, 3, 4])],
  },

  // Hidden and filtered rows.
  {
    id: 'hidden-row', covers: 'hidden rows', build: () => workbook([budget(budgetRows(), { hiddenRows: [3] })]),
    outcome: 'runs', problems: ['parse.row.hidden@Budget!A3:D3', ...borrowed([2, 4])],
  },
  {
    id: 'filtered-rows', covers: 'filtered rows', build: () => workbook([budget(budgetRows(), { hiddenRows: [2, 4], autoFilter: true })]),
    outcome: 'runs', problems: ['parse.row.hidden@Budget!A2:D2', 'parse.row.hidden@Budget!A4:D4', ...borrowed([3])],
  },
  {
    id: 'all-rows-hidden', covers: 'hidden rows', build: () => workbook([budget(budgetRows(), { hiddenRows: [2, 3, 4] })]),
    outcome: 'notRun',
    problems: ['parse.row.hidden@Budget!A2:D2', 'parse.row.hidden@Budget!A3:D3', 'parse.row.hidden@Budget!A4:D4', 'parse.units.tooFew.none@Budget!A2:D4'],
  },

  // Negative and zero values.
  { id: 'negative-cost', covers: 'negative values', build: () => workbook([budget(withCost(3, -5_000_000))]), outcome: 'runs', problems: ['parse.cost.negative@Budget!D3', ...borrowed([2, 4])] },
  { id: 'zero-cost', covers: 'zero values', build: () => workbook([budget(withCost(3, 0))]), outcome: 'runs', problems: ['parse.cost.zero@Budget!D3', 'bench.anomaly.own.nonPositive@Budget!A3:D3', ...borrowed([2, 3, 4])] },
  {
    id: 'zero-activity', covers: 'zero values', ...SCHOOL_RUN, build: () => workbook([schools(schoolRows(5).map((r, i) => (i === 1 ? [r[0], r[1], 0, r[3]] : r)))]),
    outcome: 'runs', problems: ['parse.activity.notPositive@Skoler!C3', smallGroup(6)],
  },
  {
    id: 'negative-activity-and-cost', covers: 'negative values', ...SCHOOL_RUN,
    build: () => workbook([schools(schoolRows(5).map((r, i) => (i === 1 ? [r[0], -r[1]!, -20, r[3]] : r)))]),
    outcome: 'runs', problems: ['parse.cost.negative@Skoler!B3', 'parse.activity.notPositive@Skoler!C3', smallGroup(6)],
  },

  // 1, 2 and all-identical units.
  { id: 'one-municipality', covers: '1 unit', build: () => workbook([budget(budgetRows().slice(0, 1))]), outcome: 'runs', problems: [...borrowed([2])] },
  {
    id: 'one-institution', covers: '1 unit', ...SCHOOL_RUN, build: () => workbook([schools(schoolRows(1))]),
    outcome: 'notRun', problems: ['parse.units.tooFew.one@Skoler!A2:D2'],
  },
  {
    id: 'two-institutions', covers: '2 units', ...SCHOOL_RUN, build: () => workbook([schools(schoolRows(2))]),
    outcome: 'notRun', problems: ['parse.units.tooFew.many@Skoler!A2:D3'],
  },
  {
    id: 'identical-institutions', covers: 'all-identical units', ...SCHOOL_RUN,
    build: () => workbook([schools(Array.from({ length: 5 }, (_, i) => [`Skole ${i + 1}`, 40_000_000, 500, 7]))]), outcome: 'runs', problems: [],
  },
  {
    id: 'identical-institutions-dea', covers: 'all-identical units (DEA)', source: { kind: 'range', sheet: 'Skoler' }, options: { area: 'folkeskole', method: 'both' },
    build: () => workbook([schools(Array.from({ length: 5 }, (_, i) => [`Skole ${i + 1}`, 40_000_000, 500, 7]))]), outcome: 'runs', problems: ['pipeline.dea.fewUnits@Skoler!A1:D1', 'pipeline.dea.constantColumn@Skoler!B1', 'pipeline.dea.constantColumn@Skoler!C1', 'pipeline.dea.constantColumn@Skoler!D1'],
  },

  // Constant and all-zero DEA columns.
  {
    id: 'dea-constant-quality', covers: 'constant DEA column', source: { kind: 'range', sheet: 'Skoler' }, options: { area: 'folkeskole', method: 'both' },
    build: () => workbook([schools(schoolRows(8).map((r) => [r[0], r[1], r[2], 7]))]), outcome: 'runs', problems: ['pipeline.dea.fewUnits@Skoler!A1:D1', 'pipeline.dea.constantColumn@Skoler!D1'],
  },
  {
    id: 'dea-all-zero-quality', covers: 'all-zero DEA column', source: { kind: 'range', sheet: 'Skoler' }, options: { area: 'folkeskole', method: 'both' },
    build: () => workbook([schools(schoolRows(8).map((r) => [r[0], r[1], r[2], 0]))]), outcome: 'runs', problems: ['pipeline.dea.fewUnits@Skoler!A1:D1', 'pipeline.dea.zeroColumn@Skoler!D1'],
  },
  {
    id: 'dea-only-few-units', covers: 'constant DEA column; few units', source: { kind: 'range', sheet: 'Skoler' }, options: { area: 'folkeskole', method: 'dea' },
    build: () => workbook([schools(schoolRows(3))]), outcome: 'runs', problems: [smallGroup(4), 'pipeline.dea.fewUnits@Skoler!A1:D1'],
  },

  // 100,000 rows.
  {
    id: 'rows-100000', covers: '100,000 rows', big: true, ...SCHOOL_RUN, build: () => workbook([schools(schoolRows(100_000))]),
    outcome: 'runs', problems: [],
  },

  // Very long texts, Unicode and RTL names.
  {
    id: 'very-long-texts', covers: 'very long texts', ...SCHOOL_RUN,
    build: () => workbook([schools(schoolRows(4).map((r, i) => [i === 0 ? `Skole ${'æøå '.repeat(8191)}`.slice(0, 32767) : r[0], r[1], r[2], r[3]]))]),
    outcome: 'runs', problems: [smallGroup(5)],
  },
  {
    id: 'unicode-names', covers: 'Unicode names', ...SCHOOL_RUN,
    build: () => workbook([schools(['Nuuk Atuarfia 🏫', 'Skole e\u0301 (kombineret)', '東京学校', 'Ålborg\u200dskolen', 'Skole\u0000?'.replace('\u0000', '')].map((name, i) => [name, 40_000_000 + i * 1_000_000, 400 + i * 10, 7]))]),
    outcome: 'runs', problems: [],
  },
  {
    id: 'rtl-names', covers: 'RTL names', ...SCHOOL_RUN,
    build: () => workbook([schools(['مدرسة النور', 'בית ספר הרצל', '\u202eeloks\u202c', 'Skole 4'].map((name, i) => [name, 40_000_000 + i * 1_000_000, 400 + i * 10, 7]))]),
    outcome: 'runs', problems: [smallGroup(5)],
  },

  // Names starting with = + - @, and formulas in input cells.
  {
    id: 'formula-like-names', covers: 'names starting with = + - @', ...SCHOOL_RUN,
    build: () => workbook([schools(['=HYPERLINK("http://x","klik")', '+45 Skolen', '-Skolen', '@Skolen', '\tTabskolen'].map((name, i) => [name, 40_000_000 + i * 1_000_000, 400 + i * 10, 7]))]),
    outcome: 'runs', problems: [],
  },
  {
    id: 'formulas-in-input', covers: 'formulas in input cells',
    build: () => workbook([budget(budgetRows().map((r) => [r[0], { formula: `"${String(r[1])}"`, result: r[1] } as never, r[2], { formula: `${Number(r[3]) / 2}*2`, result: r[3] } as never]).concat([[147, 'Frederiksberg', 'Folkeskole', null]]))]),
    outcome: 'runs', problems: ['parse.cell.blankRequired@Budget!D5', ...borrowed([2, 3, 4])],
  },
  {
    id: 'formula-without-cached-result', covers: 'formulas in input cells',
    build: () => workbook([budget(withCost(3, { formula: 'SUM(X1:X9)' } as never))]),
    outcome: 'runs', problems: ['parse.cell.blankRequired@Budget!D3', ...borrowed([2, 4])],
  },

  // Sheets named like output sheets.
  {
    id: 'user-sheet-overblik', covers: 'a sheet named like an output sheet', takenNames: ['Overblik'],
    build: () => workbook([budget(budgetRows()), { name: 'Overblik', rows: [['Mit eget overblik'], ['Vigtigt', 42]] }]), outcome: 'runs', problems: [...borrowed([2, 3, 4])],
  },
  {
    id: 'user-sheet-potentialer', covers: 'a user sheet called "Potentialer"', takenNames: ['Potentialer'],
    build: () => workbook([budget(budgetRows()), { name: 'Potentialer', rows: [['Mine potentialer'], ['Skoler', 1_000_000]] }]), outcome: 'runs', problems: [...borrowed([2, 3, 4])],
  },
  {
    id: 'user-sheet-benchmark-name', covers: 'a sheet named like an output sheet', takenNames: ['Benchmark – Folkeskole', 'Metode og kilder'],
    build: () => workbook([budget(budgetRows()), { name: 'Benchmark – Folkeskole', rows: [['Min egen']] }, { name: 'Metode og kilder', rows: [['Noter']] }]),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])],
  },
  {
    id: 'user-sheet-named-like-registry', covers: 'a sheet named like an output sheet (the registry)',
    build: () => workbook([budget(budgetRows()), { name: '_pejlemaerke', rows: [['Min egen opgørelse'], [1, 2]] }]),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])], sameWorkbookRefused: /_pejlemaerke/,
  },

  // Charts, pivot tables, macros; a password-protected sheet.
  {
    id: 'with-chart', covers: 'a workbook with charts', build: async () => withChart(await workbook([budget(budgetRows())])),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])], copyRefused: /diagrammer \("Budget"\)/,
  },
  {
    id: 'with-pivot-table', covers: 'a workbook with pivot tables',
    build: async () => withPivotTable(await workbook([budget(budgetRows()), { name: 'Pivot', rows: [['Kommunekode', 'Sum'], [101, 1]] }])),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])], copyRefused: /pivottabeller \("Pivot"\).*pivotdata/,
  },
  {
    id: 'macros', covers: 'a workbook with macros; an .xlsm', ext: 'xlsm', build: async () => asMacroWorkbook(await workbook([budget(budgetRows())])),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])], copyRefused: /makroer \(VBA\)/,
  },
  {
    id: 'protected-sheet', covers: 'a password-protected sheet', build: () => workbook([budget(budgetRows(), { protect: 'hemmelig' })]),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])],
  },

  // An .xlsm and corrupted files.
  { id: 'plain-xlsm', covers: 'an .xlsm', ext: 'xlsm', build: async () => asMacroWorkbook(await workbook([budget(budgetRows())])), outcome: 'runs', problems: [...borrowed([2, 3, 4])], copyRefused: /makroer/ },
  {
    id: 'corrupt-truncated', covers: 'a corrupted .xlsx', build: async () => truncated(await workbook([budget(budgetRows())]), 900),
    outcome: 'unreadable', message: /kunne ikke åbnes som en Excel-projektmappe/,
  },
  { id: 'corrupt-not-a-zip', covers: 'a corrupted .xlsx', build: async () => Buffer.from('Kommunekode;Udgift\n101;5\n'), outcome: 'unreadable', message: /kunne ikke åbnes/ },
  { id: 'corrupt-empty-file', covers: 'a corrupted .xlsx', build: async () => Buffer.alloc(0), outcome: 'unreadable', message: /kunne ikke åbnes/ },
  {
    id: 'corrupt-workbook-xml', covers: 'a corrupted .xlsx', build: async () => withBrokenWorkbookXml(await workbook([budget(budgetRows())])),
    outcome: 'unreadable', message: /kunne ikke åbnes/,
  },

  // The rest of what users bring.
  {
    id: 'header-only', covers: 'a sheet of headers only', build: () => workbook([budget([])]),
    outcome: 'notRun', problems: ['parse.units.noDataRows@Budget!A1:D1'],
  },
  {
    id: 'empty-sheet', covers: 'an empty sheet', build: () => workbook([{ name: 'Budget', rows: [] }]),
    outcome: 'notRun', problems: ['parse.header.notFound@Budget!A1'],
  },
  { id: 'boolean-cost', covers: 'odd cell kinds', build: () => workbook([budget(withCost(3, true))]), outcome: 'runs', problems: ['parse.cell.boolean@Budget!D3', ...borrowed([2, 4])] },
  {
    id: 'unknown-area', covers: 'unknown area text', build: () => workbook([budget(budgetRows().map((r, i) => (i === 1 ? [r[0], r[1], 'Vejvæsen', r[3]] : r)))]),
    outcome: 'runs', problems: ['pipeline.area.unknown@Budget!A3:D3', ...borrowed([2, 4])],
  },
  {
    id: 'area-from-sheet-name', covers: 'the area from the sheet name',
    build: () => workbook([{ name: 'Folkeskole 2024', rows: [['Kommunekode', 'Nettoudgift (kr.)'], [101, 5_100_000_000], [461, 1_480_000_000]] }]),
    source: { kind: 'range', sheet: 'Folkeskole 2024' }, outcome: 'runs', problems: [...borrowed([2, 3], "'Folkeskole 2024'", 'B')],
  },
  {
    id: 'placeholders-in-optional-columns', covers: 'text where numbers belong', ...SCHOOL_RUN,
    build: () => workbook([schools(schoolRows(4).map((r, i) => [r[0], r[1], r[2], i === 1 ? '-' : i === 2 ? 'x' : r[3]]))]),
    outcome: 'runs', problems: ['parse.cell.placeholder@Skoler!D3', 'parse.cell.placeholder@Skoler!D4', smallGroup(5)],
  },
  {
    id: 'cost-in-thousands', covers: 'units in the header',
    build: () => workbook([{ name: 'Budget', rows: [['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (1.000 kr.)'], ...budgetRows().map((r) => [r[0], r[1], r[2], Number(r[3]) / 1000])] }]),
    outcome: 'runs', problems: [...borrowed([2, 3, 4])],
  },
  {
    id: 'sheet-name-with-quote', covers: 'addresses on awkward sheet names', source: { kind: 'range', sheet: "Bob's tal (2024)" },
    build: () => workbook([{ name: "Bob's tal (2024)", rows: [MUNICIPALITY_HEADER, ...withCost(3, 'abc')] }]),
    outcome: 'runs', problems: ["parse.cell.notNumber@'Bob''s tal (2024)'!D3", ...borrowed([2, 4], "'Bob''s tal (2024)'")],
  },
  {
    id: 'english-messages', covers: 'messages in English', options: { lang: 'en' }, build: () => workbook([budget(withCost(3, '#N/A'))]),
    outcome: 'runs', problems: ['parse.cell.notNumber@Budget!D3', ...borrowed([2, 4])],
  },
  {
    id: 'many-problems-at-once', covers: 'several problems in one sheet',
    build: () => workbook([budget([
      [101, 'København', 'Folkeskole', 5_100_000_000],
      ['0461', 'Odense', 'Folkeskole', '1.480.000.000'],
      [999, 'Ukendt', 'Folkeskole', 10],
      [751, 'Aarhus', 'Folkeskole', { error: '#REF!' } as never],
      [101, 'København', 'Folkeskole', 5_000_000_000],
      ['', 'I alt', '', 6_580_000_010],
    ], { hiddenRows: [3] })]),
    outcome: 'runs',
    problems: ['parse.row.hidden@Budget!A3:D3', 'parse.code.unknown@Budget!A4', 'parse.cell.excelError@Budget!D5', 'parse.row.duplicate@Budget!A6', ...borrowed([2])],
  },
];

/** File name of a case in the generated corpus. */
export function fileName(entry: CorpusCase): string {
  return `${entry.id}.${entry.ext ?? 'xlsx'}`;
}
