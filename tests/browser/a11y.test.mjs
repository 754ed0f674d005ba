// The atlas for every student: driven by the keyboard alone through the page's accessible copy of
// the panels (web/a11y.js), checked by axe-core in its main states, and still when the reader asks
// for reduced motion. Expectations come from the data files, never from the app's own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { withAtlas, artifactsDir } from './browser.mjs';
import { readAsset, waitState, monthIndex, nameOn } from './helpers.mjs';

const events = readAsset('events.json').events;
const states = readAsset('states.json');
const tour = readAsset('tour.json').tours[0];
const rapallo = events.find((e) => e.title === 'Treaty of Rapallo' && e.date === '1922-04-16');

// What has the keyboard focus, as a screen reader would name it.
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { role: e.getAttribute('role') || e.tagName.toLowerCase(), text: e.textContent.trim(),
    valuetext: e.getAttribute('aria-valuetext'), inCopy: !!e.closest('#a11y'), id: e.getAttribute('data-id') };
});

// Presses key until the focus satisfies predicate (at most `limit` presses); returns the focus.
async function pressUntil(page, key, predicate, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (predicate(f)) return f;
  }
  assert.fail(`${key} ${limit} times never reached the control wanted; last: ${JSON.stringify(await focused(page))}`);
}

test('by the keyboard alone: 1922-04 on the slider, Germany, the Treaty of Rapallo read from the page, the whole lesson', async () => {
  assert.ok(rapallo, 'events.json has the Treaty of Rapallo of 16 April 1922');
  await withAtlas({}, async ({ page }) => {
    // The date: Tab to the slider, a year up with Page Up, months with the arrows.
    const slider = await pressUntil(page, 'Tab', (f) => f.role === 'slider');
    assert.match(slider.valuetext, /January 1919$/);
    const target = monthIndex('1922-04');
    for (let i = 0; i < Math.floor(target / 12); i++) await page.keyboard.press('PageUp');
    for (let i = 0; i < target % 12; i++) await page.keyboard.press('ArrowRight');
    let state = await waitState(page, (s) => s.date.startsWith('1922-04'));
    assert.ok(state.date.startsWith('1922-04'), `date ${state.date}`);
    await page.waitForFunction(() => document.querySelector('#a11y [role=slider]').getAttribute('aria-valuetext') === 'April 1922');
    assert.equal((await focused(page)).role, 'slider', 'the slider keeps the focus as it is redrawn');

    // Germany: Tab to the list of countries, type G until its name has the focus, Enter.
    const germanyName = nameOn(states, 'germany', '1922-04-01');
    await pressUntil(page, 'Tab', (f) => f.inCopy && f.id !== null);
    await pressUntil(page, 'g', (f) => f.text === germanyName, 20);
    await page.keyboard.press('Enter');
    state = await waitState(page, (s) => s.selected === 'germany');
    assert.equal(state.selected, 'germany');
    await page.waitForFunction((name) => document.querySelector('#a11y-details h2')?.textContent === name, germanyName);

    // The Treaty of Rapallo among Germany's events: Tab to it, Enter, its summary in the page.
    await pressUntil(page, 'Tab', (f) => f.text.includes(rapallo.title) && f.text.includes('1922'));
    await page.keyboard.press('Enter');
    state = await waitState(page, (s) => s.highlightEvent === rapallo.id);
    assert.equal(state.highlightEvent, rapallo.id);
    await page.waitForFunction(() => document.querySelector('#a11y-open-event .a11y-summary'));
    const summary = await page.evaluate(() => document.querySelector('#a11y-open-event .a11y-summary').textContent);
    assert.equal(summary, rapallo.summary);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
    await page.screenshot({ path: join(artifactsDir, 'a11y-keyboard-rapallo.png') });

    // Esc closes the entry, then the country.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#a11y-open-event'));
    await pressUntil(page, 'Shift+Tab', (f) => f.text.startsWith('Close'));
    await page.keyboard.press('Escape');
    state = await waitState(page, (s) => s.selected === null);
    assert.equal(state.selected, null);

    // The lesson: back to its button, Enter, then Next step to the end.
    await pressUntil(page, 'Shift+Tab', (f) => f.text === 'Start the lesson');
    await page.keyboard.press('Enter');
    state = await waitState(page, (s) => s.tour && s.tour.step === 1, 10000);
    assert.equal(state.tour.step, 1);
    await pressUntil(page, 'Tab', (f) => f.text === 'Next step');
    for (let step = 2; step <= tour.steps.length; step++) {
      await page.keyboard.press('Enter');
      state = await waitState(page, (s) => s.tour && s.tour.step === step, 10000);
      assert.equal(state.tour.step, step);
      await page.waitForFunction((n) => document.querySelector('#a11y-lesson h2')?.textContent.includes(`step ${n} of`), step);
      const shown = await page.evaluate(() => document.querySelector('#a11y-lesson h3').textContent);
      assert.equal(shown, tour.steps[step - 1].title);
      assert.equal((await focused(page)).text, 'Next step', 'the focus stays on Next step');
    }
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-disabled')), 'true', 'Next is disabled at the end');
    await page.keyboard.press('Enter');  // nothing past the last step
    await page.waitForTimeout(300);
    assert.equal((await waitState(page, () => true)).tour.step, tour.steps.length);
    await page.keyboard.press('Escape');
    state = await waitState(page, (s) => s.tour === null);
    assert.equal(state.tour, null);
  });
});

test('the focused control shows itself over the map with a visible focus ring', async () => {
  await withAtlas({}, async ({ page }) => {
    await pressUntil(page, 'Tab', (f) => f.role === 'slider');
    const box = await page.evaluate(() => {
      const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
      return { w: r.width, h: r.height, outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };
    });
    assert.ok(box.w > 100 && box.h > 20, `the focused slider is ${box.w}x${box.h} pixels`);
    assert.equal(box.outline, 'solid');
    assert.ok(box.outlineWidth >= 2);
    await page.screenshot({ path: join(artifactsDir, 'a11y-focus-slider.png') });
    await pressUntil(page, 'Tab', (f) => f.role === 'input');
    await page.keyboard.type('Rapallo');
    await page.waitForFunction(() => document.querySelectorAll('#a11y-search-hits button').length > 0);
    await page.screenshot({ path: join(artifactsDir, 'a11y-focus-search.png') });
  });
});

// axe-core (tests' own dependency, package.json) in the page. Playwright's addScriptTag writes an inline
// script, which the page's Content-Security-Policy refuses, so the source is evaluated from the test's side.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page, where) {
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact !== 'minor')  // serious and critical, and moderate too (the map and its copy in one main landmark)
    .map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, [], `axe-core at ${where}`);
}

test('axe-core finds nothing moderate, serious or critical at the start, with a country and an event open, in the lesson and in search', async () => {
  await withAtlas({}, async ({ page }) => {
    await page.evaluate(axeSource);
    await page.waitForFunction(() => document.querySelector('#a11y [role=slider]'));
    await seriousViolations(page, 'the start');

    await page.evaluate(() => window.atlas.select('germany'));
    await page.waitForFunction(() => document.querySelector('#a11y-details h2'));
    await seriousViolations(page, 'Germany open');

    await page.evaluate((id) => window.atlas.openEvent(id), rapallo.id);
    await page.waitForFunction(() => document.querySelector('#a11y-open-event'));
    await seriousViolations(page, 'the Treaty of Rapallo open');

    await page.evaluate(() => window.atlas.setLayer('relations'));
    await page.evaluate(() => window.atlas.lesson('start'));
    await page.waitForFunction(() => document.querySelector('#a11y-lesson h3'));
    await seriousViolations(page, 'the lesson, relations layer');

    await page.evaluate(() => window.atlas.lesson('leave'));
    await page.focus('#a11y-search-input');
    await page.keyboard.type('Poland');
    await page.waitForFunction(() => document.querySelectorAll('#a11y-search-hits button').length > 0);
    await seriousViolations(page, 'search');
  });
});

test('with prefers-reduced-motion the camera and the lesson jump where a flight and a run through the months would be', async () => {
  // The state just after a command (before any frame), and at rest. Frames on a software renderer
  // can take longer than a whole flight, so the flight is seen in the state, not in the frames.
  const after = (page, [name, arg]) => page.evaluate(async ([name, arg]) => {
    const done = window.atlas[name](arg);
    const now = window.atlas.state();
    await done;
    const end = performance.now() + 15000;  // at rest: the flight or run of months over (slow frames on a busy machine)
    while ((window.atlas.state().moving.camera || window.atlas.state().moving.date) && performance.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    return { now, rest: window.atlas.state() };
  }, [name, arg]);
  const step1 = tour.steps[0];
  for (const reducedMotion of ['reduce', 'no-preference']) {
    await withAtlas({ reducedMotion }, async ({ page }) => {
      const reduced = reducedMotion === 'reduce';
      assert.equal((await page.evaluate(() => window.atlas.describe())).reducedMotion, reduced);
      const before = (await page.evaluate(() => window.atlas.state())).camera;
      const view = await after(page, ['setView', 'east_asia']);
      assert.notDeepEqual(view.rest.camera, before, 'the view moved');
      assert.equal(view.rest.moving.camera, false, 'and came to rest');
      assert.equal(view.now.moving.camera, !reduced, 'a flight only without reduced motion');
      if (reduced) assert.deepEqual(view.now.camera, view.rest.camera, 'the camera is there at once');
      else assert.notDeepEqual(view.now.camera, view.rest.camera, 'the camera sets off');
      const lesson = await after(page, ['lesson', 'start']);
      assert.equal(lesson.rest.date, step1.date, "the lesson goes to its first step's date");
      assert.equal(lesson.now.moving.date, !reduced, 'a run through the months only without reduced motion');
      if (reduced) assert.equal(lesson.now.date, step1.date, 'the date is there at once');
      else assert.notEqual(lesson.now.date, step1.date, 'the date sets off');
    });
  }
});

test('the date is announced politely once it rests: not each month while playing, once after the pause', async () => {
  await withAtlas({}, async ({ page }) => {
    await page.evaluate(() => {
      window.announced = [];
      const region = document.getElementById('a11y-date');
      new MutationObserver(() => window.announced.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    });
    assert.equal(await page.evaluate(() => document.getElementById('a11y-date').getAttribute('aria-live')), 'polite');
    await pressUntil(page, 'Tab', (f) => f.text === 'Play month by month');
    await page.keyboard.press('Enter');
    await waitState(page, (s) => s.playing);
    const played = await waitState(page, (s) => s.date > '1919-04', 15000);  // a few months: many chances to announce
    assert.ok(played.date > '1919-03', `played to ${played.date}`);
    assert.deepEqual(await page.evaluate(() => window.announced), [], 'nothing announced while playing');
    await page.keyboard.press('Enter');  // the same button, now Pause
    const paused = await waitState(page, (s) => !s.playing);
    await page.waitForFunction(() => window.announced.length > 0, null, { timeout: 5000 });
    await page.waitForTimeout(1000);
    const said = await page.evaluate(() => window.announced);
    assert.equal(said.length, 1, `announced: ${said}`);
    const [y, m, d] = paused.date.split('-').map(Number);  // at its precision: "1 June 1919", "June 1919"
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
    assert.equal(said[0], `Date: ${d ? `${d} ` : ''}${month} ${y}`);
  });
});

test('at 200 % zoom (640x360 CSS pixels) each control of the accessible copy shows whole inside the window when focused', async () => {
  await withAtlas({ width: 640, height: 360, deviceScaleFactor: 2 }, async ({ page }) => {
    await page.evaluate(() => window.atlas.select('germany'));
    await page.waitForFunction(() => document.querySelector('#a11y-details h2'));
    const seen = new Set();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement, r = e.getBoundingClientRect();
        return { key: e.getAttribute('data-key') || e.id, inCopy: !!e.closest('#a11y'), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      if (!f.inCopy) continue;
      if (seen.has(f.key)) break;
      seen.add(f.key);
      assert.ok(f.left >= 0 && f.top >= 0 && f.right <= 640 && f.bottom <= 360, `${f.key} at ${JSON.stringify(f)}`);
    }
    assert.ok(seen.size >= 15, `${seen.size} controls reached`);
  });
});

test('in the list of countries Shift with an arrow moves to the nearest country that way on the map; only Enter opens one', async () => {
  await withAtlas({ hash: 'date=1922-04-16' }, async ({ page }) => {
    const germanyName = nameOn(states, 'germany', '1922-04-16');
    await pressUntil(page, 'Tab', (f) => f.inCopy && f.id !== null);
    await pressUntil(page, 'g', (f) => f.text === germanyName, 20);
    const where = async () => {
      const id = (await focused(page)).id;
      const s = (await page.evaluate(() => window.atlas.describe())).states.find((x) => x.id === id);
      return { id, x: s.x, y: s.y };
    };
    const germany = await where();
    for (const [key, test] of [['Shift+ArrowRight', (p) => p.x > germany.x], ['Shift+ArrowLeft', (p) => p.x < germany.x],
      ['Shift+ArrowUp', (p) => p.y > germany.y], ['Shift+ArrowDown', (p) => p.y < germany.y]]) {
      await pressUntil(page, 'g', (f) => f.text === germanyName, 40);
      await page.keyboard.press(key);
      const to = await where();
      assert.notEqual(to.id, 'germany', key);
      assert.ok(test(to), `${key} from Germany went to ${to.id} at ${to.x}, ${to.y} (Germany at ${germany.x}, ${germany.y})`);
    }
    assert.equal((await page.evaluate(() => window.atlas.state())).selected, null, 'moving opens nothing');
    await page.keyboard.press('Enter');
    const opened = (await focused(page)).id;
    assert.equal((await waitState(page, (s) => s.selected === opened)).selected, opened);
  });
});

// Where the selected country's label is on screen, and whether a panel or the window's edge hides it.
async function selectionInView(page) {
  const s = await page.evaluate(() => window.atlas.state());
  const { x, y } = s.selectedLabel;
  const under = Object.entries(s.windows).filter(([, [wx, wy, w, h]]) => x >= wx && x <= wx + w && y >= wy && y <= wy + h)
    .map(([name]) => name);
  return { x, y, under, onScreen: x >= 0 && y >= 0 && x <= s.viewport.width && y <= s.viewport.height };
}

test('with a country open Shift with an arrow opens its neighbour that way, in the list and on the map, outlined and kept in view', async () => {
  await withAtlas({ hash: 'date=1922-04-16', reducedMotion: 'reduce' }, async ({ page }) => {
    const germanyName = nameOn(states, 'germany', '1922-04-16');
    const point = async (id) => (await page.evaluate(() => window.atlas.describe())).states.find((x) => x.id === id);
    // Germany opened from the list of countries.
    await pressUntil(page, 'Tab', (f) => f.inCopy && f.id !== null);
    await pressUntil(page, 'g', (f) => f.text === germanyName, 20);
    await page.keyboard.press('Enter');
    assert.equal((await waitState(page, (s) => s.selected === 'germany')).selected, 'germany');
    const germany = await point('germany');

    // In the list: Shift+Right opens the country east of Germany, and the focus goes with it.
    await page.keyboard.press('Shift+ArrowRight');
    let state = await waitState(page, (s) => s.selected !== 'germany');
    const east = await point(state.selected);
    assert.ok(east && east.x > germany.x, `Shift+Right from Germany opened ${state.selected}`);
    assert.equal((await focused(page)).id, state.selected, 'the focus in the list is on the country opened');
    await page.waitForFunction((name) => document.querySelector('#a11y-details h2')?.textContent === name, east.name);
    assert.equal(state.date, '1922-04-16', 'the date stays');

    // On the map (the focus out of the page's copy): Shift+Down goes south, Shift+Left west; each
    // selection lies on screen and clear of the panels (the camera follows).
    await page.evaluate(() => document.activeElement.blur());
    let from = east;
    for (const [key, test] of [['Shift+ArrowDown', (p) => p.y < from.y], ['Shift+ArrowLeft', (p) => p.x < from.x],
      ['Shift+ArrowUp', (p) => p.y > from.y]]) {
      const was = state.selected;
      await page.keyboard.press(key);
      state = await waitState(page, (s) => s.selected !== was);
      const to = await point(state.selected);
      assert.ok(to && test(to), `${key} from ${was} opened ${state.selected}`);
      await waitState(page, (s) => !s.moving.camera);
      const seen = await selectionInView(page);
      assert.ok(seen.onScreen && seen.under.length === 0, `${state.selected}'s label at ${seen.x}, ${seen.y} under ${seen.under}`);
      assert.equal(state.date, '1922-04-16', `${key} leaves the date`);
      from = to;
    }
    await page.screenshot({ path: join(artifactsDir, 'a11y-keyboard-neighbour.png') });

    // The plain arrows on the map still step the timeline's events.
    await page.keyboard.press('ArrowRight');
    state = await waitState(page, (s) => s.date !== '1922-04-16');
    assert.ok(state.date > '1922-04-16', `ArrowRight stepped the date to ${state.date}`);
  });
});

test('at 2x text, at 1280x720 and 1024x768, no panel is laid out wider than it is: start, a country, an event, the lesson', async () => {
  for (const [width, height] of [[1280, 720], [1024, 768]]) {
    await withAtlas({ width, height, hash: 'date=1922-04-16', reducedMotion: 'reduce' }, async ({ page }) => {
      await page.evaluate(() => window.atlas.setUiScale(2));
      const check = async (where) => {
        // Two frames' time at rest: a panel measured at a new size is placed again the frame after.
        await page.waitForTimeout(500);
        const s = await waitState(page, (x) => x.uiScale === 2 && !x.moving.camera && !x.moving.date);
        assert.deepEqual(s.clippedWindows, [], `${where} at ${width}x${height}`);
        await page.screenshot({ path: join(artifactsDir, `a11y-2x-${width}-${where}.png`) });
      };
      await check('start');
      await page.evaluate(() => window.atlas.select('germany'));
      await check('germany');
      await page.evaluate((id) => window.atlas.openEvent(id), rapallo.id);
      await check('rapallo');
      await page.evaluate(() => { window.atlas.select(''); window.atlas.setLayer('relations'); return window.atlas.lesson('start'); });
      await check('lesson');
      await page.evaluate(() => window.atlas.lesson('next'));
      await check('lesson-2');
    });
  }
});

test('at 200 % zoom (640x360 CSS pixels) the page\'s own cards fit the window and pass axe-core: loading, a message, a notice', async () => {
  await withAtlas({ width: 640, height: 360, deviceScaleFactor: 2 }, async ({ page }) => {
    await page.evaluate(axeSource);
    // Each card as the page shows it (page.js), one at a time over the map.
    const cards = {
      loading: () => { document.getElementById('loading').hidden = false; document.getElementById('loading-text').textContent = 'Loading the map and its history: 3172 KB of 4301 KB'; },
      message: () => {
        document.getElementById('loading').hidden = true;
        document.getElementById('message').hidden = false;
        document.getElementById('message-text').textContent = 'This browser has no WebGL2, which the map needs to draw.';
        document.getElementById('message-hint').textContent = 'Reload the page. If it keeps happening, tell whoever looks after this atlas what the message says.';
      },
      notice: () => {
        document.getElementById('message').hidden = true;
        const n = document.getElementById('notice');
        n.hidden = false;
        n.textContent = 'The picture could not be drawn: this browser gave the map too little memory.';
      },
    };
    for (const [name, show] of Object.entries(cards)) {
      await page.evaluate(show);
      const boxes = await page.evaluate((name) => [...document.querySelectorAll(`#${name} .card, #${name}.card, #notice:not([hidden]), #${name} a`)]
        .map((e) => { const r = e.getBoundingClientRect(); return { what: e.className || e.id || e.tagName, left: r.left, top: r.top, right: r.right, bottom: r.bottom, scrollW: e.scrollWidth, clientW: e.clientWidth }; }), name);
      assert.ok(boxes.length > 0, name);
      for (const b of boxes) {
        assert.ok(b.left >= 0 && b.top >= 0 && b.right <= 640 && b.bottom <= 360, `${name}: ${JSON.stringify(b)}`);
        assert.ok(b.scrollW <= b.clientW + 1, `${name}: text wider than its box ${JSON.stringify(b)}`);
      }
      const found = await page.evaluate(async (name) => (await window.axe.run(document.getElementById(name), { resultTypes: ['violations'] })).violations
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name);
      assert.deepEqual(found, [], `axe-core on the ${name} card`);
      await page.screenshot({ path: join(artifactsDir, `a11y-640x360-${name}.png`) });
    }
  });
});
