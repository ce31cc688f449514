// The CLI process of scripts/bench-e2e.ts: runs `pejlemaerke benchmark …` as a user would and
// reports, as each step ends, its wall and CPU time and the process's memory on stderr, one JSON
// line per step ("STAGE {…}"), then the totals ("TOTAL {…}"). Its figures are the CLI's alone.
import { run } from '../src/cli/main';

interface Mark {
  wall: bigint;
  cpu: NodeJS.CpuUsage;
}

const mb = (bytes: number): number => Math.round(bytes / 1e6);
const start: Mark = { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
let last = start;

function figures(since: Mark): { seconds: number; cpuSeconds: number } {
  const cpu = process.cpuUsage(since.cpu);
  return { seconds: Number(process.hrtime.bigint() - since.wall) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function memory(): { rssMb: number; heapMb: number; peakRssMb: number } {
  const usage = process.memoryUsage();
  // maxRSS is in kilobytes.
  return { rssMb: mb(usage.rss), heapMb: mb(usage.heapUsed), peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6) };
}

function stage(name: string): void {
  process.stderr.write(`STAGE ${JSON.stringify({ name, ...figures(last), ...memory() })}\n`);
  last = { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

void run(process.argv.slice(2), { out: () => undefined, err: (text) => process.stderr.write(`${text}\n`), stage }).then((code) => {
  process.stderr.write(`TOTAL ${JSON.stringify({ code, ...figures(start), ...memory() })}\n`);
  process.exit(code);
});
