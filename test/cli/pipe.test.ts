// `pejlemaerke benchmark … --json | other-program` as a shell runs it: the real bin script in its
// own process, stdout a pipe whose reader is slow to start. The JSON must arrive whole (≥ 1 MB,
// far beyond a pipe's 64 KiB buffer) and the exit code must be the run's.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'pejlemaerke.js');
const BUILT = join(ROOT, 'dist', 'src', 'cli', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The bin script runs the compiled CLI; compile it when it is missing or older than the sources. */
function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(BUILT).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built < newestSource(join(ROOT, 'src'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'ignore' });
}

async function schools(path: string, count: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Skoler');
  sheet.addRow(['Skole', 'Nettoudgift (kr.)', 'Elever']);
  for (let i = 1; i <= count; i++) sheet.addRow([`Skole ${i}`, 50_000_000 + ((i * 7919) % 10_000) * 1000, 400 + ((i * 31) % 300)]);
  await workbook.xlsx.writeFile(path);
}

function runPiped(args: string[], readerDelayMs: number): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    // The reader starts late, like a slow program at the other end of the pipe: the CLI finishes
    // its work and decides to exit while most of its output still waits in its own buffers.
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.on('data', (data: Buffer) => chunks.push(data));
      child.stdout.resume();
    }, readerDelayMs);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks), stderr }));
  });
}

describe('piped --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pejlemaerke-pipe-'));
  beforeAll(() => ensureBuilt(), 180_000);

  it('delivers more than 1 MB of JSON whole through a slow pipe, then exits 0', async () => {
    const input = join(dir, 'skoler-2500.xlsx');
    await schools(input, 2500);
    const result = await runPiped(['benchmark', input, '--reference', 'snapshot', '--area', 'folkeskole', '--json'], 1500);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1024 * 1024);
    const summary = JSON.parse(result.stdout.toString('utf8'));
    expect(summary.units).toHaveLength(2500);
    expect(summary.output).toBeNull();
  }, 120_000);

  it('keeps the exit code of a failed run when its message goes through a pipe', async () => {
    const result = await runPiped(['benchmark', join(dir, 'missing.xlsx'), '--json'], 300);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('findes ikke');
  }, 60_000);
});
