#!/usr/bin/env node
// Serves a folder on 127.0.0.1 for the page and its tests: correct types (application/wasm),
// gzip when the browser accepts it (compressed at start), no caching, nothing outside the folder.
// Usage: node tools/serve.mjs DIR [PORT]   (PORT 0 picks a free one; the URL is printed)
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream', '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

// Every file under dir, compressed before the server listens (as a static host serves
// pre-compressed files), so no request waits for gzip.
async function gzipAll(dir, into) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { await gzipAll(path, into); continue; }
    const info = await stat(path);
    into.set(path, { mtime: info.mtimeMs, body: gzipSync(await readFile(path), { level: 9 }) });
  }
}

export async function startServer(dir, port = 0) {
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
      const headers = { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      let body;
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        let cached = gzipped.get(path);
        if (!cached || cached.mtime !== info.mtimeMs) {
          cached = { mtime: info.mtimeMs, body: gzipSync(await readFile(path), { level: 9 }) };
          gzipped.set(path, cached);
        }
        body = cached.body;
        headers['Content-Encoding'] = 'gzip';
      } else {
        body = await readFile(path);
      }
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
