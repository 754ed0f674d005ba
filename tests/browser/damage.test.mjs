// Screen damage (core/damage): the canvas keeps its last frame and a frame draws only where the map
// or the UI changed. What is on screen after frames drawn in parts (play steps, cross-fades, a
// selection, hovering, a pan) must equal the same view drawn whole, pixel for pixel; a damage rect
// too small, a wrong y flip or a UI triangle left out leaves stale pixels that this finds. And a
// month in which nothing changed hands must not draw the whole screen again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas, artifactsDir } from './browser.mjs';
import { atlasState, waitState, rest, screenshotImage, differingPixels, readAsset, dayOf } from './helpers.mjs';

// The screen as drawn in parts, then drawn whole: the two must match.
async function assertWholeEqualsParts(page, name) {
  await rest(page);
  const parts = await screenshotImage(page, join(artifactsDir, `damage-${name}-parts.png`));
  const before = await atlasState(page);
  await page.evaluate(() => window.atlas.redrawAll());
  const after = await atlasState(page);
  const screen = after.viewport.width * after.viewport.height * after.viewport.pixelRatio ** 2;
  assert.ok(after.drawnPixels - before.drawnPixels >= screen, 'redrawAll drew the whole screen');
  const whole = await screenshotImage(page, join(artifactsDir, `damage-${name}-whole.png`));
  const differing = differingPixels(parts, whole);
  assert.equal(differing, 0, `${differing} pixels differ between the screen drawn in parts and drawn whole (${name})`);
}

// 1280x720 copies the map from its layer; 1280x1000 at a pixel ratio of 2 is past the layer's limit
// (core/map_layer) and draws the map itself within the damage.
for (const [width, height, deviceScaleFactor] of [[1280, 720, 1], [1280, 1000, 2]])
test(`month steps, fades, a selection and hovering drawn in parts equal the screen drawn whole, ${width}x${height}@${deviceScaleFactor}x`, async () => {
  await withAtlas({ width, height, deviceScaleFactor }, async ({ page }) => {
    await page.mouse.move(200, 75);  // on the title card: no map tooltip
    // Months of 1920-1921: Baltic peace treaties, the Polish war, the Caucasus republics fall.
    for (const date of ['1920-01-01', '1920-02-01', '1920-03-01', '1920-04-01', '1920-05-01', '1921-02-01', '1921-03-01'])
      await page.evaluate((d) => window.atlas.setDate(d), date);
    const name = `${width}x${height}@${deviceScaleFactor}x`;
    await assertWholeEqualsParts(page, `steps-${name}`);

    await page.evaluate(() => window.atlas.select('poland'));
    await rest(page);
    await page.evaluate(() => window.atlas.select('germany'));  // emphasis moves from one state to another
    await assertWholeEqualsParts(page, `selection-${name}`);

    // Hover a state (its tooltip), then move off it.
    const p = await page.evaluate(() => window.atlas.project(20, 52));
    await page.mouse.move(p.x, p.y);
    await rest(page);
    await page.mouse.move(p.x + 40, p.y + 10);
    await assertWholeEqualsParts(page, `hover-${name}`);
  });
});

test('played for two seconds and paused, the screen drawn in parts equals it drawn whole', async () => {
  await withAtlas({ width: 1280, height: 720 }, async ({ page }) => {
    await page.evaluate(() => window.atlas.setDate('1920-06-01'));
    // The play button: timeline window at margin 16, height 84, padding 14; button 44, centred.
    const play = { x: 16 + 14 + 22, y: 720 - 16 - 84 + 20 + 22 };
    await page.mouse.click(play.x, play.y);
    await waitState(page, (s) => s.playing);
    await page.waitForTimeout(2000);
    await page.mouse.click(play.x, play.y);
    const paused = await waitState(page, (s) => !s.playing);
    assert.ok(paused.date > '1920-08-01', `play moved the date to ${paused.date}`);
    await assertWholeEqualsParts(page, 'play');
  });
});

// The first month from 1925 in which, by the data, no region changed hands and no state's name or
// standing changed: [first day, first day of the next month].
function quietMonth() {
  const changes = [
    ...readAsset('regions.json').regions.flatMap((r) => r.holders.map((h) => h.from)),
    ...Object.values(readAsset('events.json').standings).flatMap((list) => list.map((c) => c.from)),
    ...readAsset('states.json').states.flatMap((st) => st.names.map((n) => n.from)),
  ].map(dayOf);
  for (let m = 0; m < 60; m++) {
    const start = new Date(Date.UTC(1925, m, 1)), end = new Date(Date.UTC(1925, m + 1, 1));
    const [a, b] = [start, end].map((d) => d.getTime() / 86400000);
    if (!changes.some((c) => c > a && c <= b)) return [start, end].map((d) => d.toISOString().slice(0, 10));
  }
  throw new Error('no quiet month in 1925-1929');
}

// The area of the tiles (64 px square) in which two screenshots differ: what a step had to redraw.
function changedTileArea(a, b, tile = 64) {
  let area = 0;
  for (let ty = 0; ty < a.height; ty += tile) {
    for (let tx = 0; tx < a.width; tx += tile) {
      let changed = false;
      for (let y = ty; y < Math.min(ty + tile, a.height) && !changed; y++) {
        for (let x = tx; x < Math.min(tx + tile, a.width); x++) {
          const i = (y * a.width + x) * 4;
          if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2]) {
            changed = true;
            break;
          }
        }
      }
      if (changed) area += Math.min(tile, a.width - tx) * Math.min(tile, a.height - ty);
    }
  }
  return area;
}

// A month in which nothing changed hands still changes some pixels: the date, the timeline's cursor
// and the event arcs fading in and out (four months either side of an event, so no month of the
// decade is free of them). The step may redraw little more than the tiles that really changed;
// a step that redrew the whole screen fails.
test('a month in which nothing changed hands redraws little more than what changed, a pan all of it once at rest', async () => {
  const [from, to] = quietMonth();
  await withAtlas({ width: 1280, height: 720 }, async ({ page }) => {
    await page.mouse.move(200, 75);
    await page.evaluate((d) => window.atlas.setDate(d), from);
    await rest(page);
    const before = await atlasState(page);
    const shotBefore = await screenshotImage(page);
    await page.evaluate((d) => window.atlas.setDate(d), to);
    await rest(page);
    const step = await atlasState(page);
    const shotAfter = await screenshotImage(page);
    const screen = step.viewport.width * step.viewport.height;
    const drawn = step.drawnPixels - before.drawnPixels;
    const changed = changedTileArea(shotBefore, shotAfter);
    assert.ok(drawn > 0, 'the step drew something (the date)');
    assert.ok(changed < screen * 0.6, `the quiet month changed most of the screen (${changed} of ${screen} pixels in changed tiles)`);
    assert.ok(drawn <= changed * 1.5,
      `a quiet month step (${from} to ${to}) drew ${drawn} pixels where tiles of ${changed} pixels changed (screen ${screen})`);

    await page.mouse.move(640, 360);
    await page.mouse.down();
    await page.mouse.move(700, 380, { steps: 3 });
    await page.mouse.up();
    await waitState(page, (s) => s.camera.x !== step.camera.x);
    await rest(page);
    // The map moved: drawn all over once at rest (the exact map after the near copies of the drag).
    const panned = await atlasState(page);
    assert.ok(panned.drawnPixels - step.drawnPixels >= screen, 'after a pan the whole screen is drawn again');
    await assertWholeEqualsParts(page, 'after-pan');
  });
});

test('the search list and the lesson panel, opened and closed, leave nothing behind', async () => {
  await withAtlas({ width: 1280, height: 720, hash: 'date=1922-04-16' }, async ({ page }) => {
    await page.mouse.move(200, 75);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('rapallo');
    await assertWholeEqualsParts(page, 'search-open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await assertWholeEqualsParts(page, 'search-closed');

    await page.evaluate(() => window.atlas.link());
    await page.mouse.click(82, 105);  // "Start the lesson" on the title card
    await waitState(page, (s) => s.tour !== null);
    await page.keyboard.press('ArrowRight');
    await waitState(page, (s) => s.tour && s.tour.step === 2);
    await assertWholeEqualsParts(page, 'lesson');
    await page.keyboard.press('Escape');
    await waitState(page, (s) => s.tour === null);
    await assertWholeEqualsParts(page, 'lesson-closed');
  });
});
