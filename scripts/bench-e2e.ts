// Part of `npm run bench`: the CLI end to end on a 50,000-row institution workbook, the way a user
// runs it — read the .xlsx, benchmark, build every sheet, write the result workbook — timed from
// the outside, with the CLI process's own peak memory, and step by step from the inside (wall and
// CPU time, memory after each step). CPU time is printed because the wall time of a shared machine
// says as much about the other processes as about ours. BENCH_E2E_ROWS=100000 (or "50000,100000")
// runs other sizes. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const SIZES = (process.argv[2] ?? process.env.BENCH_E2E_ROWS ?? '50000').split(',').map(Number).filter((n) => n > 0);
/** A run that does not fit Node's default heap is said, then measured again with this much (MB). */
const LARGER_HEAP_MB = 8192;

/** What the steps are called in the output; the CLI names them as they end. */
const STEPS: Record<string, string> = {
  opened: 'open input .xlsx (ExcelJS load)',
  reference: 'reference data (snapshot)',
  read: 'read the input cells',
  computed: 'parse + engine',
  reported: 'report model (buildReport)',
  written: 'sheets into the workbook host',
  saved: 'package + zip + file (toBuffer)',
};

interface Stage {
  name: string;
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  heapMb: number;
  peakRssMb: number;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function writeInput(path: string, rows: number): Promise<void> {
  const random = seeded(rows);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Skoler');
  sheet.addRow(['Inst.nr.', 'Institution', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel']).commit();
  for (let i = 0; i < rows; i++) {
    const pupils = 100 + Math.floor(random() * 700);
    sheet.addRow([`I${i + 1}`, `Skole ${i + 1}`, Math.round(pupils * (55_000 + random() * 20_000)), pupils, Math.round((6 + random() * 3) * 10) / 10, Math.round((3 + random()) * 100) / 100]).commit();
  }
  await workbook.commit();
}

function parseLines(stderr: string, tag: 'STAGE' | 'TOTAL'): Stage[] {
  return stderr.split('\n').filter((line) => line.startsWith(`${tag} `)).map((line) => JSON.parse(line.slice(tag.length + 1)) as Stage);
}

const pad = (text: string, width: number): string => text.padEnd(width);
const num = (value: number, digits = 1): string => value.toFixed(digits).padStart(7);

async function benchOne(rows: number, dir: string): Promise<void> {
  const input = join(dir, `skoler-${rows}.xlsx`);
  const output = join(dir, `skoler-${rows}-pejlemaerke.xlsx`);
  await writeInput(input, rows);
  const child = join(__dirname, 'bench-e2e-child.js');
  const runCli = (nodeArgs: string[]) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...nodeArgs, child, 'benchmark', input, '--reference', 'snapshot', '--area', 'folkeskole', '--out', output], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
  };
  let run = runCli([]);
  let heapNote = '';
  if (run.result.status !== 0 && /heap out of memory/.test(run.result.stderr)) {
    console.log(`CLI end to end, ${rows.toLocaleString('en')} rows: out of memory in Node's default heap after ${run.seconds.toFixed(0)} s; again with --max-old-space-size=${LARGER_HEAP_MB}`);
    run = runCli([`--max-old-space-size=${LARGER_HEAP_MB}`]);
    heapNote = ` (with --max-old-space-size=${LARGER_HEAP_MB})`;
  }
  const { result, seconds } = run;
  const [total] = parseLines(result.stderr, 'TOTAL');
  if (result.status !== 0 || !total) {
    console.log(`CLI end to end, ${rows.toLocaleString('en')} rows: failed (exit ${result.status})\n${result.stderr.slice(0, 2000)}`);
    process.exitCode = 1;
    return;
  }
  console.log(`CLI end to end, ${rows.toLocaleString('en')}-row institution workbook (read, benchmark, report, write .xlsx)${heapNote}`);
  console.log(`  ${seconds.toFixed(1)} s wall (process start to exit), ${total.cpuSeconds.toFixed(1)} s CPU, peak RSS ${total.peakRssMb} MB; result ${(statSync(output).size / 1e6).toFixed(1)} MB`);
  console.log(`  ${pad('step', 36)}   wall s    CPU s   RSS MB  heap MB  peak RSS MB (after the step)`);
  for (const stage of parseLines(result.stderr, 'STAGE')) {
    console.log(`  ${pad(STEPS[stage.name] ?? stage.name, 36)} ${num(stage.seconds)}  ${num(stage.cpuSeconds)}  ${num(stage.rssMb, 0)}  ${num(stage.heapMb, 0)}  ${num(stage.peakRssMb, 0)}`);
  }
  console.log('  target (50,000 rows): < 20 s and < 1.5 GB');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pejl-bench-e2e-'));
  try {
    for (const rows of SIZES) await benchOne(rows, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
