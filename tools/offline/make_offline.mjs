// Makes site/atlas-offline.html: the whole atlas in one file (page, code, WebAssembly, data, fonts)
// that opens by double-click from a USB stick (file://, where nothing can be fetched). The built
// site's own files are put inside: scripts and the style inline (allowed by their SHA-256 in the
// file's Content-Security-Policy), the wasm and the data as base64 in script elements of a type
// that never runs (web/page.js reads them), the font and icon as data: URLs.
// Usage: node tools/offline/make_offline.mjs build/web/site
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DATA_FILES = ['atlas.wasm', 'atlas-picture.wasm', 'assets/map.bin', 'assets/states.json', 'assets/regions.json', 'assets/events.json',
  'assets/tour.json', 'assets/fonts/NotoSans-Regular.subset.ttf', 'assets/fonts/NotoSans-Bold.subset.ttf'];

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Text inside a <script> or <style> element must not close it early.
function inline(text, tag, name) {
  if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`${name} contains </${tag}: it cannot be inlined`);
  return text;
}

export function makeOffline(siteDir) {
  const site = resolve(siteDir);
  const read = (rel) => readFileSync(join(site, rel));
  const fontUrl = `data:font/ttf;base64,${read('assets/fonts/NotoSans-Regular.subset.ttf').toString('base64')}`;
  const css = inline(read('page.css').toString('utf8').replace('url("assets/fonts/NotoSans-Regular.subset.ttf")',
    `url("${fontUrl}")`), 'style', 'page.css');
  const atlasJs = inline(read('atlas.js').toString('utf8'), 'script', 'atlas.js');
  // The picture's module too (the site loads it on the first picture): here it is defined at start.
  const pictureJs = inline(read('atlas-picture.js').toString('utf8'), 'script', 'atlas-picture.js');
  const pageJs = inline(read('page.js').toString('utf8'), 'script', 'page.js');
  const a11yJs = inline(read('a11y.js').toString('utf8'), 'script', 'a11y.js');
  // In this file the offline link is the file itself: the link says so instead of downloading again.
  const marker = 'window.ATLAS_OFFLINE = true;';
  const policy = ["default-src 'none'", `script-src ${hash(marker)} ${hash(atlasJs)} ${hash(pictureJs)} ${hash(pageJs)} ${hash(a11yJs)} 'wasm-unsafe-eval'`,
    `style-src ${hash(css)}`, 'img-src data: blob:', 'font-src data:', "connect-src 'none'", "object-src 'none'",
    "base-uri 'none'", "form-action 'none'"].join('; ');

  let html = read('index.html').toString('utf8');
  const replace = (from, to) => {
    if (!html.includes(from)) throw new Error(`index.html: expected to find ${from}`);
    html = html.replace(from, () => to);
  };
  replace(html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/)[0],
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  replace('<link rel="icon" href="favicon.svg" type="image/svg+xml">',
    `<link rel="icon" href="data:image/svg+xml;base64,${read('favicon.svg').toString('base64')}" type="image/svg+xml">`);
  replace('<link rel="stylesheet" href="page.css">', `<style>${css}</style>`);
  // Nothing to fetch ahead: the file carries everything (and file:// pages cannot fetch).
  replace(html.match(/<!-- What the app starts with[^\n]*\n(<link rel="preload"[^\n]*\n)+/)[0], '');
  replace('<a id="offline-link" href="atlas-offline.html" download>Download for offline use</a>',
    '<a id="offline-link">This is the offline atlas</a>');
  const embedded = DATA_FILES.map((rel) =>
    `<script type="application/octet-stream" id="embedded:${rel}">${read(rel).toString('base64')}</script>`).join('\n');
  replace('<script src="page.js"></script>',
    `${embedded}\n<script>${marker}</script>\n<script>${atlasJs}</script>\n<script>${pictureJs}</script>\n<script>${pageJs}</script>`);
  replace('<script src="a11y.js"></script>', `<script>${a11yJs}</script>`);
  const out = join(site, 'atlas-offline.html');
  writeFileSync(out, html);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  if (process.argv.length !== 3) {
    console.error('usage: node tools/offline/make_offline.mjs SITE_DIR');
    process.exit(2);
  }
  const out = makeOffline(process.argv[2]);
  console.log(`${out}: ${Math.round(readFileSync(out).length / 1024)} KB`);
}
