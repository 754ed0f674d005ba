// The printed picture (src/core/picture.hpp): the browser's PNG at print resolution, drawn by the
// picture's own module (atlas-picture.js/.wasm, loaded on the first picture, not at start), the same
// as the desktop's command line draws for the same date, layer and view, its header against a
// reference render, Save picture from the keyboard, and requests it cannot draw refused with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withAtlas, artifactsDir } from './browser.mjs';
import { decodePng } from './png.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const nativeAtlas = join(root, 'build/native/atlas');
const referenceHeader = join(root, 'tests/browser/reference/picture-header-1922-04-16.png');

// The desktop's picture for the same request (test.sh builds the native app before these tests).
function nativePicture(args, out) {
  assert.ok(existsSync(nativeAtlas), `${nativeAtlas} is built (cmake --build --preset native --target atlas)`);
  execFileSync(nativeAtlas, ['--picture', out, ...args], { stdio: 'pipe' });
  return decodePng(readFileSync(out));
}

// Share of pixels whose channels differ by more than `tolerance`, over a region (default: all).
function differingShare(a, b, tolerance = 8, rows = [0, a.height]) {
  assert.equal(a.width, b.width);
  let differ = 0, count = 0;
  for (let y = rows[0]; y < rows[1]; y++)
    for (let x = 0; x < a.width; x++, count++) {
      const i = (y * a.width + x) * 4;  // decodePng gives RGBA
      for (let c = 0; c < 3; c++)
        if (Math.abs(a.pixels[i + c] - b.pixels[i + c]) > tolerance) { differ++; break; }
    }
  return differ / count;
}

test('the browser draws the picture at print resolution, as the desktop command line does for the same view', async () => {
  await withAtlas({ hash: 'date=1922-04-16&layer=relations' }, async ({ page, foreignRequests, requests }) => {
    const pictureModule = () => requests.filter((u) => /\/atlas-picture\.(js|wasm)$/.test(u)).length;
    assert.equal(pictureModule(), 0, 'the picture module is not loaded at start');
    const { bytes, ms, again } = await page.evaluate(async () => {
      const started = performance.now();
      const png = await window.atlas.picture({ view: 'europe' });  // cold: the module loads first
      const ms = Math.round(performance.now() - started);
      const second = performance.now();
      await window.atlas.picture({ view: 'europe' });
      return { bytes: Array.from(png), ms, again: Math.round(performance.now() - second) };
    });
    assert.equal(pictureModule(), 2, 'its script and wasm, once each');
    const png = Buffer.from(bytes);
    writeFileSync(join(artifactsDir, 'picture-browser-1922-04-16-europe.png'), png);
    const browser = decodePng(png);
    assert.ok(browser.width >= 3000, `${browser.width} px wide`);
    assert.equal(browser.width, 3508);
    assert.equal(browser.height, 2480);
    console.log(`# picture in the browser: ${ms} ms the first (the module loaded), ${again} ms the next, ${png.length} bytes`);
    const native = nativePicture(['--date', '1922-04-16', '--layer', 'relations', '--view', 'europe'],
      join(artifactsDir, 'picture-native-1922-04-16-europe.png'));
    assert.equal(native.width, browser.width);
    assert.equal(native.height, browser.height);
    const share = differingShare(browser, native);
    assert.ok(share < 0.001, `${(share * 100).toFixed(3)}% of the pixels differ between browser and desktop`);
    // The other layer is a different picture: the comparison can tell.
    const political = nativePicture(['--date', '1922-04-16', '--layer', 'political', '--view', 'europe'],
      join(artifactsDir, 'picture-native-1922-04-16-political.png'));
    assert.ok(differingShare(browser, political) > 0.05, 'the political layer differs');
    assert.deepEqual(foreignRequests, []);
  });
});

test('the picture has the title and the date: its header matches the reference render, and another date does not', () => {
  const reference = decodePng(readFileSync(referenceHeader));
  const header = (img) => ({ width: img.width, height: reference.height, pixels: img.pixels.subarray(0, img.width * reference.height * 4) });
  const same = nativePicture(['--date', '1922-04-16', '--layer', 'relations', '--view', 'europe'],
    join(artifactsDir, 'picture-native-header.png'));
  assert.ok(differingShare(header(same), reference) < 0.002, 'the header of 16 April 1922 matches the reference');
  const other = nativePicture(['--date', '1925-01-20', '--layer', 'relations', '--view', 'europe'],
    join(artifactsDir, 'picture-native-other-date.png'));
  assert.ok(differingShare(header(other), reference) > 0.002, 'another date gives another header');
});

test('Save picture (P) downloads the PNG of the screen\'s view; impossible requests get a message', async () => {
  await withAtlas({ hash: 'date=1927-06-01&layer=relations&select=china' }, async ({ page, foreignRequests }) => {
    await page.mouse.move(640, 400);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.keyboard.press('p')]);
    assert.equal(download.suggestedFilename(), 'soviet-atlas-1927-06-01-relations.png');
    const saved = decodePng(readFileSync(await download.path()));
    assert.equal(saved.width, 3508);
    for (const [options, expected] of [[{ width: 200 }, /pixels wide/], [{ width: 3508, height: 50000 }, /pixels high/],
      [{ view: 'atlantis' }, /Unknown view 'atlantis'/]]) {
      const message = await page.evaluate((o) => window.atlas.picture(o).then(() => 'drawn', (e) => e.message), options);
      assert.match(message, expected);
    }
    assert.deepEqual(foreignRequests, []);
  });
});
