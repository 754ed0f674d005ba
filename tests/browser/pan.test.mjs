// A held drag (core/map_layer): while a hand holds the map, each frame copies the map's layer, drawn
// with a margin where the drag began, to the screen under the panels. What the user sees must be the
// map as it is drawn afresh for that camera: the screen during the drag is compared with the screen
// once the map's layer has been drawn again for the camera the drag left (the other map layer shown
// and this one again: new colours draw the layer anew). A layer copied with a wrong offset or scale, a seam
// at the layer's edge, labels or panels left out or drawn where the drag began all differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas, artifactsDir } from './browser.mjs';
import { atlasState, waitState, frames, screenshotImage, differingPixels } from './helpers.mjs';

// 1280x720 copies the layer texel for pixel (a drag by whole pixels at the layer's zoom); 390x844 at
// a pixel ratio of 2 is a phone, with its own layout and a layer of 780x1688 device pixels.
// from: where the drag starts, step: each of its six moves, rest: a place on the title card, where
// the pointer shows no map tooltip (CSS pixels).
for (const [width, height, deviceScaleFactor, from, step, rest] of [[1280, 720, 1, [640, 330], [-23, 11], [200, 75]],
  [390, 844, 2, [250, 250], [9, -6], [100, 60]]]) {
  test(`a held drag shows the map as it is drawn afresh for that camera (${width}x${height}@${deviceScaleFactor}x)`, async () => {
    // Poland selected by the link: emphasis (an outline, the rest dimmed), with a view zoomed in far
    // enough that the drag is not stopped part-way at the map's edge.
    await withAtlas({ width, height, deviceScaleFactor, hash: 'date=1923-06-01&select=poland&view=30,52,160' }, async ({ page }) => {
      await page.waitForTimeout(700);  // past the layer's warm-up frame
      const before = await atlasState(page);
      const [x0, y0] = from;
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) await page.mouse.move(x0 + step[0] * i, y0 + step[1] * i);
      const held = await waitState(page, (s) => s.camera.x !== before.camera.x && s.moving.camera === false);
      await page.waitForTimeout(400);  // longer than the camera's settling: only the hand keeps it a copy
      await frames(page, 3);
      const during = await screenshotImage(page, join(artifactsDir, `pan-held-${width}x${height}.png`));
      assert.deepEqual((await atlasState(page)).camera, held.camera, 'the camera stayed while held');

      await page.mouse.up();
      await page.mouse.move(...rest);
      await page.evaluate(() => window.atlas.setLayer('relations'));
      await page.evaluate(() => window.atlas.setLayer('political'));
      await page.waitForTimeout(600);  // the colours' fade
      await frames(page, 3);
      const rested = await atlasState(page);
      assert.deepEqual(rested.camera, held.camera, 'the camera stayed where the drag left it');
      const afresh = await screenshotImage(page, join(artifactsDir, `pan-afresh-${width}x${height}.png`));
      // A border pixel or two may round the other way (the layer's transform differs in its last bits).
      const differing = differingPixels(during, afresh);
      assert.ok(differing <= during.width * during.height * 0.0005,
        `${differing} pixels differ between the screen during the drag and the map drawn afresh`);
    });
  });
}
