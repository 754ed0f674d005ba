// Touch, as on a tablet or phone: a tap selects the state under the finger, two fingers moving
// apart zoom in about their midpoint (the place under it stays there), and the page does not
// scroll or zoom itself. Touch points go through the DevTools protocol (Input.dispatchTouchEvent).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openAtlas, waitReady } from './browser.mjs';
import { atlasState, waitState, project, frames } from './helpers.mjs';

let atlas, page, cdp;
before(async () => {
  atlas = await openAtlas({ width: 900, height: 700, touch: true });
  page = atlas.page;
  await waitReady(page);
  cdp = await page.context().newCDPSession(page);
});
after(async () => { await atlas?.close(); });

const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
  type, touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 })),
});

test('a tap on Germany in May 1922 selects it', async () => {
  await page.evaluate(() => window.atlas.setDate('1922-05'));
  const at = await project(page, 11.0, 48.9);  // Bavaria, north of Munich
  await page.touchscreen.tap(at.x, at.y);
  const state = await waitState(page, (s) => s.selected !== null);
  assert.equal(state.selected, 'germany', `a tap at (${at.x.toFixed(0)}, ${at.y.toFixed(0)}) selected ${state.selected}`);
  await page.keyboard.press('Escape');
  await waitState(page, (s) => s.selected === null);
});

test('two fingers moving apart zoom in about their midpoint', async () => {
  const mid = await project(page, 16.4, 48.2);  // Vienna: the place the fingers are around
  const before = await atlasState(page);
  // Fingers 60 px either side of Vienna, moving out to 180 px in ten steps: a 3x pinch.
  const fingers = (d) => [[mid.x - d, mid.y], [mid.x + d, mid.y]];
  await touch('touchStart', fingers(60));
  for (let i = 1; i <= 10; i++) { await touch('touchMove', fingers(60 + 12 * i)); await frames(page, 1); }
  await touch('touchEnd', []);
  await frames(page, 3);
  const after = await atlasState(page);
  const ratio = after.camera.zoom / before.camera.zoom;
  assert.ok(ratio > 2.4 && ratio < 3.6, `a 3x pinch zoomed by ${ratio.toFixed(2)}`);
  const vienna = await project(page, 16.4, 48.2);
  const moved = Math.hypot(vienna.x - mid.x, vienna.y - mid.y);
  assert.ok(moved < 12, `Vienna moved ${moved.toFixed(1)} px from under the fingers' midpoint`);
  assert.equal(after.selected, null, 'a pinch selects nothing');
  const scroll = await page.evaluate(() => [window.scrollX, window.scrollY, window.visualViewport.scale]);
  assert.deepEqual(scroll, [0, 0, 1], 'the page itself neither scrolled nor zoomed');
  assert.deepEqual(atlas.consoleErrors, []);
});
