// The Node cache: one JSON file per key in a folder (for the CLI, e.g. ~/.cache/pejlemaerke).
// File names are a readable prefix plus a hash of the key, since keys hold Danish letters, commas
// and long code lists. Node-only: exported from node.ts, never from the browser index.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Cache } from './cache';

export class FileCache implements Cache {
  constructor(readonly folder: string) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return await fs.readFile(this.fileFor(key), 'utf8');
    } catch {
      // Missing or unreadable: a miss, the answer is fetched again.
      return undefined;
    }
  }

  async set(key: string, value: string): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    const file = this.fileFor(key);
    // Write then rename, so a crash mid-write never leaves half an entry behind.
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temp, value, 'utf8');
    await fs.rename(temp, file);
  }

  fileFor(key: string): string {
    const prefix = key.split('|').slice(0, 2).join('-').replace(/[^A-Za-z0-9-]/g, '_').slice(0, 40);
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    return path.join(this.folder, `${prefix}-${hash}.json`);
  }
}
