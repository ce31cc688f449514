// `npm run playground`: builds the playground page (webpack --env playground) and serves it on
// 127.0.0.1 with the example workbooks as JSON at /examples/<name>.json, read with the xlsx host,
// so the page itself never bundles ExcelJS. Also used by the browser test (startPlayground).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { CellGrid } from '../src/core/types';
import { XlsxWorkbook } from '../src/hosts/xlsx';

/** The project root, whether this runs from scripts/ (ts-jest) or dist/scripts/ (compiled). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'webpack.config.js'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error(`No project root above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The shape FakeExcel.fromGrids takes (kept here so the CLI build need not compile the fake). */
export interface ExampleWorkbook {
  grids: CellGrid[];
  tables: { name: string; sheet: string; range: string }[];
}

/** Every visible sheet's used range and every table of an .xlsx file, as the fake is seeded. */
export async function exampleWorkbook(file: string): Promise<ExampleWorkbook> {
  const workbook = await XlsxWorkbook.open(file);
  const sources = await workbook.listSources();
  const grids: CellGrid[] = [];
  for (const sheet of sources.sheets) grids.push(await workbook.read({ kind: 'range', sheet }));
  return { grids, tables: sources.tables.map((table) => ({ name: table.name, sheet: table.sheet, range: table.range })) };
}

/** Builds dist/playground with webpack's Node API (development mode: quick, unminified). */
export function buildPlayground(root = projectRoot(), production = false): Promise<void> {
  return runWebpack(root, { playground: true }, production ? 'production' : 'development');
}

/** Runs this project's webpack config with `env` through webpack's Node API. */
export function runWebpack(root: string, env: Record<string, unknown>, mode: 'production' | 'development'): Promise<void> {
  // webpack is a dev tool: loaded only when a build is asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(join(root, 'node_modules', 'webpack')) as (config: unknown) => {
    run(callback: (error: Error | null, stats?: { hasErrors(): boolean; toString(options: unknown): string }) => void): void;
    close(callback: () => void): void;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFor = require(join(root, 'webpack.config.js')) as (env: unknown, argv: unknown) => unknown;
  const previous = process.cwd();
  process.chdir(root);
  const compiler = webpack(configFor(env, { mode }));
  return new Promise<void>((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      process.chdir(previous);
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** True when `built` is missing or any file under `sources` changed after it. */
export function isStale(built: string, sources: string[]): boolean {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const newer = (path: string): boolean => {
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs > builtAt;
    return readdirSync(path).some((name) => newer(join(path, name)));
  };
  return sources.some((source) => existsSync(source) && newer(source));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
};

export interface PlaygroundServer {
  url: string;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  root?: string;
  port?: number;
  /** Build the page first: always, never, or 'auto' (default: when missing or older than src/). */
  build?: boolean | 'auto';
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<PlaygroundServer> {
  const root = options.root ?? projectRoot();
  const pageDir = join(root, 'dist', 'playground');
  const build = options.build ?? 'auto';
  if (build === true || (build === 'auto' && isStale(join(pageDir, 'index.html'), [join(root, 'src'), join(root, 'webpack.config.js')]))) {
    await buildPlayground(root);
  }
  const examplesDir = join(root, 'examples');
  const names = readdirSync(examplesDir).filter((f) => f.endsWith('.xlsx')).map((f) => f.slice(0, -5)).sort((a, b) => (a === 'kommune-budget' ? -1 : b === 'kommune-budget' ? 1 : a.localeCompare(b)));
  const cache = new Map<string, string>();

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/examples/index.json') return send(res, 200, TYPES['.json'], JSON.stringify(names));
    const example = /^\/examples\/([^/]+)\.json$/.exec(path)?.[1];
    if (example !== undefined) {
      if (!names.includes(example)) return send(res, 404, 'text/plain', `No example ${example}`);
      if (!cache.has(example)) cache.set(example, JSON.stringify(await exampleWorkbook(join(examplesDir, `${example}.xlsx`))));
      return send(res, 200, TYPES['.json'], cache.get(example) as string);
    }
    const file = normalize(join(pageDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(pageDir + sep) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', error instanceof Error ? error.message : String(error)));
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3100);
  console.log('Building the playground …');
  startPlayground({ port, build: true }).then(
    (server) => console.log(`Pejlemærke playground: ${server.url}  (Ctrl+C stops it)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
