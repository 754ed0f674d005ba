// The motion canvas (core/map_motion): while a drag holds the map, the map and its labels are a
// canvas of their own under the panels' canvas, moved with CSS, and the panels' canvas is clear
// over the map. What the user sees must be the map as it is drawn for that camera at rest:
// - the motion canvas alone (the panels' canvas hidden) must show, where no panel is, the map at
//   rest pixel for pixel: a wrong offset or scale, labels left out or the wrong colours differ;
// - the two canvases together must show the whole screen at rest: a panels' canvas not cleared
//   over the map shows the map where the drag began, panels left out show the map under them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas, artifactsDir } from './browser.mjs';
import { atlasState, waitState, frames, screenshotImage, colourDistance } from './helpers.mjs';
import { pixelAt } from './png.mjs';

// Pixels that differ (more than rounding) within a rect of CSS pixels, outside the masked rects.
function differingIn(a, b, [x0, y0, x1, y1], ratio, mask = []) {
  let n = 0;
  for (let y = Math.round(y0 * ratio); y < Math.round(y1 * ratio); y++)
    for (let x = Math.round(x0 * ratio); x < Math.round(x1 * ratio); x++) {
      const cx = x / ratio, cy = y / ratio;
      if (mask.some(([mx0, my0, mx1, my1]) => cx >= mx0 && cx < mx1 && cy >= my0 && cy < my1)) continue;
      if (colourDistance(pixelAt(a, x, y), pixelAt(b, x, y)) > 6) n++;
    }
  return n;
}

// The states' labels are placed for the camera at rest (moved in from the screen's edge, left out
// where a panel would cut them), so the motion canvas carries them as placed where the drag began and
// the map at rest as placed where it ended. A label placed alike in both must match pixel for pixel;
// the boxes of those placed differently (with the halo and the drag's first step, 8 px) are left out.
function replacedLabels(before, held, rested) {
  const dx = -(held.camera.x - before.camera.x) * held.camera.zoom, dy = (held.camera.y - before.camera.y) * held.camera.zoom;
  const moved = before.mapLabels.map(([x, y, w, h]) => [x + dx, y + dy, w, h]);
  const same = (a, b) => Math.abs(a[0] - b[0]) < 1.5 && Math.abs(a[1] - b[1]) < 1.5 && Math.abs(a[2] - b[2]) < 1 && Math.abs(a[3] - b[3]) < 1;
  const only = (list, other) => list.filter((a) => !other.some((b) => same(a, b)));
  const grow = ([x, y, w, h]) => [x - 8, y - 8, x + w + 8, y + h + 8];
  return [...only(moved, rested.mapLabels), ...only(rested.mapLabels, moved)].map(grow);
}

const showMainCanvas = (page, shown) =>
  page.evaluate((v) => { document.getElementById('canvas').style.visibility = v ? '' : 'hidden'; }, shown);

// 1280x720 draws the motion canvas with a quarter-screen margin; 1280x1000 at a pixel ratio of 2
// with a narrow one (core/map_layer's pixel limit), so this drag leaves it and it is drawn again.
for (const [width, height, deviceScaleFactor] of [[1280, 720, 1], [1280, 1000, 2]]) {
  test(`a held drag shows the map through the motion canvas as the map at rest looks (${width}x${height}@${deviceScaleFactor}x)`, async () => {
    // Poland selected by the link: emphasis (an outline, the rest dimmed), with a view zoomed in far
    // enough that the drag is not stopped part-way at the map's edge (a fractional stop would leave
    // the motion canvas moved by a fraction of a pixel).
    await withAtlas({ width, height, deviceScaleFactor, hash: 'date=1923-06-01&select=poland&view=30,52,160' }, async ({ page }) => {
      await page.waitForTimeout(400);
      const before = await atlasState(page);
      await page.mouse.move(640, 330);
      await page.mouse.down();
      await page.mouse.move(634, 333);  // just past the click's slop: the motion canvas is drawn about here
      for (let i = 1; i <= 6; i++) await page.mouse.move(640 - 23 * i, 330 + 11 * i);  // -138, 66 px
      const held = await waitState(page, (s) => s.mapMotion && s.camera.x !== before.camera.x);
      await frames(page, 3);
      const both = await screenshotImage(page, join(artifactsDir, `motion-held-${width}x${height}.png`));
      await showMainCanvas(page, false);
      await frames(page, 2);
      const motionOnly = await screenshotImage(page, join(artifactsDir, `motion-canvas-only-${width}x${height}.png`));
      await showMainCanvas(page, true);
      assert.ok((await atlasState(page)).mapMotion, 'the map was still in the motion canvas');

      await page.mouse.up();
      await page.mouse.move(200, 75);  // rest the pointer on the title card: no map tooltip
      const rested = await waitState(page, (s) => !s.mapMotion);
      assert.deepEqual(rested.camera, held.camera, 'the camera stayed where the drag left it');
      await page.waitForTimeout(400);
      await frames(page, 3);
      const atRest = await screenshotImage(page, join(artifactsDir, `motion-at-rest-${width}x${height}.png`));

      const ratio = held.viewport.pixelRatio;
      // Map only: below the title card and toolbar, above the timeline, left of the details panel.
      const mapOnly = [420, 160, 860, height - 130];
      // A border pixel or two may round the other way: the canvases differ in size, so the map's
      // transform does in its last bits.
      const labels = replacedLabels(before, held, rested);
      const inMotionCanvas = differingIn(motionOnly, atRest, mapOnly, ratio, labels);
      const area = (mapOnly[2] - mapOnly[0]) * (mapOnly[3] - mapOnly[1]) * ratio * ratio;
      assert.ok(inMotionCanvas <= area * 0.0001, `${inMotionCanvas} pixels of the map differ between the motion canvas and the map at rest`);
      const onScreen = differingIn(both, atRest, [0, 0, both.width / ratio, both.height / ratio], ratio, labels);
      assert.ok(onScreen <= both.width * both.height * 0.0005,
        `${onScreen} pixels differ between the screen during the drag and at rest`);
    });
  });
}
