// Deep links: a link restores date, layer and selection; the URL hash follows a click on the map
// and a key press; Back returns to the earlier selection and date; a link with an unknown state
// and a bad date still applies its good parts and the page keeps running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withAtlas } from './browser.mjs';
import { readAsset, dayOf, nameOn, atlasState, waitState, project } from './helpers.mjs';

const states = readAsset('states.json');
const events = readAsset('events.json').events;
const locarno = events.find((e) => e.id === 'locarno');  // 16 October 1925, Germany a party
const sorted = [...events].sort((a, b) => dayOf(a.date) - dayOf(b.date));
const hashOf = (page) => page.evaluate(() => decodeURIComponent(location.hash));
async function waitHash(page, re, timeout = 6000) {
  const end = Date.now() + timeout;
  let hash = await hashOf(page);
  while (!re.test(hash) && Date.now() < end) { await page.waitForTimeout(100); hash = await hashOf(page); }
  return hash;
}

test('a link restores date, layer and selection; the hash follows clicks and keys; Back goes back', async () => {
  assert.ok(locarno && locarno.parties.includes('germany'), 'events.json has Locarno with Germany');
  await withAtlas({ hash: `date=${locarno.date}&layer=relations&select=germany` }, async ({ page }) => {
    let state = await atlasState(page);
    assert.equal(state.date, locarno.date);
    assert.equal(state.layer, 'relations');
    assert.equal(state.selected, 'germany');
    const panel = await page.evaluate(() => window.atlas.panelText());
    assert.equal(panel.split('\n')[0], nameOn(states, 'germany', locarno.date));
    assert.ok(panel.includes(locarno.title), 'the panel lists Locarno');

    // The class looks at the linked view for a moment first, so the next change gets an entry of its
    // own (one within 0.6 s of the last change replaces the entry, as the dates of a drag do).
    await page.waitForTimeout(700);
    // Right arrow: the next event's date; the hash follows at once.
    const next = sorted.find((e) => dayOf(e.date) > dayOf(locarno.date));
    await page.keyboard.press('ArrowRight');
    state = await waitState(page, (s) => s.date === next.date);
    assert.equal(state.date, next.date, `Right goes to "${next.title}"`);
    let hash = await waitHash(page, new RegExp(`date=${next.date}(&|$)`));
    assert.match(hash, new RegExp(`date=${next.date}(&|$)`), 'the hash follows the date');
    assert.match(hash, /select=germany/);
    assert.match(hash, /layer=relations/);
    // The class looks at that date for a moment: it becomes a history entry of its own (a change
    // within 0.6 s of the last one replaces it instead, as the dates of a drag do).
    await page.waitForTimeout(700);

    // A click on France (Bourges, inside France, away from Paris' dot and the label).
    const france = await project(page, 2.4, 47.1);
    await page.mouse.click(france.x, france.y);
    state = await waitState(page, (s) => s.selected === 'france');
    assert.equal(state.selected, 'france', `a click at Bourges selected ${state.selected}`);
    hash = await waitHash(page, /select=france/);
    assert.match(hash, /select=france/, 'the hash follows the selection');
    assert.match(hash, new RegExp(`date=${next.date}`));

    // Back: Germany again on the next event's date; Back again: the link's own date.
    await page.goBack();
    state = await waitState(page, (s) => s.selected === 'germany');
    assert.equal(state.selected, 'germany', 'Back returns to the previous selection');
    assert.equal(state.date, next.date, 'Back keeps the date of that entry');
    await page.goBack();
    state = await waitState(page, (s) => s.date === locarno.date);
    assert.equal(state.date, locarno.date, 'Back again returns to the linked date');
    assert.equal(state.selected, 'germany');
    assert.equal(state.layer, 'relations');
  });
});

test('a link with an unknown state and a bad date still applies its layer and does not crash', async () => {
  await withAtlas({ hash: 'date=1925-13-45&layer=relations&select=atlantis&view=abc' }, async ({ page, consoleInfos }) => {
    const state = await atlasState(page);
    assert.equal(state.loaded, true);
    assert.equal(state.layer, 'relations', 'the good part of the link (the layer) is applied');
    assert.equal(state.selected, null, 'an unknown state selects nothing');
    assert.ok(dayOf(state.date) >= dayOf('1919-01-01') && dayOf(state.date) <= dayOf('1929-12-31'), `date ${state.date}`);
    assert.equal(state.date, '1919-01-01', 'a bad date leaves the start date');
    // Each bad part is named in a notice (page.js passes them to console.info).
    const notices = consoleInfos.join('\n');
    for (const part of ['atlantis', '1925-13-45', 'abc'])
      assert.ok(notices.includes(`'${part}'`), `no notice names '${part}':\n${notices}`);
    // The app keeps running: a later good link still works.
    await page.evaluate(() => { location.hash = 'date=1927-05-26&layer=political&select=uk'; });
    const later = await waitState(page, (s) => s.selected === 'uk');
    assert.equal(later.selected, 'uk');
    assert.equal(later.date, '1927-05-26');
    assert.equal(later.layer, 'political');
  });
});
