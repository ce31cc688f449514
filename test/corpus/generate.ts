// Writes the hostile corpus (cases.ts) into a folder. The corpus test calls it once per run into a
// temporary folder; nothing it makes is committed. To look at the files yourself:
//   npx tsc -p tsconfig.json --outDir /tmp/corpus-build && node /tmp/corpus-build/test/corpus/generate.js /tmp/corpus
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { CASES, fileName, type CorpusCase } from './cases';

export async function generateCorpus(dir: string, which: (entry: CorpusCase) => boolean = () => true): Promise<Map<string, string>> {
  await fs.mkdir(dir, { recursive: true });
  const paths = new Map<string, string>();
  for (const entry of CASES.filter(which)) {
    const path = join(dir, fileName(entry));
    await fs.writeFile(path, await entry.build());
    paths.set(entry.id, path);
  }
  return paths;
}

if (require.main === module) {
  const dir = process.argv[2] ?? 'corpus';
  void generateCorpus(dir).then((paths) => console.log(`${paths.size} workbooks written to ${dir}`));
}
