// Standard output and error for the CLI, written so that nothing is lost when the process ends.
// Writes to a pipe are asynchronous in Node: `process.exit` right after a large write cuts the
// output at the pipe's buffer (64 KiB on Linux) while the exit code still says success. Every
// write is counted until Node has handed it to the OS, and `flushStdio` waits for the last one.
import type { Writable } from 'node:stream';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Told as each step of a benchmark ends (opened, read, reference, the run's stages, saved); for measuring. */
  stage?: (name: string) => void;
}

interface Tracked {
  pending: number;
  /** The reader went away (EPIPE, e.g. `| head`): further output has nowhere to go. */
  closed: boolean;
  waiters: (() => void)[];
}

function track(stream: Writable): { write: (text: string) => void; drained: () => Promise<void> } {
  const state: Tracked = { pending: 0, closed: false, waiters: [] };
  const settle = () => {
    if (state.pending > 0 && !state.closed) return;
    for (const resolve of state.waiters.splice(0)) resolve();
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A closed reader is not our failure; anything else still must not hang the exit.
    state.closed = true;
    if (error.code !== 'EPIPE') process.exitCode = process.exitCode || 3;
    settle();
  });
  return {
    write: (text) => {
      if (state.closed) return;
      state.pending++;
      stream.write(text, () => {
        state.pending--;
        settle();
      });
    },
    drained: () =>
      new Promise<void>((resolve) => {
        state.waiters.push(resolve);
        settle();
      }),
  };
}

let stdout: ReturnType<typeof track> | undefined;
let stderr: ReturnType<typeof track> | undefined;

/** The process's own stdout/stderr, tracked so that flushStdio can wait for them. */
export function processIo(): CliIo {
  stdout ??= track(process.stdout);
  stderr ??= track(process.stderr);
  return { out: (text) => stdout?.write(`${text}\n`), err: (text) => stderr?.write(`${text}\n`) };
}

/** Resolves once everything written through processIo has reached the OS (or the reader closed). */
export async function flushStdio(): Promise<void> {
  await Promise.all([stdout?.drained(), stderr?.drained()]);
}
