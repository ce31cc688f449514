// Stand-ins for the Office and Excel globals, over the recording fake, with the surface the pane
// uses: Office.onReady, displayLanguage, document settings, requirement sets, and the Excel run function.
import type { FakeExcel } from '../hosts/excel/fake';
import type { SettingsLike } from '../taskpane/settings';

export interface StubOptions {
  displayLanguage: string;
  /** localStorage key under which this "workbook's" settings are kept between page loads. */
  settingsKey: string;
  /** Called after every batch the pane runs against the fake workbook, so the page can redraw the workbook. */
  onChange: () => void;
}

/** Document settings kept in localStorage (or only in memory when storage is blocked). */
export class StoredSettings implements SettingsLike {
  private values: Record<string, unknown>;

  constructor(private readonly key: string) {
    let stored: Record<string, unknown> = {};
    try {
      stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    } catch {
      stored = {};
    }
    this.values = stored;
  }

  get(name: string): unknown {
    return this.values[name] ?? null;
  }

  set(name: string, value: unknown): void {
    this.values = { ...this.values, [name]: value };
  }

  saveAsync(callback?: (result: { status: string }) => void): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.values));
    } catch {
      // Storage blocked: the settings live as long as the page.
    }
    setTimeout(() => callback?.({ status: 'succeeded' }), 0);
  }
}

export function installOfficeStub(excel: FakeExcel, options: StubOptions): void {
  const settings = new StoredSettings(options.settingsKey);
  const ready = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: typeof ready) => void) =>
      Promise.resolve().then(() => {
        callback?.(ready);
        return ready;
      }),
    context: {
      displayLanguage: options.displayLanguage,
      document: { settings },
      // The fake models everything the host feature-checks (up to ExcelApi 1.9).
      requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && Number(version ?? '1.1') <= 1.9 },
    },
  };
  const excelGlobal = {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
      try {
        return await excel.run(batch);
      } finally {
        options.onChange();
      }
    },
  };
  Object.assign(globalThis, { Office: office, Excel: excelGlobal });
}
