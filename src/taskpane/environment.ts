// What the pane needs from its surroundings, built from Office's globals. The playground installs
// stand-ins for those globals and builds the same environment, so the pane cannot tell them apart.
import type { Lang } from '../core/types';
import type { ExcelRun } from '../hosts/excel';
import type { WorkbookHost } from '../hosts/types';
import { languageOf, storedLanguage, type LanguageStore } from './language';
import { defaultSettings, documentSettingsStore, type PaneSettings, type SettingsLike, type SettingsStore } from './settings';

export { languageOf } from './language';

export interface PaneHost extends WorkbookHost {
  selectAddress(address: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
}

export interface PaneEnvironment {
  /** The workbook, with its messages in the given language (they follow the pane's language switch). */
  hostFor(lang: Lang): PaneHost;
  store: SettingsStore;
  /** Office's display language; the user's own choice in `languages` wins over it. */
  officeLang: Lang;
  languages: LanguageStore;
  defaults: PaneSettings;
}

interface OfficeGlobals {
  Office?: { context?: { displayLanguage?: string; document?: { settings?: SettingsLike } } };
  Excel?: { run: ExcelRun };
}

export function officeEnvironment(overrides: Partial<PaneSettings> = {}): PaneEnvironment {
  const globals = globalThis as unknown as OfficeGlobals;
  const excel = globals.Excel;
  if (!excel) throw new Error('Excel is not available');
  const officeLang = languageOf(globals.Office?.context?.displayLanguage ?? globalThis.navigator?.language);
  const defaults = defaultSettings(overrides);
  const hosts = new Map<Lang, PaneHost>();
  const hostFor = (lang: Lang): PaneHost => {
    const host =
      hosts.get(lang) ??
      lazyHost(async () => {
        const { ExcelWorkbookHost } = await import(/* webpackChunkName: "excel-host" */ '../hosts/excel');
        return new ExcelWorkbookHost((batch) => excel.run(batch), { lang });
      });
    hosts.set(lang, host);
    return host;
  };
  return { hostFor, store: documentSettingsStore(globals.Office?.context?.document?.settings, defaults), officeLang, languages: storedLanguage(), defaults };
}

/** The language the pane opens in. */
export function startLanguage(env: Pick<PaneEnvironment, 'officeLang' | 'languages'>): Lang {
  return env.languages.load() ?? env.officeLang;
}

/**
 * A host whose code loads on first use: the Office.js host (reading and, mostly, writing sheets)
 * is not needed to show the first screen, so it arrives with the pane's first workbook call.
 */
export function lazyHost(load: () => Promise<PaneHost>): PaneHost {
  let loading: Promise<PaneHost> | undefined;
  const host = () => (loading ??= load());
  return {
    listSources: async () => (await host()).listSources(),
    read: async (source) => (await host()).read(source),
    readForRun: async (source, ownRoles) => (await host()).readForRun(source, ownRoles),
    writeReport: async (model) => (await host()).writeReport(model),
    selectAddress: async (address) => (await host()).selectAddress(address),
    activateSheet: async (name) => (await host()).activateSheet(name),
  };
}
