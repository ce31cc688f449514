// Where StatBank answers are kept between runs. Entries are JSON text so one interface fits
// memory, a folder (Node, see fileCache.ts) and the browser's localStorage.
//
// Keys (see client.ts):
// - tableinfo|<TABLE>|<lang>: metadata, trusted for TABLEINFO_TTL_MS (12 h). Within that time a
//   re-run sends no request at all.
// - data|<TABLE>|<format>|<lang>|<normalised query>|<DST updated>: a parsed cube. Because DST's
//   'updated' stamp is part of the key, an entry never goes stale: new publications get new keys.
// - bundle|…: the last good live bundle, the fallback when DST cannot be reached.

export interface Cache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export const TABLEINFO_TTL_MS = 12 * 60 * 60 * 1000;

export class MemoryCache implements Cache {
  private readonly entries = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The part of the Web Storage API we use, so tests and other hosts can supply their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The browser cache: localStorage under a prefix. Without localStorage (private mode, an Office
 * host that blocks it) it quietly keeps nothing, and a full store is not an error either: the
 * cache is a convenience, never a requirement.
 */
export class LocalStorageCache implements Cache {
  private readonly storage: StorageLike | undefined;

  constructor(private readonly prefix = 'pejlemaerke.statbank.', storage?: StorageLike) {
    this.storage = storage ?? defaultStorage();
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return this.storage?.getItem(this.prefix + key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string): Promise<void> {
    try {
      this.storage?.setItem(this.prefix + key, value);
    } catch {
      // Quota exceeded or storage disabled: the next run fetches again.
    }
  }
}

function defaultStorage(): StorageLike | undefined {
  try {
    const candidate = (globalThis as { localStorage?: StorageLike }).localStorage;
    return candidate && typeof candidate.getItem === 'function' ? candidate : undefined;
  } catch {
    // Some hosts throw on merely touching localStorage.
    return undefined;
  }
}

/** A cache entry with the time it was written, for entries that expire. */
export interface Stamped<T> {
  storedAt: number;
  value: T;
}

export async function readStamped<T>(cache: Cache, key: string): Promise<Stamped<T> | undefined> {
  const text = await cache.get(key);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Stamped<T>>;
    return typeof parsed.storedAt === 'number' && parsed.value !== undefined ? (parsed as Stamped<T>) : undefined;
  } catch {
    // A damaged entry is the same as none.
    return undefined;
  }
}

export async function writeStamped<T>(cache: Cache, key: string, value: T, now: number): Promise<void> {
  await cache.set(key, JSON.stringify({ storedAt: now, value }));
}
