// The pane's language: the user's own choice (dansk/English), remembered per user in the
// browser's storage, else Office's display language. Per user, not per workbook: a finance officer
// who reads English reads it in every workbook, while the run settings belong to the workbook.
import type { Lang } from '../core/types';

export const LANGUAGE_KEY = 'pejlemaerke.language';

export interface LanguageStore {
  /** The user's choice, or undefined when they never chose (then Office's language counts). */
  load(): Lang | undefined;
  save(lang: Lang): void;
}

/** Danish unless Office (or the browser) says another language. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? 'da').toLowerCase().startsWith('da') ? 'da' : 'en';
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Kept in localStorage; where storage is blocked the choice lasts as long as the pane. */
export function storedLanguage(storage: StorageLike | undefined = safeLocalStorage()): LanguageStore {
  let memory: Lang | undefined;
  return {
    load: () => {
      try {
        const value = storage?.getItem(LANGUAGE_KEY);
        return value === 'da' || value === 'en' ? value : memory;
      } catch {
        return memory;
      }
    },
    save: (lang) => {
      memory = lang;
      try {
        storage?.setItem(LANGUAGE_KEY, lang);
      } catch {
        // Storage blocked (private mode, policy): the choice stays in memory.
      }
    },
  };
}

function safeLocalStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
