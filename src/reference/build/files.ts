// Node-only: reads the shared reference files for the generator and its tests. Kept out of
// src/reference/index.ts so the browser bundle never pulls in fs.
import { readFileSync, statSync } from 'fs';
import { join } from 'path';
import type { SnapshotSourceTexts } from './bundle';
import { SOURCE_FILES, type SourceKey } from './provenance';

export interface SnapshotSources {
  texts: SnapshotSourceTexts;
  /** Newest modification time among the source files, ISO 8601 to the second. */
  newestModified: string;
}

export function readSnapshotSources(dir: string): SnapshotSources {
  const keys = Object.keys(SOURCE_FILES) as SourceKey[];
  const texts = {} as SnapshotSourceTexts;
  let newest = 0;
  for (const key of keys) {
    const path = join(dir, SOURCE_FILES[key]);
    texts[key] = readFileSync(path, 'utf8');
    newest = Math.max(newest, statSync(path).mtime.getTime());
  }
  return { texts, newestModified: toIsoSeconds(new Date(newest)) };
}

export function toIsoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
