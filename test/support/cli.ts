// The CLI run in-process, its output gathered instead of printed.
import { run, type CliIo } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
  const code = await run(args, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
