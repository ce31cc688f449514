// One error type for everything that can go wrong between Pejlemærke and StatBank. The message
// is rendered from the string table; `code` and `params` let a shell re-render it in the other
// language, and `retryable` tells the client whether another attempt can help.
import type { Lang } from '../../core/types';
import { t } from '../../i18n';

export type Params = Record<string, string | number>;

/** Codes DST itself sends in the body of an HTTP 400. */
export const DST_ERROR_CODES = [
  'EXTRACT-NOTFOUND', 'EXTRACT-NOTALLOWED', 'REQUEST-MISSING', 'REQUEST-EMPTY', 'REQUEST-LANGUAGE', 'REQUEST-LIMIT',
] as const;

export type StatbankErrorCode =
  | (typeof DST_ERROR_CODES)[number]
  | 'DST-OTHER' | 'NOT-FOUND' | 'HTTP' | 'SERVER' | 'TIMEOUT' | 'DEADLINE' | 'NETWORK'
  | 'MALFORMED' | 'TRUNCATED' | 'CONTENT-TYPE' | 'EMPTY' | 'SHAPE'
  | 'UNKNOWN-VARIABLE' | 'UNKNOWN-VALUE' | 'MISSING-VARIABLE' | 'NO-YEAR';

/** Renders a statbank string from the one string table, with decimals in the reader's style. */
export function statbankText(key: string, lang: Lang, params: Params = {}): string {
  const rendered = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, render(value, lang)]));
  return t(key, lang, rendered);
}

/** Numbers in the reader's language: 0,2 in Danish, 0.2 in English. */
function render(value: string | number, lang: Lang): string {
  return typeof value === 'number' && lang === 'da' ? String(value).replace('.', ',') : String(value);
}

export class StatbankError extends Error {
  constructor(
    readonly code: StatbankErrorCode,
    readonly params: Params,
    readonly lang: Lang,
    /** Whether another attempt could succeed: network failures, timeouts, 5xx. Never a 4xx. */
    readonly retryable = false,
    /** HTTP status when there was one. */
    readonly status?: number,
  ) {
    super(statbankText(`statbank.error.${code}`, lang, params));
    this.name = 'StatbankError';
  }

  /** The same error in another language. */
  messageIn(lang: Lang): string {
    return statbankText(`statbank.error.${this.code}`, lang, this.params);
  }
}

export function isDstErrorCode(code: string): code is (typeof DST_ERROR_CODES)[number] {
  return (DST_ERROR_CODES as readonly string[]).includes(code);
}
