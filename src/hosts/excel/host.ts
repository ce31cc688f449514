// WorkbookHost inside Excel through Office.js. A write is one read sync (sheet names, tables, the
// registry) and one write sync: new sheets go in under temporary names, and the same request then
// removes the old own sheets, gives the new ones their names and rewrites the registry. A batch
// stops at its first failing operation, so if anything fails the old sheets are still there and
// the sheets this call created are deleted again. Writes above the request limit are split.
import type { CellGrid, Lang } from '../../core/types';
import type { ReportModel } from '../../report/model';
import { renameReferences } from '../common/formulaRefs';
import { freeSheetName, freeTableName } from '../common/naming';
import { parseRegistryRows, REGISTRY_SHEET, registryRows, type OwnSheetRegistry } from '../common/registry';
import { guardText } from '../common/textGuard';
import { HostError, type ReadSource, type WorkbookHost, type WorkbookSources, type WriteSummary } from '../types';
import { ModelError } from './cellBlocks';
import { listSourcesIn, readGrid, type RequirementCheck } from './read';
import { t } from '../../i18n';
import { reasonOf, rollBack } from './rollback';
import { sheetSteps, type Step } from './writeSheet';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  lang?: Lang;
  /** Defaults to Office.context.requirements.isSetSupported, or "everything" outside Office. */
  isSetSupported?: RequirementCheck;
  /** Largest request the host sends in one sync; Office's limit is 5 MB, the default keeps a margin for estimates. */
  maxPayloadBytes?: number;
}

/** Rows of the last sheet read on speculation: the registry is normally the last sheet and this short. */
const REGISTRY_PROBE_ROWS = 500;
const DEFAULT_MAX_PAYLOAD = 4 * 1024 * 1024;

export interface Existing {
  sheets: { name: string; visibility: string; id: string }[];
  tables: { name: string; sheet: string }[];
  registry?: OwnSheetRegistry;
  registrySheet?: string;
}

function defaultRequirementCheck(): RequirementCheck {
  if (typeof Office !== 'undefined' && Office.context?.requirements) {
    return (name, version) => Office.context.requirements.isSetSupported(name, version);
  }
  return () => true;
}


/** "'Mine tal'!$C$7" → { sheet: 'Mine tal', range: 'C7' }; a bare range has no sheet. */
export function splitSheetAddress(address: string): { sheet?: string; range: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!match) return { range: address.trim().replace(/\$/g, '') };
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), range: match[3].replace(/\$/g, '') };
}

/** Packs steps greedily into chunks that stay under the budget (a single oversized step goes alone). */
export function packSteps(steps: Step[], budget: number): Step[][] {
  const chunks: Step[][] = [[]];
  let bytes = 0;
  for (const step of steps) {
    if (bytes + step.bytes > budget && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      bytes = 0;
    }
    chunks[chunks.length - 1].push(step);
    bytes += step.bytes;
  }
  return chunks;
}

export class ExcelWorkbookHost implements WorkbookHost {
  private readonly lang: Lang;
  private readonly supports: RequirementCheck;
  private readonly maxPayload: number;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelHostOptions = {},
  ) {
    this.lang = options.lang ?? 'da';
    this.supports = options.isSetSupported ?? defaultRequirementCheck();
    this.maxPayload = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD;
  }

  listSources(): Promise<WorkbookSources> {
    return this.run((context) => listSourcesIn(context));
  }

  read(source: ReadSource): Promise<CellGrid> {
    return this.run((context) => readGrid(context, source, this.supports, this.lang));
  }

  /** Selects a cell or range given as "'Mine tal'!C7" (or 'C7' on the active sheet), in one sync. */
  selectAddress(address: string): Promise<void> {
    const { sheet, range } = splitSheetAddress(address);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const target = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
      target.getRange(range).select();
      await context.sync();
    });
  }

  /** Shows a sheet, e.g. a result sheet the pane links to, in one sync. */
  activateSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  writeReport(model: ReportModel): Promise<WriteSummary> {
    return this.run(async (context) => {
      let syncs = 0;
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      const existing = await this.readExisting(context, sync);
      const result = await this.writeAll(context, model, existing, sync);
      return { ...result, syncs };
    });
  }

  /** Sheet names, tables with their sheets and the registry: one sync when the registry is the last sheet. */
  private async readExisting(context: Excel.RequestContext, sync: () => Promise<void>): Promise<Existing> {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/id');
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    const last = context.workbook.worksheets.getLast().load('name');
    const probe = last.getRange(`A1:B${REGISTRY_PROBE_ROWS}`).load('values');
    await sync();
    const existing: Existing = {
      sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility, id: s.id })),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    };
    const registrySheet = existing.sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET)?.name;
    if (registrySheet === undefined) return existing;
    let rows = probe.values;
    const probeComplete = last.name.toLowerCase() === REGISTRY_SHEET && String(rows[REGISTRY_PROBE_ROWS - 1][0]) === '';
    if (!probeComplete) {
      const used = context.workbook.worksheets.getItem(registrySheet).getUsedRange(true).load('values');
      await sync();
      rows = used.values;
    }
    const registry = parseRegistryRows(rows);
    if (!registry) throw new HostError(t('excelHost.registryTaken', this.lang, { sheet: registrySheet }), 'registry-taken');
    return { ...existing, registry, registrySheet };
  }

  private async writeAll(
    context: Excel.RequestContext,
    model: ReportModel,
    existing: Existing,
    sync: () => Promise<void>,
  ): Promise<Omit<WriteSummary, 'syncs'>> {
    const ownLower = new Set((existing.registry?.sheets ?? []).map((s) => s.toLowerCase()));
    const ownSheets = existing.sheets.filter((s) => ownLower.has(s.name.toLowerCase())).map((s) => s.name);
    const userSheets = existing.sheets.filter((s) => !ownLower.has(s.name.toLowerCase()) && s.name.toLowerCase() !== REGISTRY_SHEET);
    const allLower = new Set(existing.sheets.map((s) => s.name.toLowerCase()));

    const takenFinal = new Set(userSheets.map((s) => s.name.toLowerCase()));
    const finalNames = model.sheets.map((s) => freeSheetName(s.name, takenFinal));
    const tempNames = model.sheets.map((_, i) => {
      let temp = `~pm-${i + 1}`;
      while (allLower.has(temp) || takenFinal.has(temp)) temp += '~';
      return temp;
    });
    const userTables = new Set(existing.tables.filter((t) => !ownLower.has(t.sheet.toLowerCase())).map((t) => t.name.toLowerCase()));
    const finalTables = model.sheets.map((s) => s.tables.map((t) => freeTableName(t.name, userTables)));
    const takenTemp = new Set([...existing.tables.map((t) => t.name.toLowerCase()), ...userTables]);
    const tempTables = finalTables.map((names, i) => names.map((_, j) => freeTableName(`PejlemaerkeTmp_${i + 1}_${j + 1}`, takenTemp)));

    const sheetRenames = new Map(model.sheets.map((s, i) => [s.name, tempNames[i]]));
    const tableRenames = new Map(model.sheets.flatMap((s, i) => s.tables.map((t, j): [string, string] => [t.name, tempTables[i][j]])));
    const rewrite = (formula: string) => renameReferences(formula, { sheets: sheetRenames, tables: tableRenames });

    const created: Excel.Worksheet[] = [];
    const byModelName = new Map(model.sheets.map((s, i) => [s.name.toLowerCase(), i]));
    const rangeFor = (ref: string): Excel.Range => {
      const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
      if (!match) throw new ModelError(`"${ref}" is not a sheet-qualified range`);
      const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
      const address = match[3].replace(/\$/g, '');
      const index = byModelName.get(sheet.toLowerCase());
      return index !== undefined ? created[index].getRange(address) : context.workbook.worksheets.getItem(sheet).getRange(address);
    };

    let steps: Step[];
    let current = model.sheets[0]?.name ?? '';
    try {
      const adds: Step[] = tempNames.map((temp, i) => ({ label: `add ${temp}`, bytes: 300, queue: () => void (created[i] = context.workbook.worksheets.add(temp)) }));
      const bodies = model.sheets.flatMap((sheet, i) => {
        current = sheet.name;
        const supports = (version: string) => this.supports('ExcelApi', version);
        return sheetSteps(sheet, tempTables[i], { sheet: () => created[i], rangeFor, rewrite, supports, bandBytes: Math.max(1024, this.maxPayload / 4) });
      });
      steps = [...adds, ...bodies, this.finalStep(context, model, existing, { ownSheets, created, finalNames, tempTables, finalTables })];
    } catch (error) {
      throw new HostError(t('excelHost.invalidModel', this.lang, { sheet: current, reason: reasonOf(error) }), 'invalid-model');
    }

    const chunks = packSteps(steps, this.maxPayload);
    const runChunk = async (index: number): Promise<void> => {
      if (index >= chunks.length) return;
      if (this.supports('ExcelApi', '1.6')) context.workbook.application.suspendApiCalculationUntilNextSync();
      if (index === 0 && this.supports('ExcelApi', '1.9')) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const step of chunks[index]) step.queue();
      await sync();
      return runChunk(index + 1);
    };
    try {
      await runChunk(0);
    } catch (error) {
      await rollBack(context, sync, existing, ownSheets, error, this.lang);
    }
    return { written: finalNames, replaced: ownSheets };
  }

  /** Old own sheets out, final names on, registry rewritten, the first report sheet shown. */
  private finalStep(
    context: Excel.RequestContext,
    model: ReportModel,
    existing: Existing,
    names: { ownSheets: string[]; created: Excel.Worksheet[]; finalNames: string[]; tempTables: string[][]; finalTables: string[][] },
  ): Step {
    const registry = registryRows({ ...model.meta, sheets: names.finalNames });
    return {
      label: 'swap in',
      bytes: 300 * (names.ownSheets.length + names.finalNames.length + 4) + JSON.stringify(registry).length,
      queue: () => {
        for (const name of names.ownSheets) context.workbook.worksheets.getItem(name).delete();
        names.created.forEach((sheet, i) => (sheet.name = names.finalNames[i]));
        names.tempTables.forEach((tables, i) =>
          tables.forEach((temp, j) => (context.workbook.tables.getItem(temp).name = names.finalTables[i][j])),
        );
        if (existing.registrySheet) context.workbook.worksheets.getItem(existing.registrySheet).delete();
        const sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
        sheet.getRange(`A1:B${registry.length}`).formulas = registry.map((row) => row.map(guardText));
        sheet.visibility = 'VeryHidden';
        names.created[0]?.activate();
      },
    };
  }
}
