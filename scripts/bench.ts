// `npm run bench`: speed and memory of the main jobs, each case in a fresh Node process so its
// peak memory is its own. Prints figures; asserts nothing (targets are read by people and CI logs).
import { spawnSync } from 'node:child_process';
import type { CellValue } from '../src/core/types';
import { XlsxWorkbook } from '../src/hosts/xlsx';
import { benchmarkGrid, type BenchmarkOptions } from '../src/pipeline/benchmarkGrid';
import { reportFor } from '../src/pipeline/run';
import { loadSnapshot, referenceSeriesFor, SERVICE_AREAS, hasReferenceData } from '../src/reference';

interface CaseResult {
  name: string;
  seconds: Record<string, number>;
  peakRssMb: number;
  detail: string;
  target: string;
}

type Case = () => Promise<CaseResult>;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function timed<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** All 98 municipalities × every area the snapshot covers, as one long-format sheet. */
const allMunicipalities: Case = async () => {
  const reference = loadSnapshot();
  const random = seeded(98);
  const areas = SERVICE_AREAS.filter((area) => hasReferenceData(reference, area.id));
  const values: CellValue[][] = [['Kommunekode', 'Kommune', 'Serviceområde', 'Nettoudgift (kr.)', 'Indbyggere']];
  for (const area of areas) {
    const series = referenceSeriesFor(reference, area.id);
    for (const point of series.points) {
      const municipality = reference.municipalities.find((m) => m.code === point.code);
      const population = point.weight ?? 1;
      const cost = Math.round((point.keyFigure ?? 0) * population * (0.9 + 0.2 * random()));
      values.push([point.code, municipality?.name ?? point.code, area.id, cost, population]);
    }
  }
  const options: BenchmarkOptions = { reference, group: { kind: 'similar', k: 10 }, standard: 'median' };
  const grid = { sheet: 'Bench', topLeft: 'A1', values };
  const [outcome, engineSeconds] = timed(() => benchmarkGrid(grid, options));
  const [model, reportSeconds] = timed(() => reportFor(outcome, grid, { ...options, source: { kind: 'range', sheet: 'Bench' } }));
  const enginePeakMb = peakRssMb();
  const workbook = XlsxWorkbook.createNew();
  const [, xlsxSeconds] = await timedAsync(async () => {
    await workbook.writeReport(model);
    return workbook.toBuffer();
  });
  const units = outcome.results.reduce((n, result) => n + result.units.length, 0);
  return {
    name: `98 municipalities × ${areas.length} areas (snapshot, similar k=10)`,
    seconds: { 'engine+report': engineSeconds + reportSeconds, engine: engineSeconds, report: reportSeconds, 'xlsx write (extra)': xlsxSeconds },
    peakRssMb: enginePeakMb,
    detail: `peak RSS incl. the .xlsx write ${peakRssMb().toFixed(0)} MB; ${units} units benchmarked, ${model.sheets.length} sheets, ${model.sheets.reduce((n, s) => n + s.cells.length, 0)} cells`,
    target: 'engine+report < 1 s and < 300 MB peak RSS',
  };
};

/** 50,000 institutions in one table: parsing and the run, including the report model. */
const fiftyThousandRows: Case = async () => {
  const reference = loadSnapshot();
  const random = seeded(50_000);
  const values: CellValue[][] = [['Inst.nr.', 'Institution', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Socioøkonomisk reference']];
  for (let i = 0; i < 50_000; i++) {
    const pupils = 100 + Math.floor(random() * 700);
    const socio = 6 + random() * 2;
    values.push([`I${i + 1}`, `Institution ${i + 1}`, Math.round(pupils * (55_000 + random() * 20_000)), pupils, Math.round((socio + random()) * 10) / 10, socio]);
  }
  const grid = { sheet: 'Bench', topLeft: 'A1', values };
  const options: BenchmarkOptions = { reference, group: { kind: 'all' }, standard: 'quartile' };
  const [outcome, parseAndRunSeconds] = timed(() => benchmarkGrid(grid, options));
  const [model, reportSeconds] = timed(() => reportFor(outcome, grid, { ...options, source: { kind: 'range', sheet: 'Bench' } }));
  return {
    name: '50,000-row institution input',
    seconds: { 'parse+run': parseAndRunSeconds, 'report model (extra)': reportSeconds },
    peakRssMb: peakRssMb(),
    detail: `${outcome.parse.units.length} units, ${model.sheets.reduce((n, s) => n + s.cells.length, 0)} cells in the report model`,
    target: 'parse+run < 3 s',
  };
};

const CASES: Record<string, Case> = { municipalities: allMunicipalities, rows50k: fiftyThousandRows };

function format(result: CaseResult): string {
  const times = Object.entries(result.seconds).map(([label, s]) => `${label} ${s.toFixed(3)} s`).join(', ');
  return `${result.name}\n  ${times}\n  peak RSS ${result.peakRssMb.toFixed(0)} MB; ${result.detail}\n  target: ${result.target}`;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only) {
    const result = await CASES[only]();
    process.stdout.write(JSON.stringify(result));
    return;
  }
  console.log(`Pejlemærke bench — Node ${process.version}, ${new Date().toISOString()}`);
  for (const name of Object.keys(CASES)) {
    const child = spawnSync(process.execPath, [__filename, name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.log(`${name}: failed\n${child.stderr}`);
      process.exitCode = 1;
      continue;
    }
    console.log(format(JSON.parse(child.stdout) as CaseResult));
  }
}

void main();
