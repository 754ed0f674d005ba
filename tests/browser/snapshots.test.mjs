// Full-map screenshots on four dates (political layer, the "All" view the atlas opens with), kept
// in test-artifacts/ for people to look at, and one at 1920x1080 with a device pixel ratio of 2.
// On each: the Soviet state's interior has the ussr colour and Germany's has germany's (states.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas, artifactsDir } from './browser.mjs';
import { readAsset, hexToRgb, colourDistance, atlasState, screenshotImage, patchColour, project } from './helpers.mjs';

const states = readAsset('states.json');
const colourOf = (id) => hexToRgb(states.states.find((s) => s.id === id).color);
// Interior points away from the labels: between Vologda and Kirov (Soviet throughout; the Soviet
// state's label sits near Kostroma, at its largest region's label point), Bavaria north of Munich
// (German throughout).
const checks = [{ id: 'ussr', lon: 46.0, lat: 60.0 }, { id: 'germany', lon: 11.0, lat: 48.9 }];

async function shootAndCheck(atlas, date, name) {
  const { page } = atlas;
  await page.evaluate((d) => window.atlas.setDate(d), date);
  await page.waitForTimeout(400);  // the fills cross-fade for 250 ms after a date change
  const state = await atlasState(page);
  assert.equal(state.date, date);
  assert.equal(state.layer, 'political');
  assert.equal(state.selected, null);
  const ratio = state.viewport.pixelRatio;
  const image = await screenshotImage(page, join(artifactsDir, name));
  assert.equal(image.width, state.viewport.width * ratio, 'the screenshot has device pixels');
  for (const { id, lon, lat } of checks) {
    const p = await project(page, lon, lat);
    const c = patchColour(image, p.x, p.y, ratio, 2 * ratio);
    assert.ok(colourDistance(c, colourOf(id)) <= 6,
      `${name}: at ${lon},${lat} (${p.x.toFixed(0)},${p.y.toFixed(0)}) the map is ${c}, not ${id}'s ${colourOf(id)}`);
  }
}

test('four dates at 1280x720: the map shows the Soviet state and Germany in their colours', async () => {
  await withAtlas({ width: 1280, height: 720 }, async (atlas) => {
    for (const date of ['1919-06-01', '1921-06-01', '1923-06-01', '1929-06-01'])
      await shootAndCheck(atlas, date, `snapshot-${date}-1280x720.png`);
  });
});

test('1920x1080 at device pixel ratio 2: the same colours at full resolution', async () => {
  await withAtlas({ width: 1920, height: 1080, deviceScaleFactor: 2 }, async (atlas) => {
    await shootAndCheck(atlas, '1923-06-01', 'snapshot-1923-06-01-1920x1080@2x.png');
  });
});
