// A tiny static file server on a loopback port for the browser tests and the benchmark:
// serves dist/ (the built app), optionally with ./data/ mapped to another layers directory.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Resolve a URL path inside a root, refusing anything that escapes it. */
function fileIn(root: string, urlPath: string): string | undefined {
  const path = resolve(join(root, normalize(decodeURIComponent(urlPath))));
  return path === root || path.startsWith(root + sep) ? path : undefined;
}

export async function serveStatic(root: string, options: { dataDir?: string } = {}): Promise<StaticServer> {
  const rootDir = resolve(root);
  const dataDir = options.dataDir && resolve(options.dataDir);
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = dataDir && urlPath.startsWith('/data/') ? fileIn(dataDir, urlPath.slice('/data/'.length)) : fileIn(rootDir, urlPath);
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !statSync(file).isFile()) throw new Error('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
