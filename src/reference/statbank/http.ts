// One GET against StatBank with a time limit, retries and a clear error for every way it can go
// wrong. Uses only global fetch and AbortController, so it runs in Node 20 and in the task pane.
// Plain GET without custom headers keeps browser requests "simple" (no CORS preflight).
import type { Lang } from '../../core/types';
import { isDstErrorCode, StatbankError } from './errors';

export interface HttpSettings {
  fetch: typeof fetch;
  timeoutMs: number;
  /** Extra attempts after the first, for network errors, timeouts and 5xx only. */
  retries: number;
  /** First wait between attempts; doubles each time. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Called once per HTTP request actually sent. */
  onRequest: () => void;
}

export type Expected = 'json' | 'csv';

interface Context {
  url: string;
  table: string;
  lang: Lang;
  attempts: number;
}

/** Fetches `url` and returns the body text, already checked for status, content type and emptiness. */
export async function getText(url: string, table: string, expected: Expected, lang: Lang, settings: HttpSettings): Promise<string> {
  const total = settings.retries + 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce({ url, table, lang, attempts: attempt }, expected, settings);
    } catch (error) {
      const retry = error instanceof StatbankError && error.retryable && attempt < total;
      if (!retry) throw error;
      await settings.sleep(settings.backoffMs * 2 ** (attempt - 1));
    }
  }
}

/** Like getText, then JSON.parse with malformed and cut-off answers told apart. */
export async function getJson(url: string, table: string, lang: Lang, settings: HttpSettings): Promise<unknown> {
  const text = await getText(url, table, 'json', lang, settings);
  return parseJsonBody(text, table, lang);
}

export function parseJsonBody(text: string, table: string, lang: Lang): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StatbankError(looksCutOff(text) ? 'TRUNCATED' : 'MALFORMED', { table }, lang);
  }
}

async function attemptOnce(ctx: Context, expected: Expected, settings: HttpSettings): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  let response: Response;
  let text: string;
  try {
    settings.onRequest();
    try {
      response = await settings.fetch(ctx.url, { method: 'GET', signal: controller.signal });
    } catch (error) {
      throw transportError(error, controller.signal.aborted, false, ctx, settings);
    }
    try {
      text = await response.text();
    } catch (error) {
      // Headers arrived, the body did not finish: the connection was cut or the clock ran out.
      throw transportError(error, controller.signal.aborted, true, ctx, settings);
    }
  } finally {
    clearTimeout(timer);
  }
  checkStatus(response, text, ctx);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new StatbankError('EMPTY', { table: ctx.table }, ctx.lang);
  checkContentType(response.headers.get('content-type'), expected, ctx);
  return text;
}

function transportError(error: unknown, timedOut: boolean, bodyStarted: boolean, ctx: Context, settings: HttpSettings): StatbankError {
  if (timedOut) {
    const seconds = Math.round(settings.timeoutMs / 100) / 10;
    return new StatbankError('TIMEOUT', { table: ctx.table, seconds, attempts: ctx.attempts }, ctx.lang, true);
  }
  if (bodyStarted) return new StatbankError('TRUNCATED', { table: ctx.table }, ctx.lang, true);
  return new StatbankError('NETWORK', { table: ctx.table, detail: describe(error) }, ctx.lang, true);
}

function checkStatus(response: Response, text: string, ctx: Context): void {
  const status = response.status;
  if (status >= 200 && status < 300) return;
  const params = { table: ctx.table, status, url: ctx.url, attempts: ctx.attempts };
  if (status >= 500) throw new StatbankError('SERVER', params, ctx.lang, true, status);
  if (status === 404) throw new StatbankError('NOT-FOUND', params, ctx.lang, false, status);
  const body = dstErrorBody(text);
  if (body) {
    const code = isDstErrorCode(body.errorTypeCode) ? body.errorTypeCode : 'DST-OTHER';
    throw new StatbankError(code, { ...params, code: body.errorTypeCode, dstMessage: body.message }, ctx.lang, false, status);
  }
  throw new StatbankError('HTTP', params, ctx.lang, false, status);
}

function dstErrorBody(text: string): { errorTypeCode: string; message: string } | undefined {
  try {
    const body = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (body && typeof body.errorTypeCode === 'string') {
      return { errorTypeCode: body.errorTypeCode, message: typeof body.message === 'string' ? body.message : '' };
    }
  } catch {
    // Not DST's error shape; the status alone will have to do.
  }
  return undefined;
}

function checkContentType(header: string | null, expected: Expected, ctx: Context): void {
  // No header at all: let the parser decide rather than refuse a possibly good answer.
  if (!header) return;
  const type = header.toLowerCase();
  const ok = expected === 'json'
    ? type.includes('json')
    : /text\/(csv|plain)|application\/(csv|octet-stream|vnd\.ms-excel)/.test(type);
  if (!ok) throw new StatbankError('CONTENT-TYPE', { table: ctx.table, url: ctx.url, contentType: header }, ctx.lang);
}

/** JSON that stops before its brackets close was cut off rather than written wrongly. */
function looksCutOff(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!/^[[{]/.test(body)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth > 0 || inString;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? code : error.message;
  }
  return String(error);
}
