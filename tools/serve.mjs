#!/usr/bin/env node
// Serves a folder on 127.0.0.1 for the page and its tests, with the headers a school's web host
// is asked to send (docs/HOSTING.md): the Content-Security-Policy, nosniff, correct types
// (application/wasm), long caching for content-hashed names and no-cache for the rest. A file's
// precompressed copy beside it (FILE.br, FILE.gz, as in a release) is sent when the browser
// accepts it; otherwise gzip made in memory. Nothing outside the folder. The web build keeps the
// copies up to date (tools/precompress.mjs).
// Usage: node tools/serve.mjs DIR [PORT]   (PORT 0 picks a free one; the URL is printed)
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream', '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};

// The page's own origin only; 'wasm-unsafe-eval' lets it compile its WebAssembly module; no inline
// script or style, no eval, nothing fetched elsewhere; images also from blob: (the picture the app
// draws, shown in the printed handout). docs/HOSTING.md gives hosts the same line.
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
  "style-src 'self'; img-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
// tools/release.mjs names every file but index.html NAME.<12 hex digits of its SHA-256>.EXT: such a
// name never changes content, so it may be cached for a year.
export const HASHED_NAME = /\.[0-9a-f]{12}\.[a-z0-9]+$/;
export function cacheControl(path) {
  return HASHED_NAME.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// Every file under dir, gzipped before the server listens (as a static host serves pre-compressed
// files), so no request waits for gzip.
async function gzipAll(dir, into) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { await gzipAll(path, into); continue; }
    if (path.endsWith('.br') || path.endsWith('.gz')) continue;
    const info = await stat(path);
    into.set(path, { mtime: info.mtimeMs, body: gzipSync(await readFile(path), { level: 9 }) });
  }
}

function accepts(req, encoding) {
  return new RegExp(`\\b${encoding}\\b`).test(req.headers['accept-encoding'] || '');
}

// { body, encoding } for path: the precompressed copy the browser accepts (br before gzip), else
// gzip from memory, else the file itself.
async function bodyFor(req, path, info, gzipped) {
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepts(req, encoding)) continue;
    const copy = await readFile(path + suffix).catch(() => null);
    if (copy) return { body: copy, encoding };
  }
  if (accepts(req, 'gzip')) {
    let cached = gzipped.get(path);
    if (!cached || cached.mtime !== info.mtimeMs) {
      cached = { mtime: info.mtimeMs, body: gzipSync(await readFile(path), { level: 9 }) };
      gzipped.set(path, cached);
    }
    return { body: cached.body, encoding: 'gzip' };
  }
  return { body: await readFile(path), encoding: null };
}

// securityHeaders: false only for pages of our own tools that are not the atlas (the bench's bare
// floor pages use inline script).
export async function startServer(dir, port = 0, { securityHeaders = true } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();  // path -> { mtime, body }: a file changed since is compressed again
  await gzipAll(root, gzipped).catch(() => {});  // a missing folder answers 404s below
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) { res.writeHead(403).end('forbidden'); return; }
      let info = await stat(path).catch(() => null);
      if (info && info.isDirectory()) { path = join(path, 'index.html'); info = await stat(path).catch(() => null); }
      if (!info) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const headers = { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
        'Cache-Control': cacheControl(path), 'Vary': 'Accept-Encoding', ...(securityHeaders ? SECURITY_HEADERS : {}) };
      const { body, encoding } = await bodyFor(req, path, info, gzipped);
      if (encoding) headers['Content-Encoding'] = encoding;
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });
  return await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'build/web/site';
  const port = Number(process.argv[3] ?? 8000);
  const { url } = await startServer(dir, port);
  console.log(`Serving ${dir} at ${url}  (Ctrl+C to stop)`);
}
