// `pejlemaerke` on the command line: gathers choices, runs the same pipeline as the task pane on
// .xlsx files, and reports in words. Exit codes: 0 done, 1 the input could not be benchmarked,
// 2 the command line was wrong, 3 a file could not be read or written.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { HostError, type ReadSource } from '../hosts/types';
import { XlsxWorkbook } from '../hosts/xlsx';
import { t } from '../i18n';
import { readRun, runBenchmark, runOnRead, type RunInput, type RunOutcome, type RunRequest, type RunSources } from '../pipeline/run';
import { loadSnapshot } from '../reference';
import { crossCheckLines, StatbankError } from '../reference/statbank';
import { parseCliArgs, UsageError, type BenchmarkArgs } from './args';
import { printAreas } from './areas';
import { cliReference, referenceLines, refreshSnapshotCommand } from './reference';
import { OutputError, planOutput, writeAtomically } from './output';
import { processIo, type CliIo } from './stdio';
import { formatSummary, jsonSummary } from './summary';

export type { CliIo };
export { flushStdio } from './stdio';

export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let lang: Lang = 'da';
  try {
    const args = parseCliArgs(argv);
    lang = args.lang;
    if (args.command === 'help') {
      io.out(t('cli.help', lang));
      return 0;
    }
    if (args.command === 'areas') {
      printAreas(loadSnapshot(), args.json, lang, io);
      return 0;
    }
    if (args.command === 'refresh-snapshot') return await refreshSnapshotCommand(args, io);
    return await benchmark(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof HostError || error instanceof StatbankError || error instanceof OutputError) {
      io.err(error.message);
      return 3;
    }
    io.err(t('cli.unexpected', lang, { message: (error as Error).message ?? String(error) }));
    if (process.env.PEJLEMAERKE_DEBUG) io.err((error as Error).stack ?? '');
    return 3;
  }
}

async function benchmark(args: BenchmarkArgs, io: CliIo): Promise<number> {
  const lang = args.lang;
  const inputPath = resolve(args.input);
  if (!existsSync(inputPath)) {
    io.err(t('cli.input.notFound', lang, { path: args.input }));
    return 3;
  }
  const plan = await planOutput({ out: args.out, json: args.json, copy: args.copy, inputPath }, lang);
  // Copy mode reads and writes one workbook. Otherwise the input is read and let go before the
  // report is built: its ExcelJS model is as large as the input (hundreds of MB at 100,000 rows).
  // Without an output file there is nothing to write into: the run computes and reports only.
  let output: XlsxWorkbook | undefined;
  let sources: RunSources;
  let input: RunInput | undefined;
  if (args.copy && plan !== undefined) {
    output = await XlsxWorkbook.open(inputPath, { lang });
    io.stage?.('opened');
    sources = await chooseSources(output, args);
  } else {
    ({ input, sources } = await readInput(inputPath, args, io));
    output = plan === undefined ? undefined : XlsxWorkbook.createNew({ lang });
  }
  const reference = await cliReference(args.reference, lang, args.area, args.measure);
  io.stage?.('reference');
  const request: RunRequest = {
    ...sources,
    inputFile: basename(inputPath),
    reference: reference.bundle,
    referenceNote: reference.status.fellBack ? reference.status.reason : undefined,
    referenceChecks: crossCheckLines(reference.checks, lang),
    group: args.group,
    standard: args.standard,
    area: args.area,
    mapping: args.mapping,
    shape: args.shape,
    expectedVariables: args.expectedVariables,
    lang,
    method: args.method,
    dea: args.dea,
    measure: args.measure,
    includeAnomalies: args.includeAnomalies,
    ...(args.reference.year !== undefined && { referenceYear: String(args.reference.year) }),
    onStage: io.stage,
  };
  const outcome: RunOutcome = input ? await runOnRead(input, output, request) : await runBenchmark(output as XlsxWorkbook, output, request);
  const written = outcome.write && plan && output ? plan : undefined;
  if (written && output) {
    await writeAtomically(written.path, await output.toBuffer(), lang);
    io.stage?.('saved');
  }
  if (args.json) io.out(JSON.stringify(jsonSummary(outcome, args, written, reference), null, 2));
  else io.out([...referenceLines(reference, lang), formatSummary(outcome, args, written, lang)].join('\n'));
  return outcome.canRun ? 0 : 1;
}

/** The input's figures (and framework and group tables), read from a workbook that is not kept. */
async function readInput(inputPath: string, args: BenchmarkArgs, io: CliIo): Promise<{ input: RunInput; sources: RunSources }> {
  const workbook = await XlsxWorkbook.open(inputPath, { lang: args.lang });
  io.stage?.('opened');
  const sources = await chooseSources(workbook, args);
  const input = await readRun(workbook, undefined, sources);
  io.stage?.('read');
  return { input, sources };
}

/** Where the figures are, and the framework and group tables when they are named. */
async function chooseSources(workbook: XlsxWorkbook, args: BenchmarkArgs): Promise<RunSources> {
  return {
    source: await chooseSource(workbook, args),
    ...(args.framework !== undefined && { frameworkSource: await namedSource(workbook, args.framework, '--framework', args.lang) }),
    ...(args.groupList !== undefined && { groupListSource: await namedSource(workbook, args.groupList, '--group-list', args.lang) }),
  };
}

/** --table, --sheet (and --range), or else the first table, or else the first sheet. */
async function chooseSource(workbook: XlsxWorkbook, args: BenchmarkArgs): Promise<ReadSource> {
  if (args.table) return { kind: 'table', name: args.table };
  if (args.sheet) return { kind: 'range', sheet: args.sheet, range: args.range };
  const sources = await workbook.listSources();
  const ownSheets = new Set(workbook.ownSheetNames());
  // The framework and group tables are read on their own, never as the figures.
  const others = new Set([args.framework, args.groupList].filter((x): x is string => x !== undefined).map((x) => x.toLowerCase()));
  const table = sources.tables.find((candidate) => !ownSheets.has(candidate.sheet) && !others.has(candidate.name.toLowerCase()) && !others.has(candidate.sheet.toLowerCase()));
  if (table) return { kind: 'table', name: table.name };
  const sheet = sources.sheets.find((name) => !ownSheets.has(name) && !others.has(name.toLowerCase()));
  if (!sheet) throw new UsageError(t('cli.input.noSheets', args.lang, { path: args.input }));
  return { kind: 'range', sheet };
}

/** A table of that name, else a sheet of that name; anything else is a usage error naming both lists. */
async function namedSource(workbook: XlsxWorkbook, name: string, option: string, lang: Lang): Promise<ReadSource> {
  const sources = await workbook.listSources();
  const table = sources.tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (table) return { kind: 'table', name: table.name };
  const sheet = sources.sheets.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (sheet) return { kind: 'range', sheet };
  throw new UsageError(t('cli.input.noSuchSource', lang, {
    option, name, tables: sources.tables.map((x) => x.name).join(', ') || '—', sheets: sources.sheets.join(', ') || '—',
  }));
}
