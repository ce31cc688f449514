// Part of `npm run bench`: the CLI end to end on a 50,000-row institution workbook, the way a user
// runs it — read the .xlsx, benchmark, build every sheet, write the result workbook — timed from
// the outside, with the CLI process's own peak memory. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

// `node bench-e2e.js 100000` for the 100,000-row case; BENCH_E2E_ROWS still works.
const ROWS = Number(process.argv[2] ?? process.env.BENCH_E2E_ROWS ?? 50_000);
/** A run that does not fit Node's default heap is said, then measured again with this much (MB). */
const LARGER_HEAP_MB = 8192;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function writeInput(path: string): Promise<void> {
  const random = seeded(ROWS);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Skoler');
  sheet.addRow(['Inst.nr.', 'Institution', 'Nettoudgift (kr.)', 'Elever', 'Karaktergennemsnit', 'Trivsel']).commit();
  for (let i = 0; i < ROWS; i++) {
    const pupils = 100 + Math.floor(random() * 700);
    sheet.addRow([`I${i + 1}`, `Skole ${i + 1}`, Math.round(pupils * (55_000 + random() * 20_000)), pupils, Math.round((6 + random() * 3) * 10) / 10, Math.round((3 + random()) * 100) / 100]).commit();
  }
  await workbook.commit();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pejl-bench-e2e-'));
  try {
    const input = join(dir, 'skoler.xlsx');
    const output = join(dir, 'skoler-pejlemaerke.xlsx');
    await writeInput(input);
    const cli = join(__dirname, '..', 'src', 'cli', 'main.js');
    // The CLI reports its own peak RSS on stderr as it exits, so the figure is its alone.
    const wrapper = `require(${JSON.stringify(cli)}).run(process.argv.slice(1),{out(){},err(){}}).then((code)=>{process.stderr.write('PEAK '+process.resourceUsage().maxRSS+'\\n');process.exit(code)})`;
    const runCli = (nodeArgs: string[]) => {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [...nodeArgs, '-e', wrapper, 'benchmark', input, '--reference', 'snapshot', '--area', 'folkeskole', '--out', output], { encoding: 'utf8', maxBuffer: 1 << 26 });
      return { child, seconds: Number(process.hrtime.bigint() - start) / 1e9, peak: /PEAK (\d+)/.exec(child.stderr)?.[1] };
    };
    let run = runCli([]);
    let heapNote = '';
    if (run.child.status !== 0 && /heap out of memory/.test(run.child.stderr)) {
      console.log(`CLI end to end, ${ROWS.toLocaleString('en')} rows: out of memory in Node's default heap after ${run.seconds.toFixed(0)} s; again with --max-old-space-size=${LARGER_HEAP_MB}`);
      run = runCli([`--max-old-space-size=${LARGER_HEAP_MB}`]);
      heapNote = ` (with --max-old-space-size=${LARGER_HEAP_MB})`;
    }
    const { child, seconds, peak } = run;
    if (child.status !== 0 || !peak) {
      console.log(`CLI end to end, ${ROWS.toLocaleString('en')} rows: failed (exit ${child.status})\n${child.stderr.slice(0, 2000)}`);
      process.exitCode = 1;
      return;
    }
    console.log(`CLI end to end, ${ROWS.toLocaleString('en')}-row institution workbook (read, benchmark, report, write .xlsx)${heapNote}`);
    console.log(`  ${seconds.toFixed(1)} s, peak RSS ${(Number(peak) / 1024).toFixed(0)} MB; result ${(statSync(output).size / 1e6).toFixed(1)} MB`);
    console.log('  target: < 20 s and < 1.5 GB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
