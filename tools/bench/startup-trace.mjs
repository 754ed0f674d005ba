// Where a fresh browser's start-up goes: loads the built page once per run in a freshly launched
// Chromium (1280x720, SwiftShader, as tools/bench/peer.mjs and the shared kit do), records Chrome's
// trace, and prints the critical path from navigation to the first presented frame in milliseconds
// from navigation: the files (request sent, response, finished), the renderer's main-thread tasks
// over a few milliseconds with what ran in them, WebAssembly compilation, the GPU process's long
// tasks, the page's own milestones (atlas.startup) and the presented frames.
//   node tools/bench/startup-trace.mjs [--site DIR] [--runs N] [--page 'index.html#date=...'] [--running] [--save trace.json]
//     [--chromium-args '--js-flags=...']
import { writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const site = opt('--site', join(root, 'build/web/site'));
const runs = Number(opt('--runs', 1));
const quiet = args.includes('--marks-only');  // only the page's milestones
const save = opt('--save', null);
const extra = opt('--chromium-args', '').split(' ').filter(Boolean);  // e.g. V8 flags, to see what a change would buy
const pagePath = opt('--page', 'index.html');
// The running-browser case: the browser has shown a WebGL2 page (its GPU process is up) before the atlas opens.
const running = args.includes('--running');  // e.g. 'index.html#date=1923-01-01&select=poland', a deep link

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing', 'v8.wasm', 'v8', 'gpu', 'gpu.angle', 'disabled-by-default-gpu.angle', 'viz', 'cc', 'toplevel', 'loading', 'netlog'];
// V8's sampling profiler in the trace too (functions by name with a --profiling-funcs build)
if (args.includes('--profile')) CATEGORIES.push('disabled-by-default-v8.cpu_profiler');
const ARGS = ['--headless=new', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-rasterization'];

const r1 = (x) => Math.round(x);

function analyse(events, marks) {
  const sync = events.find((e) => e.name === '__trace_sync' && e.args && e.args.data);
  const off = sync.ts / 1000 - sync.args.data.startTime;  // trace ms = page ms + off
  const t = (ts) => ts / 1000 - off;
  const pid = sync.pid;
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const procNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_name') procNames.set(e.pid, e.args.name);
  const main = [...names].find(([k, v]) => k.startsWith(pid + ':') && v === 'CrRendererMain')[0].split(':')[1];
  const gpuPid = [...procNames].find(([, v]) => /GPU/i.test(v));
  const out = [];
  // Files.
  const req = new Map();
  for (const e of events) {
    const d = e.args && e.args.data;
    if (!d || !d.requestId) continue;
    const r = req.get(d.requestId) || {};
    if (e.name === 'ResourceSendRequest') { r.url = d.url; r.sent = t(e.ts); }
    if (e.name === 'ResourceReceiveResponse') r.response = t(e.ts);
    if (e.name === 'ResourceFinish') r.finish = t(e.ts);
    req.set(d.requestId, r);
  }
  for (const r of [...req.values()].filter((r) => r.url && r.url.startsWith('http://127.0.0.1')).sort((a, b) => a.sent - b.sent))
    out.push([r.sent, `net  ${r.url.replace(/^.*\/\/[^/]+\//, '')}: sent ${r1(r.sent)}, response ${r1(r.response)}, done ${r1(r.finish)}`]);
  // Main-thread tasks over 4 ms, with their longest children.
  const mainEvents = events.filter((e) => e.pid === pid && String(e.tid) === String(main) && e.ph === 'X');
  const tasks = mainEvents.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  for (const task of tasks) {
    if (task.dur < 4000) continue;
    const kids = mainEvents.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2000 &&
      !/RunTask/.test(e.name));
    const what = kids.slice(0, 14).map((e) => {
      const d = (e.args && e.args.data) || {};
      const label = d.url ? d.url.replace(/^.*\//, '') : d.functionName || d.type || '';
      return `${e.name}${label ? '(' + label + ')' : ''} ${r1(t(e.ts))}+${r1(e.dur / 1000)}`;
    });
    out.push([t(task.ts), `main ${r1(t(task.ts))}-${r1(t(task.ts + task.dur))} (${r1(task.dur / 1000)} ms): ${what.join('; ')}`]);
  }
  // WebAssembly.
  for (const e of events) {
    if (!/wasm/i.test(e.cat || '') || e.pid !== pid) continue;
    if (e.ph === 'X' && e.dur > 1000) out.push([t(e.ts), `wasm ${e.name} ${r1(t(e.ts))}+${r1(e.dur / 1000)} tid ${names.get(`${e.pid}:${e.tid}`)}`]);
    else if (e.ph !== 'X' && /Compil|Stream|Instantiate/i.test(e.name) && e.ph !== 'M')
      out.push([t(e.ts), `wasm ${e.name} (${e.ph}) ${r1(t(e.ts))}`]);
  }
  // GPU process: tasks over 5 ms on any thread, with their longest children.
  const gpuTasks = [];
  if (gpuPid) {
    const g = events.filter((e) => e.pid === gpuPid[0] && e.ph === 'X');
    for (const task of g.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur > 5000)) {
      gpuTasks.push({ start: t(task.ts), dur: task.dur / 1000 });
      const kids = g.filter((e) => e !== task && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur &&
        e.dur > 3000 && !/RunTask/.test(e.name)).slice(0, 8).map((e) => `${e.name} ${r1(e.dur / 1000)}`);
      out.push([t(task.ts), `gpu  ${names.get(`${task.pid}:${task.tid}`)} ${r1(t(task.ts))}-${r1(t(task.ts + task.dur))} (${r1(task.dur / 1000)} ms): ${kids.join('; ')}`]);
    }
  }
  // Presented frames.
  const begins = new Map();
  const presented = [];
  let shown = 0;
  for (const e of events.filter((e) => e.pid === pid && e.name === 'PipelineReporter')) {
    const k = `${e.tid}:${e.id2 && (e.id2.local || e.id2.global)}`;
    if (e.ph === 'b') begins.set(k, e);
    else if (e.ph === 'e' && begins.has(k)) {
      const b = begins.get(k);
      const state = ((b.args && (b.args.chrome_frame_reporter || b.args.frame_reporter)) || {}).state || '';
      if (/PRESENTED/.test(state)) presented.push(t(e.ts));
      if (/PRESENTED/.test(state) && (t(e.ts) > (marks.firstFrame || 0) ? shown++ < 3 : t(e.ts) > (marks.start || 0))) out.push([t(e.ts), `frame presented ${r1(t(e.ts))} (began ${r1(t(b.ts))})`]);
    }
  }
  for (const [k, v] of Object.entries(marks)) out.push([v, `mark ${k} ${v}`]);
  out.sort((a, b) => a[0] - b[0]);
  // One line: each milestone's time since the one before, the first frame's presentation after the
  // page's ready, and the GPU process's longest task in between (the first frame's drawing).
  const steps = Object.entries(marks).sort((a, b) => a[1] - b[1]);
  const stepText = steps.map(([k, v], i) => `${k} ${i ? '+' + (v - steps[i - 1][1]) : v}`).join(', ');
  const shownAfter = presented.sort((a, b) => a - b).filter((x) => x > marks.firstFrame)[0];
  const gpuLongest = gpuTasks.filter((g) => g.start >= marks.firstFrame - 5 && g.start < (shownAfter || Infinity))
    .reduce((m, g) => Math.max(m, g.dur), 0);
  const summary = `SUMMARY ${stepText}; first frame presented ${r1(shownAfter)}; GPU's longest task before it ${r1(gpuLongest)} ms`;
  return (quiet ? [] : out.map((x) => x[1])).concat([summary]).join('\n');
}

// The server in a process of its own, as the bench serves it: this one is busy reading the trace.
const port = 18000 + Math.floor(Math.random() * 2000);
const server = spawn('node', [join(root, 'tools/serve.mjs'), site, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));
const url = `http://127.0.0.1:${port}/`;
try {
  for (let run = 0; run < runs; run++) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...ARGS, ...extra], headless: true });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      if (running) {
        const other = await context.newPage();
        await other.goto("data:text/html,<canvas></canvas><script>const gl = document.querySelector('canvas').getContext('webgl2'); " +
          'gl.clearColor(0, 0, 0, 1); gl.clear(gl.COLOR_BUFFER_BIT);</script>');
        await other.waitForTimeout(1000);
        await other.close();
      }
      const page = await context.newPage();
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(url + pagePath, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.atlas && window.atlas.startup && window.atlas.startup.ready, null, { timeout: 30000 });
      await page.waitForTimeout(700);
      const marks = await page.evaluate(() => { performance.mark('__trace_sync'); return window.atlas.startup; });
      await page.waitForTimeout(100);
      const buf = await browser.stopTracing();
      const json = JSON.parse(buf.toString('utf8'));
      const events = Array.isArray(json) ? json : json.traceEvents;
      if (save) writeFileSync(runs > 1 ? save.replace(/\.json$/, `-${run}.json`) : save, buf);
      console.log(`---- run ${run + 1} ${site}`);
      console.log(analyse(events, marks));
    } finally {
      await browser.close();
    }
  }
} finally {
  server.kill();
}
