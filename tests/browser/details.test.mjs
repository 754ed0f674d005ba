// The details panel and the relations layer with real input: a click on Germany in May 1922 shows
// the Treaty of Rapallo, the United Kingdom in mid-1927 (clicked at London after zooming in with the
// wheel) shows relations broken off, the relations layer paints the standing colours from
// src/core/palette.cpp, and Esc closes the panel. Expectations come from assets/ and the palette.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openAtlas, waitReady, artifactsDir } from './browser.mjs';
import {
  readAsset, hexToRgb, colourDistance, standingPalette, standingOn, nameOn, atlasState, waitState,
  screenshotImage, patchColour, project,
} from './helpers.mjs';

const states = readAsset('states.json');
const history = readAsset('events.json');
const palette = standingPalette();
const colourOf = (id) => hexToRgb(states.states.find((s) => s.id === id).color);

// Interior points, away from capitals' dots and labels.
const places = {
  ussr: [40.0, 57.5],       // near Yaroslavl, north-east of Moscow
  germany: [11.0, 48.9],    // Bavaria, north of Munich (away from the label and from any capital)
  poland: [21.0, 50.6],     // between Kraków and Lublin
};

let atlas, page;
before(async () => {
  atlas = await openAtlas({ width: 1280, height: 720 });
  page = atlas.page;
  await waitReady(page);
});
after(async () => { await atlas?.close(); });

async function settle(ms = 400) { await page.waitForTimeout(ms); }  // the fills cross-fade for 250 ms

test('the relations layer paints each state in its standing colour with Moscow (May 1922)', async () => {
  const date = '1922-05-15';
  await page.evaluate((d) => window.atlas.setDate(d), date);
  await settle();
  const points = {};
  for (const [id, [lon, lat]] of Object.entries(places)) points[id] = await project(page, lon, lat);
  const political = await screenshotImage(page, join(artifactsDir, 'details-political-1922-05-15.png'));
  await page.evaluate(() => window.atlas.setLayer('relations'));
  await settle();
  const relations = await screenshotImage(page, join(artifactsDir, 'details-relations-1922-05-15.png'));
  assert.equal((await atlasState(page)).layer, 'relations');
  for (const [id, p] of Object.entries(points)) {
    const before = patchColour(political, p.x, p.y), after = patchColour(relations, p.x, p.y);
    const standing = standingOn(history, id, date);
    const expected = palette[standing];
    assert.ok(colourDistance(before, colourOf(id)) <= 6,
      `political layer at ${id} (${p.x.toFixed(0)},${p.y.toFixed(0)}): ${before} instead of ${colourOf(id)} from states.json`);
    assert.ok(colourDistance(after, expected) <= 6,
      `relations layer at ${id}: ${after} instead of the "${standing}" colour ${expected} of palette.cpp`);
  }
  // Germany after Rapallo is recognised: the colour must change from its political colour.
  assert.notDeepEqual(patchColour(political, points.germany.x, points.germany.y), patchColour(relations, points.germany.x, points.germany.y));
  await page.evaluate(() => window.atlas.setLayer('political'));
  assert.deepEqual(atlas.consoleErrors, []);
});

test('a click at once after ready, far from any capital, selects the state under it', async () => {
  // Start-up builds the pick grid only around the capitals (for the labels) and the rest 0.3 s after
  // the first frame: a click before then builds it at once (src/app/app_load.cpp, app_load_rest).
  const fresh = await openAtlas({ width: 1280, height: 720 });
  try {
    await waitReady(fresh.page);
    const bavaria = await project(fresh.page, ...places.germany);  // 190 km from the nearest capital
    await fresh.page.mouse.click(bavaria.x, bavaria.y);
    const state = await waitState(fresh.page, (s) => s.selected !== null);
    assert.equal(state.selected, 'germany', `a click in Bavaria at once after ready selected ${state.selected}`);
  } finally {
    await fresh.close();
  }
});

test('a click on Germany in May 1922 opens its panel with the Treaty of Rapallo; Esc closes it', async () => {
  await page.evaluate(() => window.atlas.setDate('1922-05'));
  const kassel = await project(page, ...places.germany);
  await page.mouse.click(kassel.x, kassel.y);
  const state = await waitState(page, (s) => s.selected !== null);
  assert.equal(state.selected, 'germany', `a click at Kassel (${kassel.x.toFixed(0)},${kassel.y.toFixed(0)}) selected ${state.selected}`);
  const text = await page.evaluate(() => window.atlas.panelText());
  assert.equal(text.split('\n')[0], nameOn(states, 'germany', '1922-05'), 'the panel starts with the name on that date');
  const rapallo = history.events.find((e) => /Rapallo/.test(e.title) && e.parties.includes('germany'));
  assert.ok(rapallo, 'events.json has the Treaty of Rapallo with Germany as a party');
  assert.match(text, /Rapallo/);
  assert.ok(text.includes(rapallo.title), `the panel lists "${rapallo.title}":\n${text}`);
  assert.match(text, /Recognised/i, 'after Rapallo (16 April 1922) Germany has recognised the Soviet state');

  await page.keyboard.press('Escape');
  const closed = await waitState(page, (s) => s.selected === null);
  assert.equal(closed.selected, null, 'Esc clears the selection');
  assert.equal(await page.evaluate(() => window.atlas.panelText()), '', 'Esc closes the panel');
  assert.deepEqual(atlas.consoleErrors, []);
});

test('the United Kingdom in mid-1927, clicked at London after zooming in, shows relations broken off', async () => {
  const date = '1927-07-01';
  assert.equal(standingOn(history, 'uk', date), 'broken', 'data: Britain broke off relations on 26 May 1927');
  await page.evaluate((d) => window.atlas.setDate(d), date);
  const london = [-0.12, 51.5];
  let p = await project(page, ...london);
  const zoom0 = (await atlasState(page)).camera.zoom;
  await page.mouse.move(p.x, p.y);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
  const zoomed = await waitState(page, (s) => s.camera.zoom > zoom0 * 2.5);
  assert.ok(zoomed.camera.zoom > zoom0 * 2.5, `the wheel zoomed from ${zoom0} to ${zoomed.camera.zoom}`);
  p = await project(page, ...london);
  // A little north-west of the city centre: inside England, off the capital's dot.
  const q = await project(page, -0.9, 51.9);
  await page.mouse.click(q.x, q.y);
  const state = await waitState(page, (s) => s.selected !== null);
  await page.screenshot({ path: join(artifactsDir, 'details-uk-1927-07-01.png') });
  assert.equal(state.selected, 'uk', `a click near London (${q.x.toFixed(0)},${q.y.toFixed(0)}) selected ${state.selected}`);
  const text = await page.evaluate(() => window.atlas.panelText());
  assert.equal(text.split('\n')[0], nameOn(states, 'uk', date));
  assert.match(text.split('\n')[1], /broken/i, `the standing line says broken:\n${text}`);
  const breakEvent = history.events.find((e) => e.id === history.standings.uk.filter((c) => c.standing === 'broken').pop().event);
  assert.ok(text.includes(breakEvent.title), `the panel names the break: "${breakEvent.title}"`);
  await page.keyboard.press('Escape');
  assert.equal((await waitState(page, (s) => s.selected === null)).selected, null);
  assert.deepEqual(atlas.consoleErrors, []);
});
