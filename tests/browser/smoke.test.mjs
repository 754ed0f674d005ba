// The page starts in a real browser: atlas.ready resolves, no console errors, nothing fetched from
// another origin, and the canvas shows a map (checked on the screenshot's pixels).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas, artifactsDir, launchChromium, siteDir } from './browser.mjs';
import { startServer } from '../../tools/serve.mjs';
import { decodePng, colourStats } from './png.mjs';

test('the page becomes ready with no console errors and draws a map that is not blank', async () => {
  await withAtlas({}, async (atlas) => {
    const state = await atlas.page.evaluate(() => window.atlas.state());
    assert.match(state.version, /^\d+\.\d+\.\d+$/);
    assert.ok(state.frame >= 1, `frame is ${state.frame}`);
    assert.equal(state.loaded, true, `data not loaded: ${state.error}`);
    // The page had loaded (the browser's loading animation stopped) before the app read its data:
    // page.js waits for the load event. Before, the app's long tasks held the load back past the first frame.
    const { loaded, marks } = await atlas.page.evaluate(() => ({
      loaded: performance.getEntriesByType('navigation')[0].loadEventEnd, marks: window.atlas.startup }));
    assert.ok(loaded > 0 && loaded <= marks.dataLoaded, `load event ended at ${loaded}; marks ${JSON.stringify(marks)}`);
    const png = await atlas.page.screenshot({ path: join(artifactsDir, 'smoke-1280x720.png') });
    const stats = colourStats(decodePng(png));
    // A map has sea, several land colours and borders: many distinct colours, no single one dominant.
    assert.ok(stats.distinct > 50, `only ${stats.distinct} distinct colours`);
    assert.ok(stats.dominantShare < 0.8, `one colour covers ${Math.round(stats.dominantShare * 100)}% of the screen`);
    assert.deepEqual(atlas.foreignRequests, []);
  });
});

test('the page downloads each of its files once, and its loading card has the app\'s regular font', async () => {
  await withAtlas({}, async (atlas) => {
    // The browser asks for the page's icon by itself, maybe more than once: not the page's doing.
    const asked = atlas.requests.filter((u) => !u.endsWith('/favicon.svg'));
    const twice = asked.filter((u, i) => asked.indexOf(u) !== i);
    assert.deepEqual(twice, [], `asked for more than once: ${twice.join(', ')}`);
    for (const file of ['atlas.wasm', 'atlas.js', 'assets/map.bin', 'assets/fonts/NotoSans-Regular.subset.ttf', 'assets/fonts/NotoSans-Bold.subset.ttf'])
      assert.ok(asked.includes(atlas.url + file), `${file} was not downloaded`);
    assert.equal(await atlas.page.evaluate(() => document.fonts.check('16px "Atlas Sans"')), true, 'no "Atlas Sans" for the page');
  });
});

test('the canvas follows the window size and the device pixel ratio', async () => {
  await withAtlas({ width: 900, height: 600, deviceScaleFactor: 2 }, async (atlas) => {
    const size = await atlas.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
    });
    assert.deepEqual(size, { w: 1800, h: 1200, cssW: 900, cssH: 600 });
    await atlas.page.setViewportSize({ width: 700, height: 500 });
    await atlas.page.waitForFunction(() => document.getElementById('canvas').width === 1400, null, { timeout: 10000 });
    const state = await atlas.page.evaluate(() => window.atlas.state());
    assert.equal(state.viewport.width, 700);
    assert.equal(state.viewport.pixelRatio, 2);
  });
});

test('after start-up the page goes idle: one more frame at most (the map layer warms up), then none', async () => {
  await withAtlas({}, async (atlas) => {
    const frame = async () => (await atlas.page.evaluate(() => window.atlas.state())).frame;
    const atReady = await frame();
    await atlas.page.waitForTimeout(2500);
    const settled = await frame();
    // The first map must not fade in (nothing is on screen to fade from), and a timed redraw is
    // one frame: each extra frame at 2x costs a software renderer ~200 ms.
    assert.ok(settled - atReady <= 1, `${settled - atReady} frames drawn after ready`);
    await atlas.page.waitForTimeout(2000);
    assert.equal(await frame(), settled, 'frames drawn while idle');
  });
});

// The start's order as a reader meets it: the loading card while a data file is still on its way
// (held back here), the map without the card once ready, the GPU's first map drawn (atlas.drawn),
// the keys on the map and the accessible copy built.
test('start-up: the card while the data downloads, then the map, the keys on it and the accessible copy', async () => {
  const { server, url } = await startServer(siteDir, 0);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/assets/events.json', async (route) => { await held; await route.continue(); });
    await page.goto(url);
    // The app's code is running (its graphics start during the downloads), the data is not all here.
    await page.waitForFunction(() => window.atlas && window.atlas.startup.graphicsReady, null, { timeout: 30000 });
    const waiting = await page.evaluate(() => ({
      card: !document.getElementById('loading').hidden && getComputedStyle(document.getElementById('loading')).display !== 'none',
      text: document.getElementById('loading-text').textContent, firstFrame: window.atlas.startup.firstFrame,
      copy: document.querySelectorAll('#a11y button').length }));
    assert.equal(waiting.card, true, 'the loading card is not shown while a data file is on its way');
    assert.match(waiting.text, /^Loading the map and its history: \d+ KB of \d+ KB$/);
    assert.equal(waiting.firstFrame, undefined, 'a first frame before the data');
    assert.equal(waiting.copy, 0, 'the accessible copy has controls before the data');
    release();
    await page.evaluate(() => window.atlas.ready);
    assert.equal(await page.evaluate(() => document.getElementById('loading').hidden), true, 'the card is still shown once ready');
    await page.waitForFunction(() => window.atlas.startup.drawn, null, { timeout: 10000 });  // atlas.drawn resolved
    await page.waitForFunction(() => document.activeElement === document.getElementById('canvas'), null, { timeout: 10000 });
    await page.waitForFunction(() => {
      const slider = document.querySelector('#a11y [role=slider]');
      return slider && /January 1919$/.test(slider.getAttribute('aria-valuetext')) &&
        document.querySelectorAll('#a11y-countries button[data-id]').length > 10;
    }, null, { timeout: 10000 });
    const marks = await page.evaluate(() => window.atlas.startup);
    assert.ok(marks.firstFrame <= marks.ready && marks.firstFrame <= marks.drawn, `marks ${JSON.stringify(marks)}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
