#!/usr/bin/env node
// Packs a built site (build/web/site) into dist/soviet-atlas-<version>.zip for a school's web host:
//   soviet-atlas-<version>/site/        what to upload: index.html, every other file under a
//                                       content-hashed name (NAME.<12 hex>.EXT), each beside its
//                                       precompressed copies FILE.br and FILE.gz, and .htaccess
//   soviet-atlas-<version>/HOSTING.md   how to serve it (docs/HOSTING.md)
//   CHANGES.md, LICENSE, NOTICE.md      release notes, the GPL, the data's and fonts' attributions
//   SHA256SUMS                          of every other file in the zip
// The same site and commit give the same zip, byte for byte: sorted entries, fixed times and
// modes, compression without time stamps.
// Usage: node tools/release/make_release.mjs SITE_DIR OUT_DIR   (prints the zip's path)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, precompress } from '../precompress.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function projectVersion() {
  const m = readFileSync(join(root, 'CMakeLists.txt'), 'utf8').match(/project\(\s*\w+\s+VERSION\s+([0-9.]+)/);
  if (!m) throw new Error('CMakeLists.txt: no project(... VERSION x.y.z)');
  return m[1];
}

// The configuration for one kind of server, from docs/HOSTING.md's fenced block of that language:
// the document people copy from is the one the release ships and the release test serves.
export function hostingBlock(language) {
  const m = readFileSync(join(root, 'docs/HOSTING.md'), 'utf8').match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'));
  if (!m) throw new Error(`docs/HOSTING.md: no \`\`\`${language} block`);
  return m[1];
}

// The licence texts of what the release contains besides our own code (NOTICE.md lists them), from
// the pinned sources and packages the build used.
const LICENCE_TEXTS = {
  'imgui.txt': join(root, 'third_party/imgui-src/LICENSE.txt'),
  'sdl2.txt': join(root, 'third_party/sdl2-src/LICENSE.txt'),
  'emscripten.txt': '/usr/share/doc/emscripten/copyright',
  'world-atlas.txt': join(root, 'data/raw/LICENSE.world-atlas'),
  'stb.txt': '/usr/share/doc/libstb-dev/copyright',
};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Replaces each `from` in text with its `to`, and fails if one is not there: a reference the
// release does not rewrite would load a name that no longer exists.
function rewrite(text, pairs, where) {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`${where}: expected to find ${from} to rewrite`);
    text = text.split(from).join(to);
  }
  return text;
}

// The data files index.html asks for ahead (page.js's DATA_FILES).
const PRELOADED_ASSETS = ['map.bin', 'events.json', 'states.json', 'regions.json', 'tour.json',
  'fonts/NotoSans-Regular.subset.ttf', 'fonts/NotoSans-Bold.subset.ttf'].map((f) => `assets/${f}`);

// Renames every file of site but index.html (and the licence texts) to NAME.<hash>.EXT and rewrites
// the references to them in page.css, page.js and index.html (which also names a11y.js, and atlas.js,
// atlas.wasm and the data files to fetch ahead). Returns the old -> new names.
function hashNames(site) {
  const names = {};
  const rename = (rel) => {
    const ext = extname(rel);
    const hashed = `${rel.slice(0, -ext.length)}.${sha256(readFileSync(join(site, rel))).slice(0, 12)}${ext}`;
    renameSync(join(site, rel), join(site, hashed));
    names[rel] = hashed;
  };
  const all = filesUnder(site).map((p) => relative(site, p));
  const late = ['page.css', 'page.js', 'index.html'];  // they name the others: rewritten first
  // The offline file keeps its name: the page links to it, and a teacher saves it under that name.
  const keep = ['atlas-offline.html'];
  for (const rel of all) if (!late.includes(rel) && !keep.includes(rel) && !/\.(txt|md)$/.test(rel)) rename(rel);

  rename('page.css');  // names no other file (page.js gives the page its font)

  const js = join(site, 'page.js');
  const urls = Object.fromEntries(Object.entries(names).filter(([rel]) => /^atlas(-picture)?\.(js|wasm)$/.test(rel) || rel.startsWith('assets/')));
  writeFileSync(js, rewrite(readFileSync(js, 'utf8'), [['const RELEASE_URLS = {};', `const RELEASE_URLS = ${JSON.stringify(urls)};`]], 'page.js'));
  rename('page.js');

  const html = join(site, 'index.html');
  writeFileSync(html, rewrite(readFileSync(html, 'utf8'),
    ['page.css', 'page.js', 'a11y.js', 'favicon.svg', 'atlas.js', 'atlas.wasm', ...PRELOADED_ASSETS]
      .map((rel) => [`"${rel}"`, `"${names[rel]}"`]), 'index.html'));
  return names;
}

export function makeRelease(siteDir, outDir, { epoch } = {}) {
  const version = projectVersion();
  const name = `soviet-atlas-${version}`;
  const stage = join(resolve(outDir), name);
  const zip = join(resolve(outDir), `${name}.zip`);
  rmSync(stage, { recursive: true, force: true });
  rmSync(zip, { force: true });
  const site = join(stage, 'site');
  mkdirSync(stage, { recursive: true });
  cpSync(resolve(siteDir), site, { recursive: true });
  for (const stray of filesUnder(site).filter((p) => /\.(br|gz)$/.test(p))) rmSync(stray);

  hashNames(site);
  precompress(site);
  writeFileSync(join(site, '.htaccess'), hostingBlock('apache'));
  cpSync(join(root, 'docs/HOSTING.md'), join(stage, 'HOSTING.md'));
  cpSync(join(root, 'CHANGES.md'), join(stage, 'CHANGES.md'));
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  cpSync(join(root, 'tools/release/NOTICE.md'), join(stage, 'NOTICE.md'));
  mkdirSync(join(stage, 'licences'));
  for (const [name, from] of Object.entries(LICENCE_TEXTS)) cpSync(from, join(stage, 'licences', name));

  const files = filesUnder(stage);
  writeFileSync(join(stage, 'SHA256SUMS'),
    files.map((p) => `${sha256(readFileSync(p))}  ${relative(stage, p)}\n`).join(''));

  // Same times and modes on every machine, so the zip depends on the contents alone.
  const when = new Date((epoch ?? 315532800) * 1000);  // default 1980-01-01, zip's first date
  for (const p of [...filesUnder(stage), stage]) {
    chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
    utimesSync(p, when, when);
  }
  const dirs = new Set();
  for (const p of filesUnder(stage)) for (let d = dirname(p); d.startsWith(stage); d = dirname(d)) dirs.add(d);
  for (const d of dirs) { chmodSync(d, 0o755); utimesSync(d, when, when); }
  const entries = filesUnder(stage).map((p) => relative(dirname(stage), p)).sort();
  execFileSync('zip', ['-X', '-D', '-q', '-9', zip, '-@'], { cwd: dirname(stage), input: entries.join('\n') + '\n', env: { ...process.env, TZ: 'UTC' } });
  return { zip, stage, version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [siteDir = join(root, 'build/web/site'), outDir = join(root, 'dist')] = process.argv.slice(2);
  const epoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : undefined;
  const { zip } = makeRelease(siteDir, outDir, { epoch });
  console.log(zip);
}
