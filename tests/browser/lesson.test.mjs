// Lesson mode from a link (#tour=1&step=1), walked by keyboard as a presentation clicker would
// (Right, Space, PageDown; Left back; Esc out). Each step's date, first event and URL come from
// assets/tour.json; the step's states stand out and the others are dimmed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openAtlas, waitReady, artifactsDir } from './browser.mjs';
import { readAsset, hexToRgb, colourDistance, atlasState, waitState, screenshotImage, patchColour, project } from './helpers.mjs';

const tour = readAsset('tour.json').tours[0];
const states = readAsset('states.json');
const colourOf = (id) => hexToRgb(states.states.find((s) => s.id === id).color);
const hashOf = (page) => page.evaluate(() => decodeURIComponent(location.hash));

let atlas, page;
before(async () => {
  atlas = await openAtlas({ width: 1100, height: 640, hash: 'tour=1&step=1' });  // small: SwiftShader is slow
  page = atlas.page;
  await waitReady(page);
});
after(async () => { await atlas?.close(); });

async function waitHash(re, timeout = 6000) {
  const end = Date.now() + timeout;
  let hash = await hashOf(page);
  while (!re.test(hash) && Date.now() < end) { await page.waitForTimeout(100); hash = await hashOf(page); }
  return hash;
}

async function waitCameraStill(timeout = 6000) {
  const end = Date.now() + timeout;
  let last = JSON.stringify((await atlasState(page)).camera);
  while (Date.now() < end) {
    await page.waitForTimeout(250);
    const now = JSON.stringify((await atlasState(page)).camera);
    if (now === last) return;
    last = now;
  }
}

// The timeline runs to a step's date in under a second; wait for it (up to 5 s), then check.
async function checkStep(state, n) {
  const step = tour.steps[n - 1];
  if (state.date !== step.date) state = await waitState(page, (s) => s.date === step.date);
  assert.deepEqual(state.tour, { tour: 1, step: n }, `lesson step ${n}`);
  assert.equal(state.date, step.date, `step ${n} ("${step.title}") is on ${step.date}`);
  assert.equal(state.highlightEvent, step.events[0], `step ${n} highlights its first event`);
  return state;
}

test('a link starts the lesson at step 1 with its date, event and emphasised states', async () => {
  const state = await atlasState(page);
  await checkStep(state, 1);
  // The step's states stand out, the others are dimmed (mixed 35% towards the paper colour).
  await waitCameraStill();
  await page.waitForTimeout(400);
  const image = await screenshotImage(page, join(artifactsDir, 'lesson-step-1.png'));
  const step = tour.steps[0];
  const inside = { germany: [11.0, 48.9], france: [2.4, 47.1], spain: [-3.7, 40.0] };
  const viewport = page.viewportSize();
  for (const [id, [lon, lat]] of Object.entries(inside)) {
    const p = await project(page, lon, lat);
    if (p.x < 500 || p.x > viewport.width - 20 || p.y < 80 || p.y > viewport.height - 110) continue;  // under a panel
    const c = patchColour(image, p.x, p.y);
    const base = colourOf(id);
    const dimmed = base.map((v, i) => Math.round(v + ([0.93, 0.93, 0.91][i] * 255 - v) * 0.35));
    const expected = step.states.includes(id) ? base : dimmed;
    assert.ok(colourDistance(c, expected) <= 8,
      `${id} at (${p.x.toFixed(0)},${p.y.toFixed(0)}) is ${c}; expected ${expected} (${step.states.includes(id) ? 'emphasised' : 'dimmed'})`);
  }
  assert.match(await hashOf(page), /step=1(&|$)/);
  assert.deepEqual(atlas.consoleErrors, []);
});

test('Right and PageDown walk the whole tour; the URL follows; Left and PageUp go back; Esc leaves', async () => {
  const keys = ['ArrowRight', 'PageDown'];
  for (let n = 2; n <= tour.steps.length; n++) {
    const key = keys[(n - 2) % keys.length];
    await page.keyboard.press(key);
    const state = await waitState(page, (s) => s.tour && s.tour.step === n);
    assert.deepEqual(state.tour, { tour: 1, step: n }, `${key} on step ${n - 1} goes to step ${n}`);
    await checkStep(state, n);
    // The link the page writes into the URL, at every step; the address bar itself (written once
    // the step has stayed for 0.6 s) at a few steps, to keep the walk short on a slow renderer.
    const link = await page.evaluate(() => window.atlas.link());
    assert.match(link, new RegExp(`tour=1&step=${n}(&|$)`), `the link has step=${n}: ${link}`);
    if (n === 2 || n === 9 || n === tour.steps.length) {
      const hash = await waitHash(new RegExp(`step=${n}(&|$)`));
      assert.match(hash, new RegExp(`(^#|&)tour=1(&|$)`), `the URL keeps the lesson at step ${n}`);
      assert.match(hash, new RegExp(`step=${n}(&|$)`), `the URL has step=${n}`);
    }
  }
  const last = tour.steps.length;
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await checkStep(await atlasState(page), last);  // past the last step: stays there

  await page.keyboard.press('ArrowLeft');
  let state = await waitState(page, (s) => s.tour && s.tour.step === last - 1);
  await checkStep(state, last - 1);
  await page.keyboard.press('PageUp');
  state = await waitState(page, (s) => s.tour && s.tour.step === last - 2);
  state = await checkStep(state, last - 2);

  const date = state.date;
  await page.keyboard.press('Escape');
  state = await waitState(page, (s) => s.tour === null);
  assert.equal(state.tour, null, 'Esc leaves the lesson');
  assert.equal(state.date, date, 'leaving the lesson keeps the date');
  const hash = await waitHash(/^(?!.*step=)/);
  assert.doesNotMatch(hash, /step=/, 'the URL no longer has a lesson step');
  // Outside the lesson the arrows step through events again.
  await page.keyboard.press('ArrowRight');
  state = await waitState(page, (s) => s.date !== date);
  assert.notEqual(state.date, date);
  assert.equal(state.tour, null);
  assert.deepEqual(atlas.consoleErrors, []);
});

test('Space, what a presentation clicker sends, goes to the next step also after an arrow key', async () => {
  await page.evaluate(() => { location.hash = 'tour=1&step=1'; });
  let state = await waitState(page, (s) => s.tour && s.tour.step === 1);
  await checkStep(state, 1);
  await page.keyboard.press('Space');
  state = await waitState(page, (s) => !s.tour || s.tour.step === 2);
  assert.deepEqual(state.tour, { tour: 1, step: 2 }, 'Space on step 1 goes to step 2');
  await page.keyboard.press('ArrowRight');
  state = await waitState(page, (s) => !s.tour || s.tour.step === 3);
  assert.deepEqual(state.tour, { tour: 1, step: 3 }, 'Right on step 2 goes to step 3');
  await page.keyboard.press('Space');
  state = await waitState(page, (s) => !s.tour || s.tour.step === 4);
  await page.waitForTimeout(300);
  state = await atlasState(page);
  assert.deepEqual(state.tour, { tour: 1, step: 4 }, 'Space after Right goes to step 4 and stays in the lesson');
  await checkStep(state, 4);
  assert.deepEqual(atlas.consoleErrors, []);
});

test('moving between steps runs the timeline through the months in between', async () => {
  // Steps 5 and 6 are a year apart (the trade agreement, then Genoa and Rapallo).
  await page.evaluate(() => { location.hash = 'tour=1&step=5'; });
  await waitState(page, (s) => s.tour && s.tour.step === 5, 8000);
  const state = await checkStep(await atlasState(page), 5);
  await page.keyboard.press('ArrowRight');
  const seen = new Set();
  const end = Date.now() + 5000;
  while (Date.now() < end) {
    const s = await atlasState(page);
    seen.add(s.date);
    if (s.date === tour.steps[5].date) break;
    await page.waitForTimeout(20);
  }
  const between = [...seen].filter((d) => d > state.date && d < tour.steps[5].date);
  assert.ok(between.length >= 2, `dates seen on the way: ${[...seen].join(', ')}`);
  await checkStep(await atlasState(page), 6);
  assert.deepEqual(atlas.consoleErrors, []);
});

test('Esc closes an open details panel first and leaves the lesson only on a second press', async () => {
  await page.evaluate(() => { location.hash = 'tour=1&step=2'; });
  await waitState(page, (s) => s.tour && s.tour.step === 2, 8000);
  await page.evaluate(() => window.atlas.select('germany'));
  await page.keyboard.press('Escape');
  let state = await waitState(page, (s) => s.selected === null);
  assert.equal(state.selected, null, 'the first Esc closes the panel');
  await page.waitForTimeout(200);
  state = await atlasState(page);
  assert.deepEqual(state.tour, { tour: 1, step: 2 }, 'the lesson is still on');
  await page.keyboard.press('Escape');
  state = await waitState(page, (s) => s.tour === null);
  assert.equal(state.tour, null, 'the second Esc leaves the lesson');
  assert.deepEqual(atlas.consoleErrors, []);
});
