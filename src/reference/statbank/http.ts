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
  /**
   * The run's overall deadline (ms since epoch on `clock`), or undefined for none. No attempt
   * outlives it and no retry starts after it: a run waits for StatBank at most this long.
   */
  deadline?: number;
  /** Wall clock for the deadline; real time, not the cache clock tests move. */
  clock: () => number;
  /** The deadline's length, for the message. */
  deadlineMs?: number;
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
      const wait = settings.backoffMs * 2 ** (attempt - 1);
      // A retry that could only start after the deadline would not be answered in time anyway.
      if (settings.deadline !== undefined && settings.clock() + wait >= settings.deadline) throw error;
      await settings.sleep(wait);
    }
  }
}

/** Like getText, then JSON.parse with malformed and cut-off answers told apart. */
export async function getJson(url: string, table: string, lang: Lang, settings: HttpSettings): Promise<unknown> {
  const text = await getText(url, table, 'json', lang, settings);
  return parseJsonBody(text, table, lang);
}

/**
 * The body as JSON. It arrived whole (a body cut off in transit fails in the transport, see
 * attemptOnce), so a body that does not parse was written wrongly: MALFORMED, never TRUNCATED.
 */
export function parseJsonBody(text: string, table: string, lang: Lang): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new StatbankError('MALFORMED', { table, detail: error instanceof Error ? error.message : String(error) }, lang);
  }
}

/** The run's deadline has passed (or would pass before an answer): not retryable. */
export function deadlineError(table: string, settings: Pick<HttpSettings, 'deadlineMs'>, lang: Lang): StatbankError {
  const seconds = Math.round((settings.deadlineMs ?? 0) / 100) / 10;
  return new StatbankError('DEADLINE', { table, seconds }, lang);
}

async function attemptOnce(ctx: Context, expected: Expected, settings: HttpSettings): Promise<string> {
  const left = settings.deadline === undefined ? Number.POSITIVE_INFINITY : settings.deadline - settings.clock();
  if (left <= 0) throw deadlineError(ctx.table, settings, ctx.lang);
  // The attempt's own limit, or what is left of the run's, whichever ends first.
  const cappedByDeadline = left < settings.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), cappedByDeadline ? left : settings.timeoutMs);
  let response: Response;
  let text: string;
  try {
    settings.onRequest();
    try {
      response = await settings.fetch(ctx.url, { method: 'GET', signal: controller.signal });
    } catch (error) {
      throw transportError(error, controller.signal.aborted, cappedByDeadline, false, ctx, settings);
    }
    try {
      text = await response.text();
    } catch (error) {
      // Headers arrived, the body did not finish: the connection was cut or the clock ran out.
      throw transportError(error, controller.signal.aborted, cappedByDeadline, true, ctx, settings);
    }
  } finally {
    clearTimeout(timer);
  }
  checkStatus(response, text, ctx);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new StatbankError('EMPTY', { table: ctx.table }, ctx.lang);
  checkContentType(response.headers.get('content-type'), expected, ctx);
  if (expected === 'json') checkErrorBody(response.status, text, ctx);
  return text;
}

function transportError(
  error: unknown, timedOut: boolean, cappedByDeadline: boolean, bodyStarted: boolean, ctx: Context, settings: HttpSettings,
): StatbankError {
  if (timedOut && cappedByDeadline) return deadlineError(ctx.table, settings, ctx.lang);
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

/**
 * DST's error shape in a 2xx answer (a proxy or gateway can turn a 400 into a 200): DST's own code
 * and message are kept rather than reported as an answer of the wrong shape.
 */
function checkErrorBody(status: number, text: string, ctx: Context): void {
  // Data answers run to megabytes; an error body is a few hundred bytes and names its code.
  if (text.length > 20_000 || !text.includes('"errorTypeCode"')) return;
  const body = dstErrorBody(text);
  if (!body) return;
  const code = isDstErrorCode(body.errorTypeCode) ? body.errorTypeCode : 'DST-OTHER';
  throw new StatbankError(code, { table: ctx.table, status, url: ctx.url, attempts: ctx.attempts, code: body.errorTypeCode, dstMessage: body.message }, ctx.lang, false, status);
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

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? code : error.message;
  }
  return String(error);
}
