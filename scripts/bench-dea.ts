// DEA speed and memory, part of `npm run bench`. Seeded synthetic data (3 inputs, 2 outputs,
// src/core/dea/synthetic.ts). Every case runs in a fresh Node process so its peak memory is its
// own; the process first solves a small instance of the same case (V8 compiles the hot loops
// then, as it would after a user's first run), then the timed one. The small cases run several
// times: the machine is shared, so wall times are given as a range next to the CPU time of the
// fastest run. Prints a table; asserts nothing.
//   npm run build:cli && node dist/scripts/bench-dea.js [--repeat N] [--quick]
// --quick leaves out n = 100,000 and the n = 1,000 bootstrap.
import { spawnSync } from 'node:child_process';
import { dea, type DeaInput } from '../src/core/dea';
import { deaBootstrap } from '../src/core/dea/bootstrap';
import { syntheticDeaData } from '../src/core/dea/synthetic';

interface Measured {
  wall: number;
  cpu: number;
  peakMb: number;
  detail: string;
}

interface Case {
  label: string;
  n: number;
  target?: string;
  run: (n: number) => string;
  /** A small instance run first, untimed, to warm up the JIT. */
  warmUp?: () => void;
}

function data(n: number) {
  return syntheticDeaData(n, 3, 2, 20240 + n);
}

function frontierDetail(input: DeaInput): string {
  const result = dea(input);
  const efficient = result.units.filter((u) => u.efficiency === 1).length;
  return `frame ${result.stats.frame}, ${efficient} on the frontier, ${result.stats.lpSolves} LPs, ${result.stats.pivots} pivots`;
}

const CASES: Record<string, Case> = {
  vrs: { label: 'VRS input, with slacks', n: 0, run: (n) => frontierDetail({ ...data(n), rts: 'vrs', orientation: 'in', slack: true }) },
  crs: { label: 'CRS input', n: 0, run: (n) => frontierDetail({ ...data(n), rts: 'crs', orientation: 'in' }) },
  exact: {
    label: 'VRS input: θ against the full LP',
    n: 0,
    run: (n) => {
      const { X, Y } = data(n);
      const fast = dea({ X, Y, rts: 'vrs', orientation: 'in', slack: true }).units;
      const full = dea({ X, Y, rts: 'vrs', orientation: 'in', method: 'full' }).units;
      const worst = fast.reduce((w, u, j) => Math.max(w, Math.abs((u.efficiency as number) - (full[j].efficiency as number))), 0);
      return `max abs Δθ = ${worst.toExponential(1)} over ${n} units (both runs timed together)`;
    },
  },
  bootstrap: {
    label: 'Bootstrap VRS input, B = 2,000',
    n: 0,
    warmUp: () => void deaBootstrap({ ...data(100), rts: 'vrs', orientation: 'in', replicates: 100, seed: 2 }),
    run: (n) => {
      const result = deaBootstrap({ ...data(n), rts: 'vrs', orientation: 'in', replicates: 2000, seed: 1 });
      const widths = result.units.filter((u) => u.ciLow !== null).map((u) => (u.ciHigh as number) - (u.ciLow as number));
      const mean = widths.reduce((t, w) => t + w, 0) / Math.max(1, widths.length);
      return `bandwidth ${result.bandwidth?.toFixed(4)}, mean 95 % interval width ${(100 * mean).toFixed(1)} points`;
    },
  },
};

/** In the child: run one case once and print its figures as JSON. */
function runChild(name: string, n: number): void {
  const chosen = CASES[name];
  if (chosen.warmUp) chosen.warmUp();
  else if (n > 1000) chosen.run(1000);
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const detail = CASES[name].run(n);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const measured: Measured = { wall, cpu: (cpu.user + cpu.system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024, detail };
  process.stdout.write(JSON.stringify(measured));
}

function measure(name: string, n: number, repeat: number): Measured[] {
  const runs: Measured[] = [];
  for (let r = 0; r < repeat; r++) {
    const child = spawnSync(process.execPath, [__filename, '--case', name, String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`${name} n=${n} failed:\n${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as Measured);
  }
  return runs;
}

function row(label: string, n: number, runs: Measured[], target = ''): string {
  const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
  const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
  const wall = walls.length > 1 ? `${walls[0].toFixed(2)}–${walls[walls.length - 1].toFixed(2)}` : walls[0].toFixed(2);
  const peak = Math.max(...runs.map((r) => r.peakMb));
  return `| ${label} | ${n.toLocaleString('en-US')} | ${wall} (${runs.length}×) | ${best.cpu.toFixed(2)} | ${peak.toFixed(0)} | ${target} | ${best.detail} |`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const at = process.argv.indexOf('--case');
  if (at >= 0) {
    runChild(process.argv[at + 1], Number(process.argv[at + 2]));
    return;
  }
  const repeatAt = process.argv.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Number(process.argv[repeatAt + 1]) : 3;
  const quick = process.argv.includes('--quick');
  const uptime = spawnSync('uptime', { encoding: 'utf8' }).stdout?.trim() ?? '';
  console.log(`DEA benchmark — Node ${process.version}, synthetic 3 inputs × 2 outputs (seeded), each timed run after an untimed warm-up; load: ${uptime.replace(/.*load average: /, '')}`);
  console.log('| case | n | wall s (runs) | CPU s (fastest run) | peak RSS MB | target | detail |');
  console.log('|---|---|---|---|---|---|---|');
  const vrsWall = new Map<number, number>();
  const plan: [string, number, number, string][] = [
    ['vrs', 1_000, repeat, ''],
    ['vrs', 10_000, repeat, '≤ 1 s'],
    ...(quick ? [] : ([['vrs', 100_000, 1, '≤ 60 s, ≤ 1 GB']] as [string, number, number, string][])),
    ['crs', 1_000, repeat, ''],
    ['crs', 10_000, repeat, '≤ 0.5 s'],
    ['exact', 1_000, 1, 'max abs Δθ ≤ 1e-9'],
    ['bootstrap', 100, repeat, '≤ 5 s'],
    ...(quick ? [] : ([['bootstrap', 1_000, 1, '≤ 60 s']] as [string, number, number, string][])),
  ];
  for (const [name, n, times, target] of plan) {
    const runs = measure(name, n, times);
    if (name === 'vrs') vrsWall.set(n, median(runs.map((r) => r.wall)));
    console.log(row(CASES[name].label, n, runs, target));
  }
  const small = vrsWall.get(1_000);
  const large = vrsWall.get(100_000);
  if (small && large) {
    const exponent = Math.log(large / small) / Math.log(100);
    const middle = vrsWall.get(10_000) as number;
    const upper = Math.log(large / middle) / Math.log(10);
    console.log(
      `Growth exponent, VRS input with slacks, n = 1,000 → 100,000: ${exponent.toFixed(2)} (time ∝ n^${exponent.toFixed(2)}; median wall times; ` +
        `10,000 → 100,000 alone: ${upper.toFixed(2)})`,
    );
  }
}

main();
