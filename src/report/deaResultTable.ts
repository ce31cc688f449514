// The DEA sheet's first table, the one a leader reads: per unit the score (with its bootstrap
// interval), the light, the cost and the potential in kr. as a live formula over them on the same
// row, and the main learning partner.
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { absCell, cell, range } from './a1';
import { peerText } from './deaCommon';
import { scoreInterval, type DeaRunResult, type DeaUnitOutcome } from './deaTypes';
import type { SheetDraft } from './draft';
import { FMT, LIGHT_STYLE, lightText, STYLE, TRAFFIC_LIGHTS } from './format';
import { uniqueHeaders, type TableNamer } from './names';
import { formatNumber } from '../core/parse/numbers';

export interface ResultTableLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  totalRow: number;
  nextRow: number;
  columns: number;
  scoreColumn: number;
  /** Bootstrap columns (bias-corrected, from, to); null without intervals. */
  intervalColumns: { biasCorrected: number; low: number; high: number } | null;
  potentialColumn: number | null;
  total: number;
  rows: Map<string, number>;
}

interface Options {
  row: number;
  lang: Lang;
  method: string;
  tables: TableNamer;
}

export function hasIntervals(dea: DeaRunResult): boolean {
  return dea.settings.bootstrap !== null && dea.units.some((u) => u.interval !== null);
}

export function hasPotentials(dea: DeaRunResult): boolean {
  return dea.costInputIndex !== null && dea.settings.orientation === 'in';
}

export function writeResultTable(draft: SheetDraft, dea: DeaRunResult, units: DeaUnitOutcome[], options: Options): ResultTableLayout {
  const { lang } = options;
  let row = options.row;
  draft.value(1, row++, t('report.dea.resultHeading', lang), { style: STYLE.heading });
  const headerRow = row;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + Math.max(units.length, 1) - 1;
  const excluded = dea.units.filter((u) => u.status === 'excluded');
  const totalRow = lastRow + 1;

  const intervals = hasIntervals(dea);
  const headers = [t('report.dea.col.unit', lang), t('report.dea.col.score', lang)];
  const intervalColumns = intervals ? { biasCorrected: 3, low: 4, high: 5 } : null;
  if (intervals) headers.push(t('report.dea.col.biasCorrected', lang), t('report.dea.col.ciLow', lang), t('report.dea.col.ciHigh', lang));
  const lightColumn = headers.push(t('report.dea.col.light', lang));
  const costColumn = hasPotentials(dea) ? headers.push((dea.inputs[dea.costInputIndex as number]).header) : null;
  const potentialColumn = hasPotentials(dea) ? headers.push(t('report.dea.col.potential', lang)) : null;
  const partnerColumn = headers.push(t('report.dea.col.topPartner', lang));
  const sureColumn = intervals ? headers.push(t('report.dea.col.sure', lang)) : null;
  const names = uniqueHeaders(headers);
  names.forEach((h, i) => draft.value(i + 1, headerRow, h, { style: { bold: true, wrap: true } }));

  const costFixed = dea.costInputIndex !== null && dea.inputs[dea.costInputIndex].fixed;
  const rows = new Map<string, number>();
  let total = 0;
  units.forEach((unit, i) => {
    const r = firstRow + i;
    rows.set(unit.id, r);
    draft.value(1, r, unit.name);
    if (unit.score === null) draft.value(2, r, t('report.dea.notDefined', lang));
    else draft.value(2, r, unit.score, { numFmt: FMT.percentRank, style: { bold: true } });
    if (intervalColumns) {
      const shown = unit.interval ? scoreInterval(unit.interval, dea.settings.orientation) : null;
      draft.value(intervalColumns.biasCorrected, r, shown?.biasCorrected ?? null, { numFmt: FMT.percentRank });
      draft.value(intervalColumns.low, r, shown?.low ?? null, { numFmt: FMT.percentRank });
      draft.value(intervalColumns.high, r, shown?.high ?? null, { numFmt: FMT.percentRank });
    }
    draft.value(lightColumn, r, unit.light ? lightText(unit.light, lang) : null);
    if (costColumn !== null) draft.value(costColumn, r, unit.inputs[dea.costInputIndex as number], { numFmt: FMT.kr });
    if (potentialColumn !== null && costColumn !== null) {
      const saving = unit.radialSaving ?? 0;
      total += saving;
      // A non-discretionary cost is never scaled by the score: the engine gives it no radial part.
      if (costFixed || unit.score === null) draft.value(potentialColumn, r, 0, { numFmt: FMT.kr });
      else draft.formula(potentialColumn, r, `MAX(0,(1-${cell(2, r)})*${cell(costColumn, r)})`, saving, { numFmt: FMT.kr, style: { bold: true } });
    }
    draft.value(partnerColumn, r, peerText(unit, lang, 1));
    if (sureColumn !== null) draft.value(sureColumn, r, unit.surePartner === null ? null : t(`report.dea.sure.${unit.surePartner ? 'yes' : 'no'}`, lang));
  });

  if (units.length > 0) {
    draft.tables.push({ name: options.tables.take('DEA'), range: range(1, headerRow, names.length, lastRow), columns: names, style: 'TableStyleMedium2', showRowStripes: true });
    const lightRange = range(lightColumn, firstRow, lightColumn, lastRow);
    for (const light of TRAFFIC_LIGHTS) {
      draft.conditionalFormats.push({ kind: 'expression', range: lightRange, formula: `${cell(lightColumn, firstRow)}="${lightText(light, lang)}"`, style: LIGHT_STYLE[light] });
    }
  }
  // The sum, with the method named so nobody adds it to the key-figure potentials.
  // The method makes the label long; it wraps rather than widening the name column.
  draft.value(1, totalRow, t('report.dea.total', lang, { method: options.method }), { style: { ...STYLE.total, wrap: true } });
  if (potentialColumn !== null) {
    const sum = `SUM(${absCell(potentialColumn, firstRow)}:${absCell(potentialColumn, lastRow)})`;
    draft.formula(potentialColumn, totalRow, sum, total, { numFmt: FMT.kr, style: STYLE.total });
  }
  row = totalRow + 2;
  if (excluded.length > 0) {
    draft.value(1, row++, t('report.dea.excludedHeading', lang, { count: formatNumber(excluded.length, lang) }), { style: STYLE.label });
    for (const unit of excluded) {
      const reason = t(`report.dea.reasonShort.${unit.reason ?? 'missing'}`, lang);
      draft.value(1, row++, t('report.dea.excludedUnit', lang, { name: unit.name, reason, address: unit.address }), { style: STYLE.note });
    }
    row++;
  }
  return {
    headerRow, firstRow, lastRow, totalRow, nextRow: row, columns: names.length, scoreColumn: 2, intervalColumns,
    potentialColumn, total, rows,
  };
}
