// Where the CLI's workbook goes, and writing it so that a failure leaves nothing behind.
// Decisions (docs/decisions.md, "The CLI's output file"): `--json` writes no workbook unless
// `--out` is given; an existing file is replaced only when an earlier run of Pejlemærke wrote
// it (the summary says so), never a file of the user's; the workbook is written to a temporary
// file beside the target and renamed over it, so a full disk or a read-only folder leaves no
// partial file and the old result intact.
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Lang } from '../core/types';
import { REGISTRY_SHEET } from '../hosts/common/registry';
import { t } from '../i18n';

/** A file could not be written or would overwrite the user's; the CLI exits 3 with the message. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

export interface OutputPlan {
  path: string;
  /** True when the file exists and is an earlier result of Pejlemærke, which this run replaces. */
  replaces: boolean;
}

export function defaultOutPath(inputPath: string, cwd: string = process.cwd()): string {
  return join(cwd, 'out', `${basename(inputPath, extname(inputPath))}-pejlemaerke.xlsx`);
}

/** True when the file is a workbook holding Pejlemærke's registry sheet. */
async function isOwnResult(path: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(await fs.readFile(path));
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    return new RegExp(`<sheet\\b[^>]*\\bname="${REGISTRY_SHEET}"`, 'i').test(workbook);
  } catch {
    return false;
  }
}

/**
 * Decides the output file before anything is computed, so a refusal costs the user nothing.
 * Undefined means no workbook is written (`--json` without `--out`).
 */
export async function planOutput(
  options: { out?: string; json: boolean; copy: boolean; inputPath: string },
  lang: Lang,
): Promise<OutputPlan | undefined> {
  if (options.json && options.out === undefined) return undefined;
  const path = resolve(options.out ?? defaultOutPath(options.inputPath));
  if (path === options.inputPath) throw new OutputError(t('cliOutput.sameAsInput', lang, { path }));
  const existing = await fs.stat(path).catch(() => undefined);
  if (!existing) return { path, replaces: false };
  if (!existing.isFile() || !(await isOwnResult(path))) throw new OutputError(t('cliOutput.wouldOverwrite', lang, { path }));
  return { path, replaces: true };
}

/** The file system calls writeAtomically makes; tests inject faults here. */
export interface OutputFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

function reasonFor(error: NodeJS.ErrnoException, lang: Lang): string {
  const known: Record<string, string> = {
    ENOSPC: 'cliOutput.reason.full',
    EDQUOT: 'cliOutput.reason.full',
    EROFS: 'cliOutput.reason.readOnly',
    EACCES: 'cliOutput.reason.denied',
    EPERM: 'cliOutput.reason.denied',
    ENOTDIR: 'cliOutput.reason.notFolder',
    EISDIR: 'cliOutput.reason.isFolder',
  };
  const key = error.code ? known[error.code] : undefined;
  return key ? t(key, lang) : error.message;
}

/** Writes `data` to a temporary file beside `path` and renames it into place; all or nothing. */
export async function writeAtomically(path: string, data: Buffer, lang: Lang, io: OutputFs = fs): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await io.mkdir(folder, { recursive: true });
    await io.writeFile(temp, data);
    await io.rename(temp, path);
  } catch (error) {
    await io.rm(temp, { force: true }).catch(() => undefined);
    throw new OutputError(t('cliOutput.writeFailed', lang, { path, reason: reasonFor(error as NodeJS.ErrnoException, lang) }));
  }
}
