// Shared set-up for the browser tests: the built page served on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (never a downloaded browser), with WebGL2 on SwiftShader; playwright gives each launch a fresh profile.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = process.env.ATLAS_SITE_DIR || join(root, 'build/web/site');
export const artifactsDir = join(root, 'test-artifacts');
mkdirSync(artifactsDir, { recursive: true });

// Debian's Chromium with WebGL2 on SwiftShader.
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', ...extraArgs],
  });
}

// url: a page served elsewhere (e.g. a release under nginx) instead of site served by tools/serve.mjs.
// reducedMotion: 'reduce' emulates the reader's prefers-reduced-motion.
// browser: one launched by launchChromium to open the page in (a fresh context of its own, closed
// with the page), so a file of many screens starts Chromium once; otherwise the page gets its own.
export async function openAtlas({ width = 1280, height = 720, deviceScaleFactor = 1, hash = '', site = siteDir, extraArgs = [], touch = false, url: pageUrl = null, reducedMotion = 'no-preference', browser: shared = null } = {}) {
  const { server, url } = pageUrl ? { server: null, url: pageUrl } : await startServer(site, 0);
  const browser = shared || await launchChromium(extraArgs);
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, hasTouch: touch, reducedMotion });
  const page = await context.newPage();
  const consoleErrors = [];
  const consoleInfos = [];  // page.js reports a link's notices with console.info
  const foreignRequests = [];
  const requests = [];  // every URL the page asked for, in order
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (m.type() === 'info') consoleInfos.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  // The page's own files, data: URLs and blob: URLs it made itself (the picture) are not foreign.
  const ownBlob = 'blob:' + new URL(url).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !u.startsWith('data:') && !u.startsWith(ownBlob)) foreignRequests.push(u);
  });
  // Every page counts what its Content-Security-Policy blocks (tools/serve.mjs sends the policy a
  // school's host is asked to send); withAtlas expects none.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  await page.goto(url + (hash ? '#' + hash : ''));
  const close = async () => {
    if (shared) await context.close();
    else await browser.close();
    if (server) server.close();
  };
  return { page, url, consoleErrors, consoleInfos, foreignRequests, requests, close };
}

// A page of its own for one test: ready, then the test's body, then no console errors; closed
// whatever happens.
export async function withAtlas(options, body) {
  const atlas = await openAtlas(options);
  try {
    await waitReady(atlas.page);
    await body(atlas);
    assert.deepEqual(atlas.consoleErrors, [], 'errors on the console');
    assert.deepEqual(await atlas.page.evaluate(() => window.cspViolations), [], 'Content-Security-Policy violations');
  } finally {
    await atlas.close();
  }
}

// Waits for window.atlas.ready; rejects with the page's own message when the start failed.
export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout });
  await page.evaluate(() => window.atlas.ready);
}
