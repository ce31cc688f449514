// Writes one placed comparison-group block: heading, statistics as formulas, the members table.
import type { Lang } from '../core/types';
import type { AreaSpec } from '../core/benchmark/types';
import { t } from '../i18n';
import { absCell, absColumnRange, columnLetters, range } from './a1';
import { groupSpecText } from './describe';
import type { SheetDraft } from './draft';
import { COLOR, FMT, STYLE } from './format';
import { anomalyText } from './anomalyBlock';
import { leavesOutFlagged, memberById, ownMemberId, sameNumber, type PlacedBlock, type StatKey } from './groupBlocks';
import type { TableNamer } from './names';
import { uniqueHeaders } from './names';
import { formatNumber } from '../core/parse/numbers';

export const GROUP_COL = { name: 1, code: 2, keyFigure: 3, weight: 4, own: 5 } as const;
const STAT_LABEL_COL = 1;
export const STAT_VALUE_COL = 3;

export interface GroupBlockContext {
  lang: Lang;
  area: AreaSpec;
  keyFigureFormat: string;
  weightFormat: string;
  tables: TableNamer;
  variableNames?: Record<string, string>;
  /** Absolute address of the own table's key-figure cell for a unit, e.g. '$E$8'. */
  ownKeyFigureCell: (unitId: string) => string;
  /** Draw a median column beside the members (used by the all-institutions chart). */
  withMedianColumn: boolean;
  national?: number;
  level: 'municipality' | 'institution';
  /**
   * When the group is exactly the own units (institutions compared with each other), the own
   * table already lists every member: the statistics are formulas over its columns and no second
   * member table is written.
   */
  ownTable?: { keyFigures: string; weights: string; names: string; medians: string };
}

export interface WrittenBlock {
  keyFigureRange: string;
  nameRange: string;
  medianRange?: string;
}

function statFormula(key: StatKey, keyFigures: string, weights: string, forStandard: string, lower: boolean): string | undefined {
  switch (key) {
    case 'bestClean': return `${lower ? 'MIN' : 'MAX'}(${forStandard})`;
    case 'quartileClean': return `QUARTILE.INC(${forStandard},${lower ? 1 : 3})`;
    case 'min': return `MIN(${keyFigures})`;
    case 'q1': return `QUARTILE.INC(${keyFigures},1)`;
    case 'median': return `MEDIAN(${keyFigures})`;
    case 'q3': return `QUARTILE.INC(${keyFigures},3)`;
    case 'max': return `MAX(${keyFigures})`;
    case 'mean': return `AVERAGE(${keyFigures})`;
    case 'weightedMean': return `SUMPRODUCT(${keyFigures},${weights})/SUM(${weights})`;
    case 'n': return `COUNT(${keyFigures})`;
    case 'national': return undefined;
  }
}

export function writeGroupBlock(draft: SheetDraft, block: PlacedBlock, ctx: GroupBlockContext): WrittenBlock {
  const { lang, area } = ctx;
  const isSimilar = block.spec.kind === 'similar';
  // Forty schools in one heading help nobody; name a few, count the rest.
  const unitNames = block.units.length <= 3
    ? block.units.map((u) => u.name).join(', ')
    : t('report.group.manyUnits', lang, { count: formatNumber(block.units.length, lang) });
  draft.value(1, block.headingRow, t('report.group.heading', lang, { label: block.label, units: unitNames }), {
    style: STYLE.heading,
  });
  draft.value(1, block.descriptionRow, groupSpecText(block.spec, lang, ctx.variableNames, ctx.level === 'institution' ? block.members.length : undefined), { style: STYLE.note });

  const keyFigures = ctx.ownTable?.keyFigures ?? absColumnRange(GROUP_COL.keyFigure, block.firstRow, Math.max(block.firstRow, block.lastRow));
  const weights = ctx.ownTable?.weights ?? absColumnRange(GROUP_COL.weight, block.firstRow, Math.max(block.firstRow, block.lastRow));
  const allWeighted = block.members.every((m) => m.weight !== null);
  const d = block.distribution;
  const flagged = leavesOutFlagged(block);
  const standardOf = (kind: 'best' | 'quartile'): number | null => block.units[0]?.standards.find((s) => s.kind === kind)?.value ?? null;
  const cached: Record<StatKey, number | null> = {
    min: d.min, q1: d.q1, median: d.median, q3: d.q3, max: d.max, mean: d.mean,
    weightedMean: d.weightedMean, n: d.n, national: ctx.national ?? null,
    bestClean: standardOf('best'), quartileClean: standardOf('quartile'),
  };
  // Columns after the fixed ones: distance (similar groups), the standard basis and note (flagged members), median.
  let nextCol = GROUP_COL.own + 1;
  const distanceCol = isSimilar ? nextCol++ : undefined;
  const forStandardCol = flagged ? nextCol++ : undefined;
  const noteCol = block.members.some((m) => m.anomaly) ? nextCol++ : undefined;
  const medianCol = ctx.withMedianColumn ? nextCol++ : undefined;
  const lastMemberRow = Math.max(block.firstRow, block.lastRow);
  const forStandard = forStandardCol ? absColumnRange(forStandardCol, block.firstRow, lastMemberRow) : '';
  for (const [key, row] of block.statRows) {
    draft.value(STAT_LABEL_COL, row, t(`report.stat.${key}`, lang), { style: STYLE.label });
    const format = key === 'n' ? FMT.count : ctx.keyFigureFormat;
    const formula = statFormula(key, keyFigures, weights, forStandard, area.direction === 'lower');
    const value = cached[key];
    const clean = key === 'bestClean' || key === 'quartileClean';
    const usable = clean ? value !== null : key !== 'weightedMean' || (allWeighted && value !== null);
    if (formula && usable && block.members.length > 0) {
      draft.formula(STAT_VALUE_COL, row, formula, value, { numFmt: format });
    } else if (value !== null && key !== 'weightedMean' && !clean) {
      draft.value(STAT_VALUE_COL, row, value, { numFmt: format });
    } else {
      draft.value(STAT_VALUE_COL, row, t('report.notAvailable', lang), { style: STYLE.note });
    }
  }

  if (ctx.ownTable) return { keyFigureRange: keyFigures, nameRange: ctx.ownTable.names, medianRange: ctx.ownTable.medians };

  // Members that stand for an own unit point at the own table's live key figure, so a change to the
  // user's cost or activity there moves the group statistics and the rank too.
  const ownByMember = new Map<string, string>();
  for (const unit of block.units) {
    const memberId = ownMemberId(unit);
    const member = memberId === undefined ? undefined : memberById(block.members).get(memberId);
    if (member && sameNumber(member.keyFigure, unit.keyFigure)) ownByMember.set(member.id, unit.unitId);
  }
  const ownIds = new Set(block.units.map(ownMemberId).filter((id): id is string => id !== undefined));

  const headers = [
    t('report.group.col.name', lang),
    t('report.group.col.code', lang),
    t('report.group.col.keyFigure', lang, { unit: area.unitLabel[lang] }),
    t('report.group.col.weight', lang, { activity: area.activityLabel[lang] }),
    t('report.group.col.own', lang),
  ];
  if (distanceCol) headers.push(t('report.group.col.distance', lang));
  if (forStandardCol) headers.push(t('report.group.col.forStandard', lang));
  if (noteCol) headers.push(t('report.group.col.note', lang));
  if (medianCol) headers.push(t('report.group.col.median', lang));
  const columns = uniqueHeaders(headers);
  const lastCol = columns.length;
  columns.forEach((header, i) => draft.value(i + 1, block.headerRow, header, { style: { bold: true, wrap: true } }));
  const medianCell = absCell(STAT_VALUE_COL, block.statRows.get('median') ?? block.headingRow);

  for (const member of block.members) {
    const row = block.memberRows.get(member.id) ?? block.firstRow;
    draft.value(GROUP_COL.name, row, member.name);
    draft.value(GROUP_COL.code, row, member.id);
    const ownUnit = ownByMember.get(member.id);
    if (ownUnit !== undefined) {
      draft.formula(GROUP_COL.keyFigure, row, ctx.ownKeyFigureCell(ownUnit), member.keyFigure, {
        numFmt: ctx.keyFigureFormat,
      });
    } else {
      draft.value(GROUP_COL.keyFigure, row, member.keyFigure, { numFmt: ctx.keyFigureFormat });
    }
    draft.value(GROUP_COL.weight, row, member.weight, { numFmt: ctx.weightFormat });
    draft.value(GROUP_COL.own, row, ownIds.has(member.id) ? t('report.yes', lang) : null);
    if (distanceCol) draft.value(distanceCol, row, member.distance ?? null, { numFmt: FMT.distance });
    // A flagged member's figure stays in the table but not in the basis of the best standards.
    if (forStandardCol) {
      if (member.anomaly) draft.value(forStandardCol, row, null, { numFmt: ctx.keyFigureFormat });
      else draft.formula(forStandardCol, row, absCell(GROUP_COL.keyFigure, row), member.keyFigure, { numFmt: ctx.keyFigureFormat });
    }
    if (noteCol) draft.value(noteCol, row, member.anomaly ? anomalyText(member.anomaly, lang) : null, member.anomaly ? { style: STYLE.caveat } : {});
    if (medianCol) draft.formula(medianCol, row, medianCell, d.median, { numFmt: ctx.keyFigureFormat });
  }

  if (block.members.length > 0) {
    draft.tables.push({
      name: ctx.tables.take('Gruppe'),
      range: range(1, block.headerRow, lastCol, block.lastRow),
      columns,
      style: 'TableStyleLight9',
      showRowStripes: true,
    });
  }
  // Highlight the own rows, unless every row is own (institutions compared with each other).
  if (ownIds.size > 0 && ownIds.size < block.members.length) {
    const ownColumn = `$${columnLetters(GROUP_COL.own)}${block.firstRow}`;
    draft.conditionalFormats.push({
      kind: 'expression',
      range: range(1, block.firstRow, lastCol, block.lastRow),
      formula: `${ownColumn}="${t('report.yes', lang)}"`,
      style: { fill: COLOR.ownRow, bold: true },
    });
  }
  const last = lastMemberRow;
  return {
    keyFigureRange: keyFigures,
    nameRange: absColumnRange(GROUP_COL.name, block.firstRow, last),
    medianRange: medianCol ? absColumnRange(medianCol, block.firstRow, last) : undefined,
  };
}
