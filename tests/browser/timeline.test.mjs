// The timeline with real input: dragging the handle with the mouse, the arrow keys stepping from
// event to event (expected dates from assets/events.json), Home/End, and the play button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openAtlas, waitReady } from './browser.mjs';
import { readAsset, dayOf, monthIndex, atlasState, waitState, probeTimeline, frames } from './helpers.mjs';

const START = '1919-01-01', END = '1929-12-31';
const events = readAsset('events.json').events;
// The events in time order (stable for the same day), as the timeline steps through them.
const sorted = events.map((e, i) => ({ ...e, i })).sort((a, b) => dayOf(a.date) - dayOf(b.date) || a.i - b.i);
const nextAfter = (date) => sorted.find((e) => dayOf(e.date) > dayOf(date) && dayOf(e.date) <= dayOf(END));
const previousBefore = (date) => [...sorted].reverse().find((e) => dayOf(e.date) < dayOf(date) && dayOf(e.date) >= dayOf(START));

let atlas, page;
before(async () => {
  atlas = await openAtlas({ width: 1000, height: 600 });  // small: SwiftShader draws every frame on the CPU
  page = atlas.page;
  await waitReady(page);
});
after(async () => { await atlas?.close(); });

async function press(key, until) {
  await page.keyboard.press(key);
  return until ? waitState(page, until) : (await frames(page), atlasState(page));
}

test('dragging the handle moves the date month by month, monotonically, from 1919 to 1929 and back', async () => {
  const track = await probeTimeline(page);
  assert.ok(track.perMonth > 3, `a month is ${track.perMonth.toFixed(1)} px on the track`);
  // Every date the app shows during the drag, sampled once per animation frame in the page.
  await page.evaluate(() => {
    window.__dates = [];
    const tick = () => {
      const d = window.atlas.state().date;
      if (window.__dates[window.__dates.length - 1] !== d) window.__dates.push(d);
      if (!window.__stopDates) requestAnimationFrame(tick);
    };
    tick();
  });
  let right, left;
  // Grab the track at its left end (January 1919), drag past the right end, then back past the left.
  await page.mouse.move(track.x0 + 1, track.y);
  await page.mouse.down();
  try {
    const start = await waitState(page, (s) => s.date.startsWith('1919-01'));
    assert.match(start.date, /^1919-01/, 'pressing at the left end of the track gives January 1919');
    for (let i = 1; i <= 10; i++) await page.mouse.move(track.x0 + ((track.x1 + 30 - track.x0) * i) / 10, track.y);
    right = await waitState(page, (s) => s.date.startsWith('1929-12'));
    for (let i = 1; i <= 4; i++) await page.mouse.move(track.x1 + 30 - ((track.x1 + 60 - track.x0) * i) / 4, track.y);
    left = await waitState(page, (s) => s.date.startsWith('1919-01'));
  } finally {
    await page.mouse.up();
  }
  const seen = await page.evaluate(() => { window.__stopDates = true; return window.__dates; });
  assert.match(right.date, /^1929-12/, 'at the right end of the track the date is December 1929');
  assert.match(left.date, /^1919-01/, 'at the left end of the track the date is January 1919');
  const turn = seen.findIndex((d) => d.startsWith('1929-12'));
  const there = seen.slice(seen.findIndex((d) => d.startsWith('1919-01')), turn + 1);
  const back = seen.slice(turn);
  for (let i = 1; i < there.length; i++)
    assert.ok(monthIndex(there[i]) >= monthIndex(there[i - 1]), `the date went back while dragging right: ${there.join(' ')}`);
  for (let i = 1; i < back.length; i++)
    assert.ok(monthIndex(back[i]) <= monthIndex(back[i - 1]), `the date went forward while dragging left: ${back.join(' ')}`);
  assert.ok(there.length >= 6, `dragging across the whole track showed only ${there.join(' ')}`);
  for (const d of there.concat(back)) assert.match(d, /^\d{4}-\d{2}$/, 'a drag sets month dates');
  assert.equal((await atlasState(page)).playing, false);
  assert.deepEqual(atlas.consoleErrors, []);
});

test('Home and End go to the first and last day; Right and Left step to the next and previous event', async () => {
  let state = await press('End', (s) => s.date === END);
  assert.equal(state.date, END, 'End goes to 31 December 1929');
  state = await press('Home', (s) => s.date === START);
  assert.equal(state.date, START, 'Home goes to 1 January 1919');

  // Five events forward from 1 January 1919: each Right lands on the next event's date.
  let date = START;
  for (let i = 0; i < 5; i++) {
    const expected = nextAfter(date);
    state = await press('ArrowRight', (s) => s.date === expected.date);
    assert.equal(state.date, expected.date, `Right from ${date}: expected "${expected.title}" on ${expected.date}`);
    assert.equal(state.highlightEvent, expected.id, `Right from ${date} highlights the event it went to`);
    date = state.date;
  }
  // Two back.
  for (let i = 0; i < 2; i++) {
    const expected = previousBefore(date);
    state = await press('ArrowLeft', (s) => s.date === expected.date);
    assert.equal(state.date, expected.date, `Left from ${date}: expected "${expected.title}" on ${expected.date}`);
    date = state.date;
  }
  // From the middle of the decade too: after the Treaty of Rapallo (16 April 1922).
  await page.evaluate(() => window.atlas.setDate('1922-04-17'));
  const afterRapallo = nextAfter('1922-04-17');
  state = await press('ArrowRight', (s) => s.date === afterRapallo.date);
  assert.equal(state.date, afterRapallo.date, `Right from 1922-04-17: expected "${afterRapallo.title}"`);
  const beforeIt = previousBefore(afterRapallo.date);
  state = await press('ArrowLeft', (s) => s.date === beforeIt.date);
  assert.equal(state.date, beforeIt.date, `Left from ${afterRapallo.date}: expected "${beforeIt.title}"`);

  // At the ends the keys keep the date inside 1919-1929 (events.json also has events before 1919
  // and after 1929: the keys must not jump to them).
  await press('Home', (s) => s.date === START);
  state = await press('ArrowLeft');
  assert.equal(state.date, START, 'Left on 1 January 1919 stays there');
  await press('End', (s) => s.date === END);
  state = await press('ArrowRight');
  assert.equal(state.date, END, 'Right on 31 December 1929 stays there');
  assert.ok(state.highlightEvent === null || dayOf(events.find((e) => e.id === state.highlightEvent).date) <= dayOf(END),
    `Right on 31 December 1929 highlights "${state.highlightEvent}", an event after the atlas' period`);
  assert.deepEqual(atlas.consoleErrors, []);
});

test('the play button advances the date month by month and pauses again', async () => {
  const { height } = page.viewportSize();
  await page.evaluate(() => window.atlas.setDate('1925-03-10'));
  // The play button: the first 44-px button in the timeline window (x 16.., y H-100..H-16).
  const play = { x: 16 + 8 + 22, y: height - 16 - 42 };
  await page.mouse.click(play.x, play.y);
  let state = await waitState(page, (s) => s.playing);
  assert.equal(state.playing, true, 'a click on the play button starts playing');
  state = await waitState(page, (s) => monthIndex(s.date) >= monthIndex('1925-05'), 4000);
  assert.ok(monthIndex(state.date) >= monthIndex('1925-05'), `after playing the date is ${state.date}`);
  assert.match(state.date, /^\d{4}-\d{2}-01$/, 'playing moves to the first day of each month');
  await page.mouse.click(play.x, play.y);
  state = await waitState(page, (s) => !s.playing);
  assert.equal(state.playing, false, 'a second click pauses');
  const paused = state.date;
  await page.waitForTimeout(1200);
  assert.equal((await atlasState(page)).date, paused, 'the date stays put while paused');
  assert.deepEqual(atlas.consoleErrors, []);
});
