// "Metode og kilder": the input, every source with its exact query, the method in plain words, the
// comparison groups, the caveats and the input problems with their addresses.
import type { Lang, Problem } from '../core/types';
import { t } from '../i18n';
import { range } from './a1';
import { areaName, groupSpecText, queryText } from './describe';
import { SheetDraft } from './draft';
import { excelDateSerial, FMT, STYLE, standardLabel } from './format';
import type { CellStyle, ScalarValue, SheetModel } from './model';
import { writeAnomalies, writeFramework, writeMeasures } from './methodSections';
import { uniqueHeaders, type TableNamer } from './names';
import type { ReportInput, SourceNote } from './types';

const PAIR_LABEL: CellStyle = { ...STYLE.label, wrap: true, verticalAlign: 'top' };
const PAIR_VALUE: CellStyle = { ...STYLE.wrapped, align: 'left' };

const METHOD_TOPICS = ['keyFigure', 'average', 'quartiles', 'percentRank', 'rank', 'light', 'standards', 'expected', 'potential'] as const;

class Writer {
  row = 1;
  constructor(
    readonly draft: SheetDraft,
    readonly lang: Lang,
  ) {}

  /** A short line in column A; it may run on over the empty cells to its right. */
  line(text: string, style?: CellStyle): void {
    this.draft.value(1, this.row++, text, style ? { style } : {});
  }

  /** A paragraph in the wide column B, wrapped, so a long sentence stays on the printed page. */
  para(text: string): void {
    this.draft.value(2, this.row++, text, { style: STYLE.wrapped });
  }

  heading(key: string): void {
    this.row++;
    this.draft.value(1, this.row++, t(key, this.lang), { style: STYLE.heading });
  }

  pair(label: string, value: ScalarValue, numFmt?: string): void {
    // Label and value both start at the top of the row and read from the left: a long value wraps
    // down beside its label, and a number or a date lines up with the texts above and below it.
    this.draft.value(1, this.row, label, { style: PAIR_LABEL });
    this.draft.value(2, this.row++, value, numFmt ? { numFmt, style: PAIR_VALUE } : { style: PAIR_VALUE });
  }

  /** A timestamp as a real date cell; text it cannot read is shown as given. */
  date(label: string, iso: string | undefined): void {
    const serial = excelDateSerial(iso);
    if (serial === null) this.pair(label, iso ?? t('report.method.unknown', this.lang));
    else this.pair(label, serial, FMT.dateTime);
  }
}

function writeInput(w: Writer, input: ReportInput): void {
  const { lang } = w;
  const note = input.input;
  w.heading('report.method.inputHeading');
  if (note.file) w.pair(t('report.method.input.file', lang), note.file);
  w.pair(t('report.method.input.sheet', lang), note.sheet);
  w.pair(t('report.method.input.range', lang), note.range);
  if (note.tableName) w.pair(t('report.method.input.table', lang), note.tableName);
  w.pair(t('report.method.input.used', lang), note.unitsUsed, FMT.count);
  w.pair(t('report.method.input.excluded', lang), note.rowsExcluded, FMT.count);
  w.date(t('report.method.input.createdAt', lang), input.createdAt);
  w.pair(t('report.method.input.runId', lang), input.runId);
  w.pair(t('report.method.input.version', lang), input.version);
}

function writeSource(w: Writer, source: SourceNote): void {
  const { lang } = w;
  w.row++;
  w.line(`${source.table} – ${source.title}`, STYLE.label);
  w.pair(t('report.method.source.period', lang), source.period);
  w.pair(t('report.method.source.origin', lang), t(`report.origin.${source.origin}`, lang));
  w.date(t(`report.method.source.fetchedAt.${source.origin}`, lang), source.fetchedAt);
  w.date(t('report.method.source.updated', lang), source.updated);
  w.pair(t('report.method.source.query', lang), querySummary(source.query, lang));
  w.pair(t('report.method.source.flags', lang), source.flags.length ? source.flags.map((flag) => flagText(flag, lang)).join('; ') : t('report.method.none', lang));
  w.pair(t('report.method.source.attribution', lang), source.attribution);
  w.pair(t('report.method.source.provenance', lang), source.provenance);
}

function caveats(input: ReportInput, lang: Lang): string[] {
  const lines = [t('report.caveat.relative', lang), t('report.caveat.structure', lang)];
  if (input.referenceNote) lines.push(input.referenceNote);
  const periods = [...new Set(input.sources.map((s) => `${s.table} ${s.period}`))];
  if (new Set(input.sources.map((s) => s.period)).size > 1) {
    lines.push(t('report.caveat.periods', lang, { list: periods.join(', ') }));
  }
  for (const result of input.results) {
    const borrowed = result.units.filter((u) => u.activitySource === 'reference');
    if (borrowed.length > 0) {
      lines.push(t('report.caveat.activityFromReference', lang, {
        area: areaName(result, lang), units: borrowed.map((u) => u.name).join(', '),
        period: [...new Set(borrowed.map((u) => u.activityPeriod ?? '?'))].join(', '),
      }));
    }
  }
  for (const source of input.sources) {
    for (const flag of source.flags) lines.push(t('report.caveat.sourceFlag', lang, { table: source.table, flag: flagText(flag, lang) }));
  }
  return lines;
}

function writeProblems(w: Writer, problems: Problem[], tables: TableNamer): void {
  const { lang, draft } = w;
  w.heading('report.method.problemsHeading');
  if (problems.length === 0) {
    w.para(t('report.method.noProblems', lang));
    return;
  }
  const headers = uniqueHeaders([t('report.method.problem.address', lang), t('report.method.problem.message', lang), t('report.method.problem.severity', lang)]);
  const headerRow = w.row;
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true } }));
  problems.forEach((problem, i) => {
    const row = headerRow + 1 + i;
    draft.value(1, row, problem.address || null);
    draft.value(2, row, problem.message, { style: STYLE.wrapped });
    draft.value(3, row, t(`report.severity.${problem.severity}`, lang));
  });
  const lastRow = headerRow + problems.length;
  draft.tables.push({ name: tables.take('Problemer'), range: range(1, headerRow, 3, lastRow), columns: headers, style: 'TableStyleLight1', showRowStripes: true });
  w.row = lastRow + 1;
}

export function buildMethodSheet(input: ReportInput, sheetName: string, lang: Lang, tables: TableNamer): SheetModel {
  const draft = new SheetDraft(sheetName, 'method');
  const w = new Writer(draft, lang);
  w.line(t('report.method.title', lang), STYLE.title);
  w.line(t('report.method.intro', lang), STYLE.note);
  w.line(t('report.caveat.relative', lang), STYLE.caveat);

  writeInput(w, input);

  w.heading('report.method.sourcesHeading');
  w.para(input.sources.length ? t('report.method.attribution', lang) : t('report.source.ownDataOnly', lang));
  if (input.referenceNote) w.line(input.referenceNote, STYLE.caveat);
  for (const check of input.referenceChecks ?? []) w.para(check);
  for (const source of input.sources) writeSource(w, source);

  w.heading('report.method.methodHeading');
  for (const topic of METHOD_TOPICS) w.pair(t(`report.method.topic.${topic}`, lang), t(`report.method.text.${topic}`, lang));
  for (const result of input.results) {
    const regression = result.regression ?? result.units.find((u) => u.expected)?.expected?.regression;
    if (regression) w.pair(t('report.method.r2For', lang, { area: areaName(result, lang) }), regression.r2, FMT.r2);
    const chosen = [...new Set(result.units.map((u) => standardLabel(u.chosen, lang).toLowerCase()))].join(', ');
    w.pair(t('report.method.chosenFor', lang, { area: areaName(result, lang) }), chosen);
  }

  writeMeasures(w, input.results);
  writeAnomalies(w, input.results);
  writeFramework(w, input);

  w.heading('report.method.groupsHeading');
  for (const result of input.results) {
    const groups = new Map<string, string[]>();
    for (const unit of result.units) {
      const names = groups.get(unit.group.label);
      if (names) names.push(unit.name);
      else groups.set(unit.group.label, [unit.name]);
    }
    const spec = result.units[0]?.group.spec;
    const described = [...groups].map(([label, names]) => t('report.method.groupFor', lang, { label, units: nameList(names, lang) }));
    w.pair(areaName(result, lang), [spec ? groupSpecText(spec, lang, input.variableNames, result.level === 'institution' ? result.units[0]?.group.members.length : undefined) : '', ...described].filter(Boolean).join(' '));
  }

  w.heading('report.method.caveatsHeading');
  for (const text of caveats(input, lang)) w.para(`• ${text}`);

  writeProblems(w, [...input.problems, ...input.results.flatMap((r) => r.problems)], tables);
  writeQueryAppendix(w, input.sources, tables);

  // Narrow enough for portrait A4 at nearly full size; long texts wrap in column B.
  draft.columnWidths = [30, 62, 12];
  draft.tabColor = '7F7F7F';
  return draft.finish('portrait');
}

/** Up to this many codes are listed in place; longer lists go to the appendix table. */
const CODES_IN_PLACE = 6;

/** "FUNKTION=32201; OMRÅDE: 99 koder (se bilag)": the query in a line, long code lists in the appendix. */
function querySummary(query: Record<string, string[]>, lang: Lang): string {
  return Object.entries(query)
    .map(([variable, codes]) => codes.length <= CODES_IN_PLACE
      ? queryText({ [variable]: codes })
      : t('report.method.query.many', lang, { variable, count: codes.length }))
    .join('; ');
}

/** Caveats that travel with the data are recorded in English by the snapshot builder; say them in the reader's language. */
export function flagText(flag: string, lang: Lang): string {
  const verify = /^snapshot – verify against live (\S+)$/.exec(flag);
  if (verify) return t('report.flag.verifySnapshot', lang, { table: verify[1] });
  return flag;
}

/** Every query in full, one row per table and variable, so the numbers can be fetched again. */
function writeQueryAppendix(w: Writer, sources: SourceNote[], tables: TableNamer): void {
  const { lang, draft } = w;
  const rows = sources.flatMap((source) => Object.entries(source.query).map(([variable, codes]) => ({ source, variable, codes })));
  if (!rows.some((r) => r.codes.length > CODES_IN_PLACE)) return;
  w.heading('report.method.appendixHeading');
  w.para(t('report.method.appendixIntro', lang));
  const headers = uniqueHeaders([t('report.method.appendix.table', lang), t('report.method.appendix.codes', lang), t('report.method.appendix.variable', lang)]);
  const headerRow = w.row;
  headers.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true } }));
  rows.forEach(({ source, variable, codes }, i) => {
    const row = headerRow + 1 + i;
    draft.value(1, row, `${source.table} (${source.period})`);
    draft.value(2, row, codes.join(', '), { style: STYLE.wrapped });
    draft.value(3, row, variable);
  });
  const lastRow = headerRow + rows.length;
  draft.tables.push({ name: tables.take('Udtraek'), range: range(1, headerRow, 3, lastRow), columns: headers, style: 'TableStyleLight1', showRowStripes: true });
  w.row = lastRow + 1;
}

/** Names for a sentence: all of a few, the first ten of many (a cell holds at most 32,767 characters). */
function nameList(names: string[], lang: Lang): string {
  const shown = 10;
  if (names.length <= shown) return names.join(', ');
  return t('report.method.namesAndMore', lang, { names: names.slice(0, shown).join(', '), more: names.length - shown });
}
