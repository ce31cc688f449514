// The request context: operations are queued by proxies and applied in order at sync(), as in
// Office.js. One sync's queued payload is checked against the request size limit before anything
// is applied; the first failing operation stops the batch (earlier ones stay applied).
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { WorkbookProxy } from './proxies';
import type { FakeExcel } from './workbookState';

export interface QueuedOperation {
  label: string;
  bytes: number;
  run: () => void;
}

export interface SyncRecord {
  /** Labels of the operations the sync carried, in order. */
  operations: string[];
  bytes: number;
  failed?: string;
}

/** Rough size of an operation in the request JSON: its arguments plus a fixed envelope. */
export function payloadOf(args: unknown): number {
  return 80 + (args === undefined ? 0 : JSON.stringify(args).length);
}

/** Index of the operation an injected sync failure stops at (-1 for a sync with no operations). */
function failingIndex(count: number, excel: FakeExcel): number {
  if (excel.failSyncFromEnd !== undefined) return Math.max(0, count - excel.failSyncFromEnd);
  return Math.min(count - 1, Math.floor(count * excel.failSyncFraction));
}

export class FakeRequestContext {
  private queue: QueuedOperation[] = [];
  /** Set by FakeExcel right after construction (the proxies module depends on this one). */
  workbook!: WorkbookProxy;

  constructor(readonly excel: FakeExcel) {}

  enqueue(label: string, args: unknown, run: () => void): void {
    this.queue.push({ label, bytes: payloadOf(args), run });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const bytes = operations.reduce((sum, op) => sum + op.bytes, 0);
    const record: SyncRecord = { operations: operations.map((op) => op.label), bytes };
    this.excel.syncLog.push(record);
    if (bytes > this.excel.payloadLimit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} > ${this.excel.payloadLimit} bytes).`);
    }
    const failAfter = this.excel.failSyncAt === this.excel.syncLog.length ? failingIndex(operations.length, this.excel) : undefined;
    if (failAfter !== undefined && failAfter < 0) {
      record.failed = 'sync';
      throw new FakeOfficeError('GeneralException', `Injected failure of sync ${this.excel.syncLog.length}`);
    }
    for (const [index, op] of operations.entries()) {
      try {
        if (index === failAfter) throw new FakeOfficeError('GeneralException', `Injected failure of sync ${this.excel.syncLog.length}`, op.label);
        const injected = this.excel.failWhen?.(op.label);
        if (injected) throw new FakeOfficeError(injected, `Injected failure at ${op.label}`, op.label);
        op.run();
      } catch (error) {
        record.failed = op.label;
        if (error instanceof FakeOfficeError) throw error;
        throw new FakeOfficeError('GeneralException', `${op.label}: ${(error as Error).message}`, op.label);
      }
    }
  }

  /** Office.js's trackedObjects exist for long-lived proxies; nothing to track here. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

/** Base of every proxy: values become readable only through load() and a sync. */
export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, FakeProxy>();
  protected nullObject = false;
  private nullKnown = false;

  constructor(readonly context: FakeRequestContext) {}

  /** The current value of a scalar property in the workbook (called while a sync runs). */
  protected abstract readScalar(property: string): unknown;

  /** Navigation properties (proxies reached by name) that load paths may pass through. */
  protected navigate(_property: string): FakeProxy | undefined {
    return undefined;
  }

  protected child<T extends FakeProxy>(key: string, make: () => T): T {
    let found = this.children.get(key);
    if (!found) {
      found = make();
      this.children.set(key, found);
    }
    return found as T;
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as T;
  }

  protected markLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** Whether the object exists; for *OrNullObject proxies. Readable after any load and sync. */
  get isNullObject(): boolean {
    if (!this.nullKnown) throw propertyNotLoaded('isNullObject');
    return this.nullObject;
  }

  /** Returns null for a *OrNullObject proxy whose object is missing (checked while a sync runs). */
  protected existsNow(): boolean {
    return true;
  }

  load(properties?: string | string[] | { select?: string }): this {
    const list = typeof properties === 'string' ? properties.split(',') : Array.isArray(properties) ? properties : (properties?.select ?? '').split(',');
    const paths = list.map((p) => p.trim()).filter((p) => p !== '');
    this.context.enqueue(`load ${this.describe()} [${paths.join(',')}]`, undefined, () => this.loadNow(paths));
    return this;
  }

  /** Applies a load while the sync runs. */
  loadNow(paths: string[]): void {
    this.nullKnown = true;
    this.nullObject = !this.existsNow();
    if (this.nullObject) return;
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (rest.length === 0) {
        this.markLoaded(head, this.readScalar(head));
        continue;
      }
      const target = this.navigate(head);
      if (!target) throw new FakeOfficeError('InvalidArgument', `Cannot load '${path}' on ${this.describe()}`);
      target.loadNow([rest.join('/')]);
    }
  }

  abstract describe(): string;
}
