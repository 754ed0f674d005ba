// The atlas in one file (site/atlas-offline.html, tools/offline/make_offline.mjs), opened from the
// disk (file://) as from a USB stick: it starts, follows a deep link, moves in time, selects, saves
// the picture, and asks nothing of any network. The site links to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openAtlas, waitReady, siteDir } from './browser.mjs';
import { atlasState, waitState } from './helpers.mjs';
import { decodePng } from './png.mjs';

const offline = join(siteDir, 'atlas-offline.html');

test('the site links to the offline file, which holds everything it needs', () => {
  assert.ok(existsSync(offline), `${offline} is built`);
  assert.match(readFileSync(join(siteDir, 'index.html'), 'utf8'), /<a id="offline-link" href="atlas-offline.html" download>Download for offline use<\/a>/);
  const html = readFileSync(offline, 'utf8');
  assert.doesNotMatch(html, /<script[^>]* src=|<link rel="stylesheet"|url\("assets\//, 'no file is referenced outside it');
  console.log(`# atlas-offline.html: ${Math.round(statSync(offline).size / 1024)} KB`);
});

test('the offline file opens from file:// with a deep link and runs the main interactions', async () => {
  const url = pathToFileURL(offline).href;
  const atlas = await openAtlas({ url: url + '#date=1922-04-16&layer=relations&select=germany', width: 1100, height: 680 });
  const { page, consoleErrors } = atlas;
  const requests = [];
  page.on('request', (r) => { if (!/^(data:|blob:)/.test(r.url()) && !r.url().startsWith(url)) requests.push(r.url()); });
  try {
    await waitReady(page);
    const s = await atlasState(page);
    assert.equal(s.date, '1922-04-16');
    assert.equal(s.layer, 'relations');
    assert.equal(s.selected, 'germany');
    assert.match(await page.evaluate(() => window.atlas.panelText()), /Rapallo/);
    // The timeline by keyboard, and the address follows.
    await page.mouse.move(550, 300);
    await page.keyboard.press('ArrowRight');
    assert.ok((await waitState(page, (st) => st.date > '1922-04-16')).date > '1922-04-16', 'Right moved the date on');
    await page.waitForFunction(() => location.hash.includes('date=') && !location.hash.includes('1922-04-16'), null, { timeout: 5000 });
    await page.evaluate(() => window.atlas.setLayer('political'));
    await page.evaluate(() => window.atlas.select('france'));
    assert.equal((await atlasState(page)).selected, 'france');
    // Save picture works from the file too.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.keyboard.press('p')]);
    assert.equal(decodePng(readFileSync(await download.path())).width, 3508);
    assert.deepEqual(requests, [], 'nothing is fetched');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  } finally {
    await atlas.close();
  }
});
