// Builds src/reference/snapshot/snapshot.json from the shared DST reference files.
//
//   npx tsc -p tsconfig.cli.json && node dist/scripts/build-snapshot.js [--source DIR] [--out FILE] [--built-at ISO]
//
// --source defaults to ../shared/reference-data and --out to src/reference/snapshot (the folder
// that receives registry.json and series.json), both relative to the repository root. The files are read, cross-checked and rewritten in our
// own format with provenance and attribution; they are never copied.
//
// builtAt must not change when nothing changed, or every rerun would churn the committed file.
// It is taken from --built-at, else from SOURCE_DATE_EPOCH (the reproducible-builds convention,
// seconds since 1970), else from the newest modification time of the source files — i.e.
// when the reference figures were last gathered, never the wall clock.
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { buildBundle } from '../src/reference/build/bundle';
import { readSnapshotSources, toIsoSeconds } from '../src/reference/build/files';
import { formatSnapshotFiles } from '../src/reference/build/serialize';
import { summariseBundle } from '../src/reference/build/summary';

interface Options {
  source: string;
  out: string;
  builtAt?: string;
}

// dist/scripts/build-snapshot.js → the repository root is two levels up.
const REPO_ROOT = resolve(__dirname, '..', '..');

function parseArgs(argv: string[]): Options {
  const options: Options = {
    source: resolve(REPO_ROOT, '..', 'shared', 'reference-data'),
    out: resolve(REPO_ROOT, 'src', 'reference', 'snapshot'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log('Usage: build-snapshot [--source DIR] [--out DIR] [--built-at ISO-8601]');
      process.exit(0);
    }
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    if (flag === '--source') options.source = resolve(value);
    else if (flag === '--out') options.out = resolve(value);
    else if (flag === '--built-at') options.builtAt = checkedIso(value);
    else throw new Error(`Unknown option ${flag}`);
    i++;
  }
  return options;
}

function checkedIso(text: string): string {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`--built-at "${text}" is not a date`);
  return toIsoSeconds(date);
}

function chooseBuiltAt(explicit: string | undefined, newestModified: string): string {
  if (explicit) return explicit;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return toIsoSeconds(new Date(Number(epoch) * 1000));
  return newestModified;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const sources = readSnapshotSources(options.source);
  const bundle = buildBundle(sources.texts, { builtAt: chooseBuiltAt(options.builtAt, sources.newestModified) });
  mkdirSync(options.out, { recursive: true });
  const files = formatSnapshotFiles(bundle);
  writeFileSync(join(options.out, 'registry.json'), files.registry, 'utf8');
  writeFileSync(join(options.out, 'series.json'), files.series, 'utf8');
  for (const line of summariseBundle(bundle)) console.log(line);
  console.log(`Written to ${join(options.out, 'registry.json')} and ${join(options.out, 'series.json')}`);
}

try {
  main();
} catch (error) {
  console.error(`build-snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
