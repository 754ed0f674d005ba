#!/usr/bin/env node
// Writes FILE.br (Brotli, quality 11) and FILE.gz (gzip -9) beside every file under a folder, as a
// static host serves them (docs/HOSTING.md) and tools/serve.mjs sends them by Accept-Encoding.
// The web build runs it over build/web/site; the release over its hashed site. A copy newer than
// its file is kept with --changed (only changed files are compressed again).
// Usage: node tools/precompress.mjs DIR [--changed]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Every file under dir, in sorted order (the release lists and zips them in this order too).
export function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path)); else out.push(path);
  }
  return out.sort();
}

const newer = (copy, than) => { try { return statSync(copy).mtimeMs >= than; } catch { return false; } };

// Returns the paths compressed.
export function precompress(dir, { all = true } = {}) {
  const done = [];
  for (const path of filesUnder(dir).filter((p) => !/\.(br|gz)$/.test(p))) {
    const mtime = statSync(path).mtimeMs;
    if (!all && newer(path + '.br', mtime) && newer(path + '.gz', mtime)) continue;
    const bytes = readFileSync(path);
    writeFileSync(path + '.br', brotliCompressSync(bytes, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
    writeFileSync(path + '.gz', gzipSync(bytes, { level: 9 }));  // node writes no time or name
    done.push(path);
  }
  return done;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) { console.error('usage: node tools/precompress.mjs DIR [--changed]'); process.exit(2); }
  const done = precompress(dir, { all: !process.argv.includes('--changed') });
  console.log(`precompress: ${done.length} file(s) under ${dir} compressed (.br, .gz)`);
}
