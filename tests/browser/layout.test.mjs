// Every classroom screen, from a 360x640 phone (upright and on its side) to a 4K board at pixel
// ratio 2: the panels stay on the screen and off the title card and each other, the selected state's
// label is in view and not under a panel after select() and after a link, the timeline's year labels
// do not overlap, no state's label is cut at the screen's edge; each leaves a screenshot in
// test-artifacts/. On touch screens a tap acts on the panel under the finger, never on the map
// beneath it; a drag pans the map; the bottom sheet is dragged open on the phone and the tablet.
// One Chromium serves every page of the file (a context each), so the file stays quick.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withAtlas as withAtlasAlone, artifactsDir, launchChromium } from './browser.mjs';
import { atlasState, waitState, project, frames, readAsset } from './helpers.mjs';

let browser = null;
before(async () => { browser = await launchChromium(); });
after(async () => { if (browser) await browser.close(); });
const withAtlas = (options, body) => withAtlasAlone({ ...options, browser }, body);

const history = readAsset('events.json');

// "4K at 2x": a 3840x2160 panel shows a 1920x1080 CSS page at device pixel ratio 2.
// 640x360 is also a 1280x720 laptop at 200 % browser zoom.
const screens = [
  { width: 360, height: 640, touch: true, select: 'poland' },
  { width: 390, height: 844, touch: true, select: 'germany' },
  { width: 844, height: 390, touch: true, select: 'germany' },
  { width: 740, height: 360, touch: true, select: 'poland' },
  { width: 640, height: 360, touch: true, select: 'germany' },
  { width: 820, height: 1180, touch: true, select: 'japan' },
  { width: 1024, height: 768, select: 'japan' },
  { width: 1366, height: 768, touch: true, select: 'japan' },
  { width: 1920, height: 1080, select: 'uk' },
  { width: 1920, height: 1080, ratio: 2, select: 'japan' },
];

const rect = ([x, y, w, h]) => ({ x, y, w, h, r: x + w, b: y + h });
const overlap = (a, b) => a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b;
const inside = (p, a) => p.x >= a.x && p.x <= a.r && p.y >= a.y && p.y <= a.b;
const centre = (a) => ({ x: a.x + a.w / 2, y: a.y + a.h / 2 });

function checkPanels(state, width, height, label) {
  const windows = Object.entries(state.windows).map(([name, r]) => [name, rect(r)]);
  assert.ok(windows.some(([n]) => n === 'title') && windows.some(([n]) => n === 'timeline'), `${label}: title and timeline drawn: ${Object.keys(state.windows)}`);
  for (const [name, r] of windows) {
    assert.ok(r.x >= -0.5 && r.y >= -0.5 && r.r <= width + 0.5 && r.b <= height + 0.5,
      `${label}: the ${name} panel ${JSON.stringify(r)} leaves the ${width}x${height} screen`);
  }
  for (let i = 0; i < windows.length; i++)
    for (let j = i + 1; j < windows.length; j++)
      assert.ok(!overlap(windows[i][1], windows[j][1]),
        `${label}: ${windows[i][0]} ${JSON.stringify(windows[i][1])} overlaps ${windows[j][0]} ${JSON.stringify(windows[j][1])}`);
}

// The selected state's label point on the screen and under no panel.
function checkSelectedInOpen(state, width, height, label) {
  const p = state.selectedLabel;
  assert.ok(p, `${label}: ${state.selected} has a label point`);
  assert.ok(p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height, `${label}: ${state.selected}'s label (${p.x.toFixed(0)}, ${p.y.toFixed(0)}) is off the screen`);
  for (const [name, r] of Object.entries(state.windows))
    assert.ok(!inside(p, rect(r)), `${label}: ${state.selected}'s label (${p.x.toFixed(0)}, ${p.y.toFixed(0)}) is under the ${name} panel ${JSON.stringify(r)}`);
}

// Every state's label drawn on the map lies wholly on the screen and clear of the panels: no word
// cut at the screen's edge or a panel's.
function checkMapLabels(state, width, height, label) {
  assert.ok(state.mapLabels.length >= 1, `${label}: some state is labelled`);
  for (const r of state.mapLabels.map(rect)) {
    assert.ok(r.x >= -0.5 && r.y >= -0.5 && r.r <= width + 0.5 && r.b <= height + 0.5,
      `${label}: a map label ${JSON.stringify(r)} is cut at the edge of the ${width}x${height} screen`);
    for (const [name, w] of Object.entries(state.windows))
      assert.ok(!overlap(r, rect(w)), `${label}: a map label ${JSON.stringify(r)} is cut by the ${name} panel`);
  }
}

function checkYearLabels(state, label) {
  const years = state.yearLabels.map(rect).sort((a, b) => a.x - b.x);
  assert.ok(years.length >= 2, `${label}: at least the first and another year are labelled (${years.length})`);
  for (let i = 1; i < years.length; i++)
    assert.ok(years[i - 1].r <= years[i].x, `${label}: year labels ${i - 1} and ${i} overlap: ${JSON.stringify(years.slice(i - 1, i + 1))}`);
}

// The camera's flight after select() takes 0.4 s: wait until it is still.
async function settled(page) {
  let last = null;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const s = await atlasState(page);
    const key = JSON.stringify(s.camera);
    if (key === last && !s.moving.camera) return s;  // (a slow frame can hold a flight still for 100 ms)
    last = key;
  }
  return atlasState(page);
}

for (const { width, height, ratio = 1, touch = false, select } of screens) {
  const label = `${width}x${height}${ratio > 1 ? `@${ratio}x` : ''}`;
  test(`${label}: panels on the screen and apart, ${select}'s label in the open, year labels apart`, async () => {
    await withAtlas({ width, height, deviceScaleFactor: ratio, touch }, async ({ page }) => {
      await page.evaluate(() => window.atlas.setDate('1926-05-01'));
      let state = await atlasState(page);
      checkPanels(state, width, height, `${label} at start`);
      checkYearLabels(state, label);
      checkMapLabels(state, width, height, `${label} at start`);
      await page.evaluate((id) => window.atlas.select(id), select);
      state = await settled(page);
      assert.equal(state.selected, select);
      assert.ok(state.windows.details, `${label}: the details panel is open`);
      checkPanels(state, width, height, `${label} with ${select} selected`);
      checkSelectedInOpen(state, width, height, label);
      checkYearLabels(state, `${label} with ${select} selected`);
      checkMapLabels(state, width, height, `${label} with ${select} selected`);
      // The events are reachable: entries of the list show in the panel (a phone on its side has the
      // panel at full height, where a strip between title and timeline showed none).
      const details = rect(state.windows.details);
      const rows = state.detailsRows.map((r) => rect(r.rect)).filter((r) => r.y >= details.y && r.b <= details.b);
      const shortLandscape = height < 500 && width >= height;
      assert.equal(state.layout.sideSheet, shortLandscape, `${label}: the details run down the side only on a short landscape screen`);
      assert.ok(rows.length >= (shortLandscape ? 2 : 1), `${label}: ${rows.length} whole event entries in view in the details panel ${JSON.stringify(details)}`);
      await page.evaluate(() => window.atlas.redrawAll());
      await page.screenshot({ path: join(artifactsDir, `layout-${label}.png`) });
    });
  });
}

// A link that selects a state and carries no view: the state is in the open part of the map as the
// page is ready, not under the sheet or off the screen of the start view (and the same with a view
// made on a wide screen, where the panels were elsewhere).
for (const { width, height, touch = false, hash } of [
  { width: 390, height: 844, touch: true, hash: 'date=1922-04-16&layer=relations&select=germany' },
  { width: 820, height: 1180, touch: true, hash: 'date=1922-04-16&layer=relations&select=germany' },
  { width: 844, height: 390, touch: true, hash: 'date=1922-04-16&layer=relations&select=germany' },
  { width: 390, height: 844, touch: true, hash: 'date=1925-10-16&select=japan' },
  { width: 390, height: 844, touch: true, hash: 'date=1925-10-16&select=uk&view=60.00,50.00,160.00' },
]) {
  const label = `${width}x${height} link ${hash}`;
  test(`${label}: the selected state is in view and under no panel as the page is ready`, async () => {
    await withAtlas({ width, height, touch, hash }, async ({ page }) => {
      const state = await atlasState(page);
      assert.equal(state.selected, /select=(\w+)/.exec(hash)[1]);
      assert.ok(state.windows.details, `${label}: the details panel is open`);
      assert.equal(state.moving.camera, false, `${label}: the linked view is there at once, not flown to`);
      checkPanels(state, width, height, label);
      checkSelectedInOpen(state, width, height, label);
      await page.screenshot({ path: join(artifactsDir, `layout-${width}x${height}-link-${state.selected}.png`) });
    });
  });
}

// Touch points through the DevTools protocol, as touch.test.mjs sends them.
async function touchSession(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type, points) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 })),
  });
  return {
    async tap(x, y) { await page.touchscreen.tap(x, y); await frames(page, 3); },
    async drag([x0, y0], [x1, y1], steps = 8) {
      await send('touchStart', [[x0, y0]]);
      for (let i = 1; i <= steps; i++) {
        await send('touchMove', [[x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps]]);
        await frames(page, 1);
      }
      await send('touchEnd', []);
      await frames(page, 3);
    },
  };
}

for (const { width, height } of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
test(`${width}x${height} touch: a tap on an event in the United Kingdom's panel opens it; taps on the panels never reach the map`, async () => {
  await withAtlas({ width, height, touch: true }, async ({ page }) => {
    const finger = await touchSession(page);
    const trade = history.events.find((e) => e.title === 'Anglo-Soviet Trade Agreement' && e.parties.includes('uk'));
    assert.ok(trade, 'events.json has the Anglo-Soviet Trade Agreement');
    await page.evaluate((d) => window.atlas.setDate(d), trade.date);
    await page.evaluate(() => window.atlas.select('uk'));
    let state = await settled(page);
    const row = state.detailsRows.find((r) => r.event === trade.id);
    assert.ok(row, `the list opened at the date shows the agreement: ${JSON.stringify(state.detailsRows.map((r) => r.event))}`);
    const at = centre(rect(row.rect));
    await finger.tap(at.x, at.y);
    state = await waitState(page, (s) => s.openEvent !== null);
    assert.equal(state.selected, 'uk', 'the tap did not reach the map under the panel');
    assert.equal(state.openEvent, trade.id, 'the tapped entry is open');

    // Below the list, inside the details panel, over the map: still the UK.
    const details = rect(state.windows.details);
    await finger.tap(details.x + details.w / 2, details.b - 6);
    assert.equal((await atlasState(page)).selected, 'uk', 'a tap on the panel\'s edge kept the selection');

    // The timeline: a tap on the track moves the date, and the selection stays.
    const timeline = rect(state.windows.timeline);
    await finger.tap(timeline.x + timeline.w * 0.8, timeline.y + timeline.h * 0.55);
    state = await waitState(page, (s) => s.date !== trade.date);
    assert.notEqual(state.date, trade.date, 'the tap on the track moved the date');
    assert.equal(state.selected, 'uk', 'the tap on the timeline did not reach the map');

    // The toolbar (its row, or the phone's menu button, which opens the menu): the selection stays.
    const toolbar = rect(state.windows.toolbar);
    await finger.tap(toolbar.x + toolbar.w / 2, toolbar.y + toolbar.h / 2);
    state = await (state.layout.toolbarMenu ? waitState(page, (s) => !!s.windows.menu) : atlasState(page));
    assert.equal(state.selected, 'uk', 'the tap on the toolbar did not reach the map');
    if (state.layout.toolbarMenu) {
      assert.ok(state.windows.menu, 'the tap opened the menu');
      const menu = rect(state.windows.menu);
      await finger.tap(menu.x + 4, menu.y + menu.h / 2);  // its left edge, beside its buttons
      state = await atlasState(page);
      assert.equal(state.selected, 'uk', 'the tap on the menu did not reach the map');
      await finger.tap(toolbar.x + toolbar.w / 2, toolbar.y + toolbar.h / 2);  // closed again
    }

    // The search results: typed, then the first result tapped.
    await page.keyboard.press('Escape');
    await waitState(page, (s) => s.selected === null);
    await page.keyboard.press('/');
    await frames(page, 3);
    await page.keyboard.type('Japan');
    state = await waitState(page, (s) => !!s.windows['search-results']);
    const results = rect(state.windows['search-results']);
    await finger.tap(results.x + results.w / 2, results.y + 18);
    state = await waitState(page, (s) => s.selected !== null);
    assert.equal(state.selected, 'japan', 'the tapped search result is chosen');
  });
});
}

for (const { width, height } of [{ width: 1366, height: 768 }, { width: 390, height: 844 }, { width: 640, height: 360 }]) {
test(`${width}x${height} lesson panel, touch: a tap on its text does not select the state under it`, async () => {
  await withAtlas({ width, height, touch: true, hash: 'tour=1&step=2' }, async ({ page }) => {
    const finger = await touchSession(page);
    const state = await settled(page);
    assert.ok(state.tour, 'the lesson is open');
    const tour = rect(state.windows.tour);
    await finger.tap(tour.x + tour.w / 2, tour.y + tour.h * 0.6);
    await frames(page, 4);
    const after = await atlasState(page);
    assert.equal(after.selected, null, 'the tap on the lesson panel selected nothing on the map under it');
    assert.deepEqual(after.tour, state.tour, 'and the lesson stays at its step');
    checkPanels(after, width, height, `${width}x${height} in the lesson`);
    await page.screenshot({ path: join(artifactsDir, `layout-${width}x${height}-lesson.png`) });
  });
});
}

// The phone and the tablet upright: a drag pans, a tap selects, the sheet is dragged open by its
// grip, the menu opens; the phone on its side: a drag pans, a tap selects, a tap on an entry of the
// side sheet opens it.
for (const { width, height } of [{ width: 390, height: 844 }, { width: 820, height: 1180 }, { width: 844, height: 390 }]) {
  const label = `${width}x${height}`;
  const portrait = height > width;
  test(`${label} touch: a tap selects, a drag pans, ${portrait ? 'the sheet is dragged open and the menu opens' : 'a tap on the side sheet opens an entry'}`, async () => {
    // Zoomed in on Moscow (at "All", or even "Europe", a short screen's map just fills it and
    // cannot move).
    await withAtlas({ width, height, touch: true, hash: 'date=1926-05-01&view=38.00,56.00,400.00' }, async ({ page }) => {
      const finger = await touchSession(page);
      const start = await settled(page);
      assert.ok(start.layout.toolbarMenu, `the toolbar is a menu at ${label}`);
      // A drag pans: the place under the finger follows it.
      const from = { x: width / 2, y: Math.round(height * 0.45) };
      const before = start.camera;
      await finger.drag([from.x, from.y], [from.x + 60, from.y + 40]);
      const panned = await atlasState(page);
      const moved = Math.hypot((panned.camera.x - before.x) * panned.camera.zoom, (panned.camera.y - before.y) * panned.camera.zoom);
      assert.ok(moved > 40, `a 72 px drag moved the map ${moved.toFixed(1)} px`);
      // A tap on the Soviet state (north-east of Moscow) selects it.
      const at = await project(page, 40.0, 57.5);
      assert.ok(at.x > 0 && at.x < width && at.y > 0 && at.y < height, `the place is on the screen: ${JSON.stringify(at)}`);
      for (const [name, r] of Object.entries(panned.windows)) assert.ok(!inside(at, rect(r)), `the place is not under the ${name} panel`);
      await finger.tap(at.x, at.y);
      let state = await waitState(page, (s) => s.selected !== null);
      assert.equal(state.selected, 'ussr');
      state = await settled(page);
      checkPanels(state, width, height, `${label} with the Soviet state selected`);
      if (!portrait) {
        assert.ok(state.layout.sideSheet, 'the details run down the right side');
        const panel = rect(state.windows.details);
        const whole = state.detailsRows.filter(({ rect: r }) => r[1] >= panel.y && r[1] + r[3] <= panel.b - 8);
        const row = whole[Math.floor(whole.length / 2)];
        assert.ok(row, `an entry of the list is wholly in view: ${JSON.stringify(state.detailsRows)}`);
        const c = centre(rect(row.rect));
        await page.screenshot({ path: join(artifactsDir, `layout-${label}-touch-selected.png`) });
        await finger.tap(c.x, c.y);
        state = await waitState(page, (s) => s.openEvent === row.event);
        assert.equal(state.openEvent, row.event, `the tapped entry is open: ${JSON.stringify(row)} in ${JSON.stringify(panel)}`);
        assert.equal(state.selected, 'ussr', 'the tap did not reach the map under the panel');
        await page.screenshot({ path: join(artifactsDir, `layout-${label}-entry-open.png`) });
        return;
      }
      assert.ok(state.layout.sheet, 'the details are a sheet from the bottom');
      const half = rect(state.windows.details);
      const title = rect(state.windows.title);
      // Dragged up by its grip: nearly full height, still under the title card.
      const grip = centre(rect(state.layout.sheetGrip));
      await finger.drag([grip.x, grip.y], [grip.x, title.b + 20], 10);
      state = await settled(page);
      const full = rect(state.windows.details);
      assert.ok(full.h > half.h * 1.6, `the sheet grew from ${half.h.toFixed(0)} to ${full.h.toFixed(0)} px`);
      assert.ok(full.y >= title.b, 'the sheet stops under the title card');
      checkPanels(state, width, height, `${label} with the sheet open`);
      assert.equal(state.selected, 'ussr', 'dragging the sheet selected nothing else');
      await page.screenshot({ path: join(artifactsDir, `layout-${label}-sheet-full.png`) });
      // The menu button opens the toolbar's controls.
      const menu = centre(rect(state.windows.toolbar));
      await finger.tap(menu.x, menu.y);
      state = await waitState(page, (s) => !!s.windows.menu);
      assert.ok(state.windows.menu, 'the menu opened');
      assert.equal(state.selected, 'ussr', 'the tap on the menu button did not reach the map');
      const m = rect(state.windows.menu);
      assert.ok(m.x >= 0 && m.r <= width, 'the menu is on the screen');
      await page.screenshot({ path: join(artifactsDir, `layout-${label}-menu.png`) });
    });
  });
}

// Where the key is folded because it does not fit whole (2x text on a laptop; the same laptop at
// 200 % zoom), the "Map key" button still opens it: between the title card and the timeline, over
// neither, scrolling the rest.
for (const { width, height, scale } of [{ width: 1280, height: 720, scale: 2 }, { width: 640, height: 360, scale: 1 }]) {
  test(`${width}x${height} at ${scale}x text: the Map key button opens the key`, async () => {
    await withAtlas({ width, height, hash: 'date=1922-04-16&layer=relations' }, async ({ page }) => {
      if (scale !== 1) await page.evaluate((s) => window.atlas.setUiScale(s), scale);
      let state = await waitState(page, (s) => !!s.windows['legend-button']);
      const button = rect(state.windows['legend-button']);
      await page.mouse.click(centre(button).x, centre(button).y);
      state = await waitState(page, (s) => !!s.windows.legend);
      assert.ok(state.windows.legend, `the key opened: ${Object.keys(state.windows)}`);
      checkPanels(state, width, height, `${width}x${height} key open`);
      await page.screenshot({ path: join(artifactsDir, `layout-${width}x${height}-${scale}x-key.png`) });
    });
  });
}

// A bigger text size makes every row of the event list taller: the list goes back to the date.
test('1280x720: after the text size changes to 2x the event list still shows the event in force', async () => {
  await withAtlas({ width: 1280, height: 720, hash: 'date=1922-04-16&layer=relations&select=germany' }, async ({ page }) => {
    const rows = (s) => s.detailsRows.map((r) => r.event);
    let state = await waitState(page, (s) => rows(s).includes('rapallo_treaty'));
    assert.ok(rows(state).includes('rapallo_treaty'), `at 1x: ${rows(state)}`);
    await page.evaluate(() => window.atlas.setUiScale(2));
    state = await waitState(page, (s) => s.layout.sideSheet && rows(s).includes('rapallo_treaty'));
    assert.ok(rows(state).includes('rapallo_treaty'), `at 2x the list shows ${rows(state)}, not the Treaty of Rapallo in force on 16 April 1922`);
  });
});
