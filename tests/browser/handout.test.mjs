// Print: the one-page handout laid out by page.css for paper (the picture, the selected state's
// standing and events, the open event, the lesson step's question, room for answers), on A4 and
// Letter, with nothing of the screen's UI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAtlas, artifactsDir } from './browser.mjs';
import { readAsset, waitState } from './helpers.mjs';

const pdfPages = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('Print lays out one page per A4 and Letter: the picture, the state, the event, the step\'s question and answer lines', async () => {
  const tour = readAsset('tour.json');
  const step = tour.tours[0].steps[2];  // the third step asks a question
  assert.ok(step.question, 'the third lesson step has a question');
  await withAtlas({ width: 1100, height: 700, hash: 'tour=1&step=3' }, async ({ page, foreignRequests }) => {
    await waitState(page, (s) => s.tour && s.tour.step === 3);
    await page.evaluate(() => window.atlas.select('germany'));
    await page.evaluate(() => window.atlas.prepareHandout());
    const text = await page.evaluate(() => document.getElementById('handout').innerText);
    assert.match(text, /Germany/);
    assert.match(text, /Standing with Moscow: /);
    assert.ok(text.includes(step.question), 'the step\'s question is on the handout');
    const picture = await page.evaluate(() => {
      const img = document.querySelector('#handout img');
      return { complete: img.complete, width: img.naturalWidth };
    });
    assert.deepEqual(picture, { complete: true, width: 3508 });
    // On screen the handout is not there; in print only the handout is.
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('handout')).display), 'none');
    await page.emulateMedia({ media: 'print' });
    // Whether each is drawn at all (the canvas is hidden with the landmark around it, so its own
    // display stays 'block').
    const shown = await page.evaluate(() => ({
      handout: document.getElementById('handout').checkVisibility(),
      canvas: document.getElementById('canvas').checkVisibility(),
    }));
    assert.deepEqual(shown, { handout: true, canvas: false });
    await page.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi, to look at
    await page.screenshot({ path: join(artifactsDir, 'handout-print.png'), fullPage: true });
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(join(artifactsDir, `handout-${format}.pdf`), pdf);
      assert.equal(pdfPages(pdf), 1, `the handout is one ${format} page`);
    }
    // Printing (which tells the page: beforeprint) kept the picture on the handout.
    assert.equal(await page.evaluate(() => document.querySelector('#handout img')?.naturalWidth), 3508);
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(foreignRequests, []);
  });
});

test('the browser\'s own Print before any picture: the handout says the map is missing (never blank) and the next has it; Ctrl+P waits for it', async () => {
  await withAtlas({ width: 1100, height: 700, hash: 'date=1922-04-16&layer=relations&select=germany' }, async ({ page, requests }) => {
    const handout = () => page.evaluate(() => {
      const sheet = document.getElementById('handout');
      const img = sheet.querySelector('img');
      return { text: sheet.innerText, picture: img ? img.naturalWidth || 'loading' : null };
    });
    // The browser's menu fires beforeprint, which cannot wait for the picture module to load.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const first = await handout();
    assert.equal(first.picture, null);
    assert.match(first.text, /Germany/);
    assert.match(first.text, /missing from this print/);
    // It starts loading the module: the next print has the picture.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /atlas-picture\.wasm$/.test(e.name)), null, { timeout: 30000 });
    // Printed again (as often as it takes the module to start) until the handout has the picture.
    await page.waitForFunction(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelector('#handout img') !== null;
    }, null, { timeout: 60000, polling: 500 });
    await page.waitForFunction(() => document.querySelector('#handout img')?.complete, null, { timeout: 30000 });
    const second = await handout();
    assert.equal(second.picture, 3508);
    assert.doesNotMatch(second.text, /missing from this print/);
    // Ctrl+P is the atlas's Print: the dialog (stubbed here) opens once the handout has its picture.
    await page.evaluate(() => {
      document.getElementById('handout').replaceChildren();
      window.printedWith = null;
      window.print = () => { window.printedWith = document.querySelector('#handout img')?.naturalWidth ?? 0; };
    });
    await page.mouse.move(550, 300);
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => window.printedWith !== null, null, { timeout: 60000 });
    assert.equal(await page.evaluate(() => window.printedWith), 3508, 'the handout had its picture when the dialog opened');
    assert.equal(requests.filter((u) => /atlas-picture\.wasm$/.test(u)).length, 1, 'the module was loaded once');
  });
});
