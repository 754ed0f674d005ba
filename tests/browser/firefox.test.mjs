// The same paths in Debian's Firefox ESR (driven by puppeteer-core over WebDriver BiDi, on a virtual
// display of its own: Firefox draws WebGL2 only with one): the offline file from file:// with a
// deep link, the picture equal to the desktop's, and the handout printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { siteDir, artifactsDir } from './browser.mjs';
import { decodePng } from './png.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
let xvfb, browser, profile;

// Xvfb picks a free display and writes its number to the pipe (-displayfd).
function startXvfb() {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    proc.on('error', reject);
    let out = '';
    proc.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolvePromise({ proc, display: ':' + out.trim() });
    });
  });
}

before(async () => {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is installed (tools/setup/deps.sh)`);
  const x = await startXvfb();
  xvfb = x.proc;
  profile = mkdtempSync(join(tmpdir(), 'atlas-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: false, userDataDir: profile,
    env: { ...process.env, DISPLAY: x.display, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: { 'browser.download.dir': profile, 'browser.download.folderList': 2,
      'network.proxy.type': 0, 'app.update.enabled': false },
  });
});

after(async () => {
  if (browser) await browser.close();
  if (xvfb) xvfb.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// Pages of a PDF whose objects may sit in compressed object streams (Firefox writes them so).
function pdfPageCount(pdf) {
  let text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length, end = text.indexOf('endstream', start);
    try { text += inflateSync(pdf.subarray(start, end)).toString('latin1'); } catch { /* not deflated */ }
  }
  return (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

async function openOffline(hash) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 680 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(join(siteDir, 'atlas-offline.html')).href + '#' + hash);
  // A boolean: a predicate that returns the promise itself would be awaited, and never be truthy.
  await page.waitForFunction(() => Boolean(window.atlas && window.atlas.ready), { timeout: 90000 });
  await page.evaluate(() => window.atlas.ready);
  return { page, errors };
}

test('Firefox opens the offline file from file:// with its deep link, and the map moves', async () => {
  const { page, errors } = await openOffline('date=1922-04-16&layer=relations&select=germany');
  const s = await page.evaluate(() => window.atlas.state());
  assert.deepEqual([s.date, s.layer, s.selected], ['1922-04-16', 'relations', 'germany']);
  await page.evaluate(() => window.atlas.setDate('1925-01-20'));
  await page.evaluate(() => window.atlas.select('japan'));
  const t = await page.evaluate(() => window.atlas.state());
  assert.deepEqual([t.date, t.selected], ['1925-01-20', 'japan']);
  await page.screenshot({ path: join(artifactsDir, 'firefox-offline.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox draws the same picture as the desktop command line', async () => {
  const { page, errors } = await openOffline('date=1922-04-16&layer=relations');
  const bytes = Buffer.from(await page.evaluate(async () => Array.from(await window.atlas.picture({ view: 'europe' }))));
  const ff = decodePng(bytes);
  const out = join(artifactsDir, 'picture-native-firefox-check.png');
  execFileSync(join(root, 'build/native/atlas'), ['--picture', out, '--date', '1922-04-16', '--layer', 'relations', '--view', 'europe']);
  const native = decodePng(readFileSync(out));
  assert.deepEqual([ff.width, ff.height], [native.width, native.height]);
  let differ = 0;
  for (let i = 0; i < ff.width * ff.height; i++)
    for (let c = 0; c < 3; c++) if (Math.abs(ff.pixels[i * 4 + c] - native.pixels[i * 4 + c]) > 8) { differ++; break; }
  assert.ok(differ / (ff.width * ff.height) < 0.001, `${differ} pixels differ`);
  assert.deepEqual(errors, []);
  await page.close();
});

// Firefox over WebDriver BiDi cannot emulate print media; it prints for real (page.pdf), which fires
// the page's beforeprint (the handout is filled there too) and lays the page out with page.css.
test('Firefox prints the handout on one A4 page', async () => {
  const { page, errors } = await openOffline('date=1922-04-16&layer=relations&select=germany');
  await page.evaluate(() => window.atlas.prepareHandout());
  assert.match(await page.evaluate(() => document.getElementById('handout').textContent), /Germany/);
  await page.evaluate(() => { window.printed = 0; window.addEventListener('beforeprint', () => { window.printed++; }); });
  const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
  writeFileSync(join(artifactsDir, 'firefox-handout-A4.pdf'), pdf);
  assert.equal(pdfPageCount(pdf), 1, 'one page');
  assert.equal(await page.evaluate(() => window.printed), 1, 'the page was told it is printed');
  assert.deepEqual(errors, []);
  await page.close();
});
