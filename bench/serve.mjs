// @ts-check
/**
 * A tiny static file server for the benchmark pages: GET only, files under the given folders,
 * no caching headers (each page load is a fresh load), text gzip-compressed (level 9) when the
 * browser accepts it, as a CDN serves it; 127.0.0.1 on a free port.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
});

/**
 * @param {Record<string, string>} mounts URL prefix (`/site/`) → folder
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(mounts) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const prefix = Object.keys(mounts)
      .filter((p) => path.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    const folder = prefix === undefined ? undefined : mounts[prefix];
    if (request.method !== 'GET' || prefix === undefined || folder === undefined) {
      response.writeHead(request.method === 'GET' ? 404 : 405).end();
      return;
    }
    const rest = path.slice(prefix.length);
    const file = resolve(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
    if (file !== folder && !file.startsWith(folder + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const gzip =
          /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) &&
          /^(text\/|application\/json)/.test(type);
        response.writeHead(200, {
          'content-type': type,
          'cache-control': 'no-store',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        });
        response.end(gzip ? gzipSync(body, { level: 9 }) : body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('serve: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
