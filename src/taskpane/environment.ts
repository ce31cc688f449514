// What the pane needs from its surroundings, built from Office's globals. The playground installs
// stand-ins for those globals and builds the same environment, so the pane cannot tell them apart.
import type { Lang } from '../core/types';
import { ExcelWorkbookHost, type ExcelRun } from '../hosts/excel';
import type { WorkbookHost } from '../hosts/types';
import { defaultSettings, documentSettingsStore, type PaneSettings, type SettingsLike, type SettingsStore } from './settings';

export interface PaneHost extends WorkbookHost {
  selectAddress(address: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
}

export interface PaneEnvironment {
  host: PaneHost;
  store: SettingsStore;
  lang: Lang;
  defaults: PaneSettings;
}

/** Danish unless Office (or the browser) says another language. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? 'da').toLowerCase().startsWith('da') ? 'da' : 'en';
}

interface OfficeGlobals {
  Office?: { context?: { displayLanguage?: string; document?: { settings?: SettingsLike } } };
  Excel?: { run: ExcelRun };
}

export function officeEnvironment(overrides: Partial<PaneSettings> = {}): PaneEnvironment {
  const globals = globalThis as unknown as OfficeGlobals;
  const excel = globals.Excel;
  if (!excel) throw new Error('Excel is not available');
  const lang = languageOf(globals.Office?.context?.displayLanguage ?? globalThis.navigator?.language);
  const defaults = defaultSettings(overrides);
  const host = new ExcelWorkbookHost((batch) => excel.run(batch), { lang });
  return { host, store: documentSettingsStore(globals.Office?.context?.document?.settings, defaults), lang, defaults };
}
