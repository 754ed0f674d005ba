// Bad input never blanks the page: a corrupt or missing data file, or a browser without WebGL2,
// shows a readable message on the page that names what is wrong, and atlas.ready rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAtlas, siteDir, withAtlas, waitReady } from './browser.mjs';

// A copy of the built site with one change made by `spoil`. The build's compressed copies (.br, .gz)
// are left out, or the server would send the unspoiled copy of the file.
function spoiledSite(spoil) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  cpSync(siteDir, dir, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
  spoil(dir);
  return dir;
}

async function pageMessage(options) {
  const atlas = await openAtlas(options);
  try {
    const outcome = await atlas.page.evaluate(() => window.atlas.ready.then(() => 'ready', (e) => 'rejected: ' + e.message));
    await atlas.page.waitForSelector('#message:not([hidden])', { timeout: 30000 });
    const text = await atlas.page.textContent('#message');
    return { outcome, text };
  } finally {
    await atlas.close();
  }
}

test('a corrupt events.json shows a message naming the file, the entry and the field', async () => {
  const site = spoiledSite((dir) => {
    const path = join(dir, 'assets/events.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.events[3].date = '1922-13-45';
    writeFileSync(path, JSON.stringify(data));
  });
  try {
    const { outcome, text } = await pageMessage({ site });
    assert.match(outcome, /^rejected/);
    assert.match(text, /events\.json/);
    assert.match(text, /date/);
  } finally { rmSync(site, { recursive: true, force: true }); }
});

test('a truncated map.bin shows a message naming the file', async () => {
  const site = spoiledSite((dir) => {
    const path = join(dir, 'assets/map.bin');
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
  });
  try {
    const { outcome, text } = await pageMessage({ site });
    assert.match(outcome, /^rejected/);
    assert.match(text, /map\.bin/);
  } finally { rmSync(site, { recursive: true, force: true }); }
});

test('a missing data file shows which one and what the server said', async () => {
  const site = spoiledSite((dir) => rmSync(join(dir, 'assets/states.json')));
  try {
    const { outcome, text } = await pageMessage({ site });
    assert.match(outcome, /^rejected/);
    assert.match(text, /states\.json/);
    assert.match(text, /404/);
  } finally { rmSync(site, { recursive: true, force: true }); }
});

// A shader the GPU cannot compile stops the start with a message naming it (the status is read
// after the compiles were asked for, which the start-up's order may move).
test('a shader that does not compile shows a message naming it', async () => {
  const site = spoiledSite((dir) => {
    const path = join(dir, 'page.js');
    const spoil = "const realShaderSource = WebGL2RenderingContext.prototype.shaderSource;\n" +
      "WebGL2RenderingContext.prototype.shaderSource = function (shader, text) {\n" +
      "  return realShaderSource.call(this, shader, text.includes('u_pass') ? text + '\\nnot GLSL' : text);\n};\n";
    writeFileSync(path, spoil + readFileSync(path, 'utf8'));
  });
  try {
    const { outcome, text } = await pageMessage({ site });
    assert.match(outcome, /^rejected/);
    assert.match(text, /shaders could not be built/);
    assert.match(text, /map_line/);
  } finally { rmSync(site, { recursive: true, force: true }); }
});

test('a browser without WebGL2 gets a message saying what to do', async () => {
  const { outcome, text } = await pageMessage({ extraArgs: ['--disable-3d-apis'] });
  assert.match(outcome, /^rejected/);
  assert.match(text, /WebGL2/);
  assert.match(text, /hardware acceleration|browser/i);
});

// The browser may take WebGL back (WEBGL_lose_context does what a GPU reset does): the page says
// so instead of a dead canvas, and when the context comes back it starts again at the same view.
test('a lost WebGL context is announced, and the page comes back at the same date and selection', async () => {
  await withAtlas({ hash: 'date=1922-05-15&select=germany' }, async ({ page }) => {
    await page.evaluate(() => window.atlas.setDate('1925-06-01'));
    await page.evaluate(() => {
      window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.loseContext.loseContext();
    });
    await page.waitForSelector('#message:not([hidden])', { timeout: 10000 });
    assert.match(await page.textContent('#message'), /took back the graphics/);
    await Promise.all([page.waitForNavigation(), page.evaluate(() => window.loseContext.restoreContext())]);
    await waitReady(page);
    const state = await page.evaluate(() => window.atlas.state());
    assert.equal(state.date, '1925-06-01');
    assert.equal(state.selected, 'germany');
    assert.equal(await page.isHidden('#message'), true, 'the message is gone once the map is back');
  });
});
