// "Prioritering": the planner's sheet. One row per potential (unit or area × the chosen standard,
// plus DEA where it ran), input columns the planner fills in (Vælg, Realiseringsgrad, Budgetår,
// Ansvarlig, Note) guarded by data validation, and live formulas for the realised amount, a running
// total against a target the planner types, and totals per year and per area. The sheet is
// protected without a password except for the input cells, so the formulas survive daily use.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, absColumnRange, cell, columnLetters, range, sheetRef } from './a1';
import { SheetDraft } from './draft';
import { FMT, STYLE } from './format';
import type { DefinedNameModel, SheetModel } from './model';
import { uniqueHeaders, type TableNamer } from './names';
import { mergePlan, PLAN_LAYOUT, type PlanItem, type PlannerInput, type PlanRow, type PreviousPlan } from './plan';

const { col: C, headerRow: HEADER_ROW } = PLAN_LAYOUT;
const FIRST_ROW = HEADER_ROW + 1;
const INPUT_FILL = 'FFF2CC';
const CHOSEN_FILL = 'E2EFDA';
const GONE_COLOR = '7F7F7F';
const LAST_VISIBLE_COL = C.status;

export interface PrioritisationContext {
  lang: Lang;
  tables: TableNamer;
  /** The budget years offered when the planner has not set any (next year and the four after). */
  firstYear: number;
  /** The key figures' definition, printed under the introduction. */
  measure?: string;
}

export interface PrioritisationLayout {
  sheet: SheetModel;
  names: DefinedNameModel[];
  rows: PlanRow[];
}

const INPUT_STYLE = { fill: INPUT_FILL, border: 'thin' } as const;

function realised(potential: number | null, input: PlannerInput): number {
  return input.chosen && input.rate !== null && potential !== null ? (potential * input.rate) / 100 : 0;
}

export function buildPrioritisationSheet(
  items: readonly PlanItem[],
  previous: PreviousPlan | undefined,
  sheetName: string,
  ctx: PrioritisationContext,
): PrioritisationLayout {
  const { lang } = ctx;
  const draft = new SheetDraft(sheetName, 'prioritisation');
  const names: DefinedNameModel[] = [];
  const rows = mergePlan(items, previous);
  const yes = t('plan.yes', lang);
  const no = t('plan.no', lang);
  const lastRow = FIRST_ROW + Math.max(rows.length, 1) - 1;
  const column = (col: number): string => absColumnRange(col, FIRST_ROW, lastRow);

  draft.value(1, 1, t('plan.title', lang), { style: STYLE.title });
  draft.value(1, 2, t('plan.intro', lang), { style: STYLE.note });
  if (ctx.measure) draft.value(1, 3, ctx.measure, { style: STYLE.note });

  // The target and the totals against it.
  const targetCell = absCell(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow);
  const target = previous?.target ?? null;
  draft.value(1, PLAN_LAYOUT.targetRow, t('plan.target', lang), { style: STYLE.label });
  draft.value(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow, target, { numFmt: FMT.kr, style: INPUT_STYLE });
  const infos = rows.map((r) => (r.status === 'current' ? r.item : r.previous));
  const values = rows.map((r) => (r.status === 'current' ? { potential: r.item.potential, input: r.input } : { potential: r.previous.potential, input: r.previous }));
  const realisedValues = values.map((v) => realised(v.potential, v.input));
  const total = realisedValues.reduce((s, v) => s + v, 0);
  draft.value(1, PLAN_LAYOUT.targetRow + 1, t('plan.chosenTotal', lang), { style: STYLE.label });
  draft.formula(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow + 1, `SUM(${column(C.realised)})`, total, { numFmt: FMT.kr, style: { bold: true } });
  draft.value(1, PLAN_LAYOUT.targetRow + 2, t('plan.remaining', lang), { style: STYLE.label });
  draft.formula(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow + 2, `IF(ISNUMBER(${targetCell}),${targetCell}-${absCell(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow + 1)},"")`,
    target === null ? '' : target - total, { numFmt: FMT.kr });
  names.push({ name: t('plan.name.target', lang), refersTo: sheetRef(sheetName, targetCell) });
  names.push({ name: t('plan.name.total', lang), refersTo: sheetRef(sheetName, absCell(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow + 1)) });

  // Realised per budget year: the planner picks the years (the defaults are the coming five).
  const yearLabelCol = PLAN_LAYOUT.firstYearCol - 1;
  draft.value(yearLabelCol, PLAN_LAYOUT.yearsRow, t('plan.years', lang), { style: STYLE.label });
  draft.value(yearLabelCol, PLAN_LAYOUT.yearsRow + 1, t('plan.perYear', lang), { style: STYLE.label });
  const yearCells: string[] = [];
  let perYearTotal = 0;
  for (let i = 0; i < PLAN_LAYOUT.yearSlots; i++) {
    const col = PLAN_LAYOUT.firstYearCol + i;
    const year = previous ? previous.years[i] ?? null : ctx.firstYear + i;
    yearCells.push(draft.value(col, PLAN_LAYOUT.yearsRow, year, { numFmt: '0', style: { ...INPUT_STYLE, bold: true, align: 'right' } }));
    const sum = year === null ? '' : values.reduce((s, v, j) => s + (v.input.year === year ? realisedValues[j] : 0), 0);
    if (typeof sum === 'number') perYearTotal += sum;
    draft.formula(col, PLAN_LAYOUT.yearsRow + 1, `IF(ISNUMBER(${cell(col, PLAN_LAYOUT.yearsRow)}),SUMIFS(${column(C.realised)},${column(C.year)},${cell(col, PLAN_LAYOUT.yearsRow)}),"")`,
      sum, { numFmt: FMT.kr });
  }
  draft.value(yearLabelCol, PLAN_LAYOUT.yearsRow + 2, t('plan.noYear', lang), { style: STYLE.label });
  const perYearCells = yearCells.map((_, i) => cell(PLAN_LAYOUT.firstYearCol + i, PLAN_LAYOUT.yearsRow + 1));
  draft.formula(PLAN_LAYOUT.firstYearCol, PLAN_LAYOUT.yearsRow + 2, `${absCell(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow + 1)}-SUM(${perYearCells.join(',')})`,
    total - perYearTotal, { numFmt: FMT.kr });

  // The potentials.
  draft.value(1, HEADER_ROW - 1, t('plan.heading', lang), { style: STYLE.heading });
  const headers = uniqueHeaders([
    t('plan.col.area', lang), t('plan.col.unit', lang), t('plan.col.basis', lang), t('plan.col.potential', lang),
    t('plan.col.chosen', lang), t('plan.col.rate', lang), t('plan.col.year', lang), t('plan.col.owner', lang), t('plan.col.note', lang),
    t('plan.col.realised', lang), t('plan.col.running', lang), t('plan.col.share', lang), t('plan.col.status', lang), t('plan.col.key', lang),
  ]);
  headers.forEach((h, i) => draft.value(i + 1, HEADER_ROW, h, { style: { bold: true, wrap: true, verticalAlign: 'bottom' } }));
  let running = 0;
  rows.forEach((planRow, i) => {
    const row = FIRST_ROW + i;
    const current = planRow.status === 'current';
    const info = infos[i];
    const input = values[i].input;
    draft.value(C.area, row, info.area);
    draft.value(C.unit, row, info.unit);
    draft.value(C.basis, row, info.basis);
    if (current) draft.formula(C.potential, row, planRow.item.potentialRef, planRow.item.potential, { numFmt: FMT.kr });
    else draft.value(C.potential, row, planRow.previous.potential, { numFmt: FMT.kr, style: { italic: true } });
    draft.value(C.chosen, row, input.chosen === null ? null : input.chosen ? yes : no, { style: { fill: INPUT_FILL, align: 'center' } });
    draft.value(C.rate, row, input.rate, { numFmt: '0', style: { fill: INPUT_FILL } });
    draft.value(C.year, row, input.year, { numFmt: '0', style: { fill: INPUT_FILL } });
    draft.value(C.owner, row, input.owner || null, { style: { fill: INPUT_FILL } });
    draft.value(C.note, row, input.note || null, { style: { fill: INPUT_FILL, wrap: true } });
    const amount = realisedValues[i];
    running += amount;
    const [chosen, rate, potential] = [cell(C.chosen, row), cell(C.rate, row), cell(C.potential, row)];
    draft.formula(C.realised, row, `IF(AND(${chosen}="${yes}",ISNUMBER(${rate}),ISNUMBER(${potential})),${potential}*${rate}/100,0)`, amount, { numFmt: FMT.kr });
    draft.formula(C.running, row, `SUM(${absCell(C.realised, FIRST_ROW)}:${absCell(C.realised, row)})`, running, { numFmt: FMT.kr });
    draft.formula(C.share, row, `IF(ISNUMBER(${targetCell}),IF(${targetCell}>0,${cell(C.running, row)}/${targetCell},""),"")`,
      target !== null && target > 0 ? running / target : '', { numFmt: '0%' });
    draft.value(C.status, row, current ? null : t('plan.gone', lang));
    draft.value(C.key, row, info.key);
  });

  if (rows.length > 0) {
    draft.tables.push({ name: ctx.tables.take('Prioritering'), range: range(1, HEADER_ROW, C.key, lastRow), columns: headers, style: 'TableStyleLight9', showRowStripes: false });
    const body = range(1, FIRST_ROW, LAST_VISIBLE_COL, lastRow);
    draft.conditionalFormats.push({ kind: 'expression', range: body, formula: `$${columnLetters(C.chosen)}${FIRST_ROW}="${yes}"`, style: { fill: CHOSEN_FILL, bold: true } });
    draft.conditionalFormats.push({ kind: 'expression', range: body, formula: `$${columnLetters(C.status)}${FIRST_ROW}<>""`, style: { color: GONE_COLOR } });
    const validation = (key: string) => validationText(lang, key);
    draft.dataValidations.push(
      { range: range(C.chosen, FIRST_ROW, C.chosen, lastRow), rule: { kind: 'list', values: [yes, no] }, allowBlank: true, error: validation('chosen'), prompt: validation('chosen') },
      { range: range(C.rate, FIRST_ROW, C.rate, lastRow), rule: { kind: 'decimal', min: 0, max: 100 }, allowBlank: true, error: validation('rate'), prompt: validation('rate') },
      { range: range(C.year, FIRST_ROW, C.year, lastRow), rule: { kind: 'whole', min: 2000, max: 2100 }, allowBlank: true, error: validation('year') },
    );
  }
  draft.dataValidations.push(
    { range: range(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow, PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow), rule: { kind: 'decimal', min: 0, max: 1e13 }, allowBlank: true, error: validationText(lang, 'target') },
    { range: range(PLAN_LAYOUT.firstYearCol, PLAN_LAYOUT.yearsRow, PLAN_LAYOUT.firstYearCol + PLAN_LAYOUT.yearSlots - 1, PLAN_LAYOUT.yearsRow), rule: { kind: 'whole', min: 2000, max: 2100 }, allowBlank: true, error: validationText(lang, 'year') },
  );

  // Realised per area, below the potentials.
  let row = lastRow + 2;
  if (rows.some((r) => r.status === 'gone')) draft.value(1, row++, t('plan.goneNote', lang), { style: STYLE.note });
  draft.value(1, row++, t('plan.perArea', lang), { style: STYLE.heading });
  const areas = [...new Set(infos.map((info) => info.area))];
  const areaFirst = row;
  for (const area of areas) {
    draft.value(1, row, area);
    const sum = realisedValues.reduce((s, amount, j) => s + (infos[j].area === area ? amount : 0), 0);
    draft.formula(2, row, `SUMIFS(${column(C.realised)},${column(C.area)},${cell(1, row)})`, sum, { numFmt: FMT.kr });
    row++;
  }
  draft.value(1, row, t('plan.total', lang), { style: STYLE.total });
  draft.formula(2, row, areas.length ? `SUM(${absColumnRange(2, areaFirst, row - 1)})` : '0', total, { numFmt: FMT.kr, style: STYLE.total });

  const unlocked = [
    range(PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow, PLAN_LAYOUT.targetCol, PLAN_LAYOUT.targetRow),
    range(PLAN_LAYOUT.firstYearCol, PLAN_LAYOUT.yearsRow, PLAN_LAYOUT.firstYearCol + PLAN_LAYOUT.yearSlots - 1, PLAN_LAYOUT.yearsRow),
    ...(rows.length > 0 ? [range(C.chosen, FIRST_ROW, C.note, lastRow)] : []),
  ];
  draft.protection = { unlocked, allowSort: false, allowFilter: true };

  draft.fitColumns(C.key, {
    headerRows: [HEADER_ROW], max: 40, skipRows: (r) => r < HEADER_ROW && r !== PLAN_LAYOUT.yearsRow,
    atLeast: { [C.area]: 30, [C.potential]: 16, [C.owner]: 16, [C.note]: 30 },
  });
  draft.hiddenColumns.push(C.key);
  draft.freeze = { rows: HEADER_ROW, columns: 0 };
  draft.printTitleRows = `${HEADER_ROW}:${HEADER_ROW}`;
  draft.printArea = `A1:${columnLetters(LAST_VISIBLE_COL)}${row}`;
  draft.tabColor = 'BF8F00';
  return { sheet: draft.finish('landscape'), names, rows };
}

function validationText(lang: Lang, key: string): { title: string; message: string } {
  return { title: t(`plan.validation.${key}.title`, lang), message: t(`plan.validation.${key}.message`, lang) };
}
