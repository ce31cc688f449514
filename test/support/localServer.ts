// What every local stand-in for api.statbank.dk shares: 127.0.0.1 on a random port, cross-origin
// GET allowed as on the real service (the task pane runs on another port), a log of every request
// (preflights marked "OPTIONS …"), and a close() that ends open connections so no test leaves a
// socket behind.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LocalServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** `handle` sees only the real requests; preflights and CORS headers are answered here. */
export async function startLocalServer(
  log: string[],
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => void,
): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      log.push(`OPTIONS ${url.pathname}${url.search}`);
      answerPreflight(res);
      return;
    }
    log.push(`${url.pathname}${url.search}`);
    handle(req, res, url);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A CORS preflight: GET from anywhere, with whatever headers the page asked to send. */
export function answerPreflight(res: ServerResponse): void {
  res.writeHead(204, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}
