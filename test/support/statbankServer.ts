// A local stand-in for api.statbank.dk: replays recorded answers (routed by path + query, order
// of parameters and of values not significant) and injects faults on demand, so the client and
// its fallbacks can be tested against every way the real service can fail. 127.0.0.1, random
// port; close() ends every open connection so no test leaves a socket behind.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { startLocalServer } from './localServer';

export interface RecordedAnswer {
  status?: number;
  contentType?: string;
  body: string;
}

export interface RouteRecord {
  path: string;
  query: Record<string, string>;
  file: string;
  contentType?: string;
}

export type Fault =
  | { kind: 'hang' }
  | { kind: 'slowBody'; delayMs: number }
  | { kind: 'slowHeaders'; delayMs: number }
  | { kind: 'status'; status: number }
  | { kind: 'dstError'; code: string; message?: string }
  | { kind: 'notFound' }
  | { kind: 'malformed' }
  | { kind: 'truncated' }
  | { kind: 'contentType' }
  | { kind: 'empty' }
  | { kind: 'reset' }
  /** DST's error shape with HTTP 200, as a gateway may pass it on. */
  | { kind: 'dstError200'; code: string; message?: string }
  /** DST's REQUEST-LIMIT (HTTP 400) for any request estimated above `maxCells`; smaller ones pass. */
  | { kind: 'requestLimit'; maxCells: number };

/** Which requests a fault hits: a path prefix and/or a query parameter holding a value (e.g. FUNKTION 64550). */
export interface FaultMatch {
  times?: number;
  pathPrefix?: string;
  param?: string;
  value?: string;
}

interface ArmedFault {
  fault: Fault;
  remaining: number;
  match: FaultMatch;
}

/** Armed faults, shared by the recorded-answer server and the synthetic one. */
export class FaultBoard {
  private readonly armed: ArmedFault[] = [];

  inject(fault: Fault, match: FaultMatch = {}): void {
    this.armed.push({ fault, remaining: match.times ?? Number.POSITIVE_INFINITY, match });
  }

  clear(): void {
    this.armed.length = 0;
  }

  /** The first armed fault this request meets (and uses up one of its times), if any. */
  take(url: URL): Fault | undefined {
    const hit = this.armed.find((a) => a.remaining > 0 && matches(a, url));
    if (hit) hit.remaining--;
    return hit?.fault;
  }
}

function matches(armed: ArmedFault, url: URL): boolean {
  const { pathPrefix, param, value } = armed.match;
  if (pathPrefix && !url.pathname.startsWith(pathPrefix)) return false;
  if (param !== undefined) {
    const values = (url.searchParams.get(param) ?? '').split(',');
    if (value !== undefined ? !values.includes(value) : values.join('') === '') return false;
  }
  if (armed.fault.kind === 'requestLimit') return estimatedCells(url) > armed.fault.maxCells;
  return true;
}

/** DST's estimate: the product of the selected value counts × (selected variables + 1). */
export function estimatedCells(url: URL): number {
  const variables = [...url.searchParams.entries()].filter(([key]) => !['lang', 'valuePresentation', 'format', 'delimiter'].includes(key));
  return variables.reduce((product, [, raw]) => product * raw.split(',').length, 1) * (variables.length + 1);
}

export interface StatbankTestServer {
  baseUrl: string;
  /** Every request seen, as path + '?' + raw query. */
  log: string[];
  /** Arms a fault for the next `times` matching requests (default: all of them). */
  inject(fault: Fault, options?: FaultMatch): void;
  clearFaults(): void;
  addRoute(pathname: string, query: Record<string, string>, answer: RecordedAnswer): void;
  close(): Promise<void>;
}

/** Route key: path plus parameters sorted by name, each parameter's comma-separated values sorted. */
export function routeKey(pathname: string, query: Iterable<[string, string]>): string {
  const parts = [...query].map(([k, v]) => `${k}=${v.split(',').sort().join(',')}`).sort();
  return `${pathname}?${parts.join('&')}`;
}

/** Loads routes.constructed.json from a fixture folder: recorded answers for the test server. */
export function loadRecordedRoutes(folder: string): Map<string, RecordedAnswer> {
  const records = JSON.parse(readFileSync(path.join(folder, 'routes.constructed.json'), 'utf8')) as RouteRecord[];
  const routes = new Map<string, RecordedAnswer>();
  for (const r of records) {
    routes.set(routeKey(r.path, Object.entries(r.query)), {
      status: 200,
      contentType: r.contentType ?? 'text/json; charset=utf-8',
      body: readFileSync(path.join(folder, r.file), 'utf8'),
    });
  }
  return routes;
}

export async function startStatbankServer(routes: Map<string, RecordedAnswer> = new Map()): Promise<StatbankTestServer> {
  const faults = new FaultBoard();
  const log: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const fault = faults.take(url);
    const answer = routes.get(routeKey(url.pathname, url.searchParams.entries()));
    if (fault) {
      applyFault(fault, req, res, answer?.body, later);
      return;
    }
    if (!answer) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html><body>404 Not Found</body></html>');
      return;
    }
    send(res, answer.status ?? 200, answer.contentType ?? 'text/json; charset=utf-8', answer.body);
  };

  const server = await startLocalServer(log, handle);

  return {
    baseUrl: server.baseUrl,
    log,
    inject(fault, options = {}) {
      faults.inject(fault, options);
    },
    clearFaults() {
      faults.clear();
    },
    addRoute(pathname, query, answer) {
      routes.set(routeKey(pathname, Object.entries(query)), answer);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await server.close();
    },
  };
}


function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': bytes.length });
  res.end(bytes);
}

/** Answers a request the way the fault says; `good` is the answer it would have had, where a fault needs one. */
export function applyFault(
  fault: Fault, req: IncomingMessage, res: ServerResponse, good: string | undefined, later: (ms: number, run: () => void) => void,
): void {
  const body = good ?? '{"dataset":{}}';
  switch (fault.kind) {
    case 'hang':
      return; // Never answers; close() destroys the socket.
    case 'slowHeaders':
      later(fault.delayMs, () => send(res, 200, 'text/json; charset=utf-8', body));
      return;
    case 'slowBody': {
      const bytes = Buffer.from(body, 'utf8');
      res.writeHead(200, { 'Content-Type': 'text/json; charset=utf-8', 'Content-Length': bytes.length });
      res.write(bytes.subarray(0, 1));
      later(fault.delayMs, () => res.end(bytes.subarray(1)));
      return;
    }
    case 'status':
      send(res, fault.status, 'text/html; charset=utf-8', `<html><body>${fault.status}</body></html>`);
      return;
    case 'dstError':
      send(res, 400, 'text/json; charset=utf-8', JSON.stringify({ errorTypeCode: fault.code, message: fault.message ?? `Test: ${fault.code}` }));
      return;
    case 'notFound':
      send(res, 404, 'text/html; charset=utf-8', '<html><body>Not found</body></html>');
      return;
    case 'malformed':
      send(res, 200, 'text/json; charset=utf-8', '{"dataset": {"dimension": oops}}');
      return;
    case 'truncated': {
      // Promises the whole body, sends half, then cuts the connection.
      const bytes = Buffer.from(body, 'utf8');
      res.writeHead(200, { 'Content-Type': 'text/json; charset=utf-8', 'Content-Length': bytes.length });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => req.socket.destroy());
      return;
    }
    case 'contentType':
      send(res, 200, 'text/html; charset=utf-8', '<html><body>Log ind på netværket for at fortsætte</body></html>');
      return;
    case 'empty':
      send(res, 200, 'text/json; charset=utf-8', '');
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'dstError200':
      send(res, 200, 'text/json; charset=utf-8', JSON.stringify({ errorTypeCode: fault.code, message: fault.message ?? `Test: ${fault.code}` }));
      return;
    case 'requestLimit':
      send(res, 400, 'text/json; charset=utf-8', JSON.stringify({
        errorTypeCode: 'REQUEST-LIMIT', message: `Udtrækket er for stort (grænse i testen: ${fault.maxCells})`,
      }));
      return;
  }
}
