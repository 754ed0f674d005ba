// The page under the Content-Security-Policy a school's host is asked to send (docs/HOSTING.md,
// sent by tools/serve.mjs): loading, playing, searching, the lesson and the handout block nothing, and the page
// fetches nothing from elsewhere. The policy's header and the page's own <meta> copy are checked
// against tools/serve.mjs, so a policy that drifts or goes missing fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withAtlas } from './browser.mjs';
import { readSource, waitState } from './helpers.mjs';
import { CONTENT_SECURITY_POLICY } from '../../tools/serve.mjs';

const violations = (page) => page.evaluate(() => window.cspViolations.splice(0));

test('the page loads, plays, searches, runs the lesson and prints with nothing blocked by its Content-Security-Policy', async () => {
  const width = 1280, height = 720;
  await withAtlas({ width, height }, async ({ page, url, foreignRequests, consoleErrors }) => {
    const response = await page.request.get(url);
    assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY, 'the page is served with the policy');
    assert.equal(response.headers()['x-content-type-options'], 'nosniff');

    // The listener sees what the policy blocks: an inline script is refused.
    await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = 1'; document.body.append(s); });
    assert.equal(await page.evaluate(() => window.inlineRan), undefined, 'an inline script does not run');
    const blocked = await violations(page);  // once by the header's policy, once by the <meta> copy
    assert.ok(blocked.length > 0 && blocked.every((v) => v.startsWith('script-src')), `reported: ${blocked}`);
    const ours = (e) => e.startsWith('Executing inline script violates');
    assert.equal(consoleErrors.filter(ours).length, blocked.length, 'the browser says so on the console too');
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !ours(e)));  // any other fails withAtlas

    // Play a few months with the play button (the first button of the timeline, bottom left).
    const play = { x: 16 + 8 + 22, y: height - 16 - 42 };
    await page.mouse.click(play.x, play.y);
    await waitState(page, (s) => s.playing);
    await page.waitForTimeout(1500);
    await page.mouse.click(play.x, play.y);
    await waitState(page, (s) => !s.playing);

    // Search by keyboard and open the first hit.
    await page.keyboard.press('/');
    await waitState(page, (s) => s.wantText);
    await page.keyboard.type('Rapallo');
    await page.keyboard.press('Enter');
    await waitState(page, (s) => s.date.startsWith('1922-04'));

    // The lesson from a link, two steps on by keyboard.
    await page.evaluate(() => { location.hash = 'tour=1&step=1'; });
    await waitState(page, (s) => s.tour && s.tour.step === 1, 10000);
    await page.keyboard.press('ArrowRight');
    await waitState(page, (s) => s.tour && s.tour.step === 2, 10000);
    await page.keyboard.press('ArrowRight');
    await waitState(page, (s) => s.tour && s.tour.step === 3, 10000);

    // The handout for print: the picture the app drew, shown from a blob: URL, in print media.
    await page.evaluate(() => window.atlas.prepareHandout());
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.evaluate(() => document.querySelector('#handout img').naturalWidth), 3508);
    await page.emulateMedia({ media: 'screen' });

    assert.deepEqual(await violations(page), [], 'nothing blocked');
    assert.deepEqual(foreignRequests, [], 'nothing fetched from another origin');
  });
});

test("the page's own <meta> policy is the served one less what only a header can say", () => {
  const html = readSource('web/index.html');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'web/index.html carries the policy for hosts that cannot send headers');
  const headerOnly = /;\s*frame-ancestors [^;]+/;  // ignored (and warned about) in a <meta>
  assert.equal(meta[1], CONTENT_SECURITY_POLICY.replace(headerOnly, ''));
});
