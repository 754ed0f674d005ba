// China in motion: East Asia on seven dates 1924-1929 (screenshots kept in test-artifacts/ to be
// looked at beside a historical atlas), each with provinces painted in the colour of the government
// the references name; and the Shanghai massacre highlighted by its lesson step: Shanghai is marked
// on screen, in territory the Nationalists held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas, waitReady, artifactsDir } from './browser.mjs';
import { readAsset, readSource, hexToRgb, colourDistance, atlasState, waitState, screenshotImage, patchColour, project } from './helpers.mjs';

const states = readAsset('states.json');
const colourOf = (id) => hexToRgb(states.states.find((s) => s.id === id).color);
const tour = readAsset('tour.json').tours[0];

// Points inside provinces, away from cities and labels; holders after Jordan, The Northern
// Expedition (1976), and the Cambridge History of China vol. 12, ch. 6 and 11 (see china_checks.json).
const hunan = [111.3, 27.3], guangdong = [113.0, 24.3], henan = [114.5, 33.3], hubei = [112.5, 31.2],
  guangxi = [109.0, 24.0], jiangxi = [116.0, 26.8], zhejiang = [120.0, 29.0], jiangsu = [119.5, 33.0],
  shanxi = [112.0, 36.5], zhili = [116.0, 38.5], manchuria = [124.0, 41.6], yunnan = [102.5, 25.5];
const dates = {
  '1924-06-01': [[guangdong, 'nationalist_government'], [hunan, 'hunan_autonomous'], [henan, 'china']],
  '1926-06-01': [[guangdong, 'nationalist_government'], [guangxi, 'nationalist_government'], [hubei, 'china']],
  '1926-11-01': [[hubei, 'nationalist_government'], [jiangxi, 'china'], [zhejiang, 'china']],
  '1927-05-01': [[jiangsu, 'nanjing_government'], [hubei, 'nationalist_government'], [henan, 'china']],
  '1927-10-01': [[henan, 'guominjun'], [hubei, 'nanjing_government'], [shanxi, 'shanxi_clique']],
  '1928-07-01': [[zhili, 'nanjing_government'], [manchuria, 'manchuria'], [henan, 'nanjing_government']],
  '1929-06-01': [[manchuria, 'nanjing_government'], [yunnan, 'nanjing_government'], [hunan, 'nanjing_government']],
};

test('East Asia on seven dates: the provinces in the colours of their governments', async () => {
  await withAtlas({ width: 1280, height: 720, hash: 'date=1924-06-01&view=113.50,34.00,160.00' }, async (atlas) => {
    const { page } = atlas;
    for (const [date, checks] of Object.entries(dates)) {
      await page.evaluate((d) => window.atlas.setDate(d), date);
      await page.waitForTimeout(400);  // the fills cross-fade for 250 ms after a date change
      const state = await atlasState(page);
      assert.equal(state.date, date);
      const ratio = state.viewport.pixelRatio;
      const image = await screenshotImage(page, join(artifactsDir, `east-asia-${date}-1280x720.png`));
      for (const [[lon, lat], id] of checks) {
        // Five samples 0.7 degrees apart: a label or an arc may cover one or two of them.
        const seen = [];
        for (const [dx, dy] of [[0, 0], [-0.7, 0], [0.7, 0], [0, -0.7], [0, 0.7]]) {
          const p = await project(page, lon + dx, lat + dy);
          seen.push(patchColour(image, p.x, p.y, ratio, 2 * ratio));
        }
        const matching = seen.filter((c) => colourDistance(c, colourOf(id)) <= 6).length;
        assert.ok(matching >= 3, `${date}: around ${lon},${lat} the map is ${seen.join(' / ')}, not ${id}'s ${colourOf(id)}`);
      }
    }
  });
});

// The marker's ring has the event kind's colour (src/core/palette.cpp, kind_color).
function kindColour(kind) {
  const source = readSource('src/core/palette.cpp');
  const m = source.match(new RegExp(`EventKind::${kind}:\\s*return\\s*\\{\\s*(\\d+),\\s*(\\d+),\\s*(\\d+)`));
  return [+m[1], +m[2], +m[3]];
}

test('the Shanghai massacre lesson step marks Shanghai on screen, in Nationalist-held territory', async () => {
  const n = tour.steps.findIndex((s) => s.events[0] === 'shanghai_massacre') + 1;
  assert.ok(n > 0, 'a lesson step opens with the Shanghai massacre');
  await withAtlas({ width: 1280, height: 720, hash: `tour=1&step=${n}` }, async (atlas) => {
    const { page } = atlas;
    await waitReady(page);
    let state = await waitState(page, (s) => s.date === tour.steps[n - 1].date && s.highlightEvent === 'shanghai_massacre');
    // wait for the camera to settle on the step's view
    for (let last = '', i = 0; i < 30; i++) {
      await page.waitForTimeout(250);
      state = await atlasState(page);
      const now = JSON.stringify(state.camera);
      if (now === last) break;
      last = now;
    }
    await page.waitForTimeout(300);
    const place = state.eventPlace;
    assert.ok(place, 'the state says where the highlighted event is marked');
    assert.equal(place.name, 'Shanghai');
    assert.equal(place.holder, 'nationalist_government', 'on 12 April 1927 Shanghai was held by the Nationalists');
    const { width, height } = page.viewportSize();
    assert.ok(place.x > 0 && place.x < width && place.y > 0 && place.y < height, `Shanghai at (${place.x}, ${place.y}) is on screen`);
    const image = await screenshotImage(page, join(artifactsDir, 'china-shanghai-massacre.png'));
    const ratio = state.viewport.pixelRatio;
    const centre = patchColour(image, place.x, place.y, ratio, 0);
    assert.ok(colourDistance(centre, [30, 30, 34]) <= 24, `the marker's centre is dark: ${centre}`);
    const ring = patchColour(image, place.x + 5, place.y, ratio, 0);
    assert.ok(colourDistance(ring, kindColour('crisis')) <= 24, `the marker's ring has the crisis colour: ${ring}`);
  });
});
