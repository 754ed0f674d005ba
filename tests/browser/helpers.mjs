// Shared helpers for the browser tests: the data files (expectations come from them, never from
// the app's own output), waiting for the app's state, screenshots as pixels, and the timeline's
// position found by probing with real clicks.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, pixelAt } from './png.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function readAsset(name) {
  return JSON.parse(readFileSync(join(root, 'assets', name), 'utf8'));
}

export function readSource(path) {
  return readFileSync(join(root, path), 'utf8');
}

// A data date ('1922', '1922-04', '1922-04-16') as a day number (its first day), like the app's Date.days.
export function dayOf(text) {
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

// Months since January 1919 of a 'YYYY-MM[-DD]' date.
export function monthIndex(text) {
  const [y, m = 1] = text.split('-').map(Number);
  return (y - 1919) * 12 + (m - 1);
}

export function hexToRgb(hex) {
  const v = parseInt(hex.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

export function colourDistance(a, b) {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

// The RGB of each standing in src/core/palette.cpp's standing_color.
export function standingPalette() {
  const source = readSource('src/core/palette.cpp');
  const body = source.slice(source.indexOf('standing_color'), source.indexOf('kind_color'));
  const out = {};
  for (const m of body.matchAll(/Standing::(\w+):\s*return\s*\{\s*(\d+),\s*(\d+),\s*(\d+)/g)) out[m[1]] = [+m[2], +m[3], +m[4]];
  return out;
}

// A state's standing with Moscow on a date, from events.json's standings.
export function standingOn(events, stateId, date) {
  let out = 'none';
  for (const change of events.standings[stateId] || []) {
    if (dayOf(change.from) > dayOf(date)) break;
    out = change.standing;
  }
  return out;
}

// The name a state has on a date, from states.json.
export function nameOn(states, stateId, date) {
  const state = states.states.find((s) => s.id === stateId);
  let name = state.names[0].name;
  for (const n of state.names) if (dayOf(n.from) <= dayOf(date)) name = n.name;
  return name;
}

export const atlasState = (page) => page.evaluate(() => window.atlas.state());

// Polls atlas.state() until predicate(state) holds or the time is up; returns the last state
// either way, so the caller's assertion reports what the app actually did.
export async function waitState(page, predicate, timeout = 5000) {
  const end = Date.now() + timeout;
  let state = await atlasState(page);
  while (!predicate(state) && Date.now() < end) {
    await page.waitForTimeout(40);
    state = await atlasState(page);
  }
  return state;
}

// Until the app stops drawing for quietMs (fades, camera and date animations, a lesson step's date
// run, the layer's first frame 0.5 s after start-up), then a few frames: a screenshot taken before
// would catch a frame still on its way.
export async function rest(page, quietMs = 400) {
  let last = (await atlasState(page)).frame, still = Date.now();
  for (const end = Date.now() + 10000; Date.now() < end && Date.now() - still < quietMs;) {
    await page.waitForTimeout(50);
    const frame = (await atlasState(page)).frame;
    if (frame !== last) last = frame, still = Date.now();
  }
  await frames(page, 2);
}

// Waits for a few animation frames, so what the app drew is on screen.
export function frames(page, n = 3) {
  return page.evaluate((count) => new Promise((done) => {
    let left = count;
    const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

export async function screenshotImage(page, path) {
  return decodePng(await page.screenshot(path ? { path } : {}));
}

// The most common colour in a (2r+1)² patch around a CSS-pixel position: robust to a thin line
// (an arc, a border) crossing the point.
export function patchColour(image, x, y, ratio = 1, r = 3) {
  const counts = new Map();
  let best = null, bestCount = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const c = pixelAt(image, x * ratio + dx, y * ratio + dy);
      const key = c.join(',');
      const n = (counts.get(key) || 0) + 1;
      counts.set(key, n);
      if (n > bestCount) { bestCount = n; best = c; }
    }
  }
  return best;
}

export const project = (page, lon, lat) => page.evaluate(([a, b]) => window.atlas.project(a, b), [lon, lat]);

// The timeline's track, found by clicking on its row at two places and reading the month the
// app jumped to: returns the row's y and the x of the track's two ends (January 1919 and the end
// of December 1929). The layout (a 84 px window, 16 px above the bottom) gives the row.
export async function probeTimeline(page) {
  const { width, height } = page.viewportSize();
  const y = height - 16 - 84 + 84 * 0.55;
  const samples = [];
  let before = (await atlasState(page)).date;
  for (const x of [Math.round(width * 0.35), Math.round(width * 0.85)]) {
    await page.mouse.click(x, y);
    // The click's own month: a month date that differs from the one before the click.
    const state = await waitState(page, (s) => /^\d{4}-\d{2}$/.test(s.date) && s.date !== before);
    before = state.date;
    samples.push({ x, month: monthIndex(state.date) + 0.5 });  // the click fell somewhere inside that month
  }
  const perMonth = (samples[1].x - samples[0].x) / (samples[1].month - samples[0].month);
  const x0 = samples[0].x - samples[0].month * perMonth;
  return { y, x0, x1: x0 + 132 * perMonth, perMonth };
}

// Pixels of two same-sized images whose colours differ by more than a rounding step.
export function differingPixels(a, b) {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`images of ${a.width}x${a.height} and ${b.width}x${b.height}`);
  let n = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++)
      if (colourDistance(pixelAt(a, x, y), pixelAt(b, x, y)) > 6) n++;
  return n;
}
