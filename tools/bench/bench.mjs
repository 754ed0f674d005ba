#!/usr/bin/env node
// The atlas benchmark: builds the release page (and atlas-bench natively and as WebAssembly),
// serves build/web/site with gzip on 127.0.0.1, measures it in headless Chromium (Debian's, via
// playwright-core, WebGL2 on SwiftShader) over several runs, and writes
// test-artifacts/bench.json and test-artifacts/bench.md. See tools/bench/README.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { benchAgainstPeer } from './peer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---- options --------------------------------------------------------------------------------
const HELP = `usage: node tools/bench/bench.mjs [options]
  --quick              shorter: play-memory 10 s, input 2 s, core bench --quick (still --runs runs)
  --runs N             browser and core runs (default 5)
  --play-seconds S     play duration for the memory-after-play figure (default 60; quick 10)
  --input-seconds S    duration of each pan/zoom and play frame-time window (default 4; quick 2)
  --idle-seconds S     idle window for the frames-drawn-while-idle check (default 5)
  --no-build           measure what is already built
  --uncapped           lift Chromium's 60 Hz frame cap (frame times become costs; needs an idle machine)
  --out DIR            where bench.json and bench.md go (default test-artifacts)
  --site DIR           the site to serve (default build/web/site)
  --no-peer            skip the side-by-side with the peer (the shared bench kit)
  --peer-only          only the side-by-side with the peer (and the build unless --no-build)
  --kit DIR            the bench kit (default ../shared/bench beside the checkout, or $ATLAS_BENCH_KIT)`;

function parseArgs(argv) {
  const o = { quick: false, runs: 5, playSeconds: null, inputSeconds: null, idleSeconds: 5, build: true,
    vsync: true, out: join(root, 'test-artifacts'), site: process.env.ATLAS_SITE_DIR || join(root, 'build/web/site'),
    peer: true, peerOnly: false, kit: process.env.ATLAS_BENCH_KIT || resolve(root, '../shared/bench') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => { const v = Number(argv[++i]); if (!(v >= 0)) throw new Error(`${a} needs a number`); return v; };
    if (a === '--quick') o.quick = true;
    else if (a === '--runs') o.runs = Math.max(1, Math.round(num()));
    else if (a === '--play-seconds') o.playSeconds = num();
    else if (a === '--input-seconds') o.inputSeconds = num();
    else if (a === '--idle-seconds') o.idleSeconds = num();
    else if (a === '--no-build') o.build = false;
    else if (a === '--uncapped') o.vsync = false;
    else if (a === '--out') o.out = resolve(argv[++i]);
    else if (a === '--site') o.site = resolve(argv[++i]);
    else if (a === '--no-peer') o.peer = false;
    else if (a === '--peer-only') o.peerOnly = true;
    else if (a === '--kit') o.kit = resolve(argv[++i]);
    else if (a === '--help' || a === '-h') { console.log(HELP); process.exit(0); }
    else { console.error(`unknown option ${a}\n${HELP}`); process.exit(2); }
  }
  if (o.playSeconds === null) o.playSeconds = o.quick ? 10 : 60;
  if (o.inputSeconds === null) o.inputSeconds = o.quick ? 2 : 4;
  return o;
}
const opt = parseArgs(process.argv.slice(2));

// ---- statistics -----------------------------------------------------------------------------
function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q, lo = Math.floor(pos), hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
const median = (v) => quantile(v, 0.5);
function summary(values) {
  const v = values.filter((x) => Number.isFinite(x));
  if (!v.length) return { min: null, median: null, max: null, n: 0 };
  return { min: Math.min(...v), median: median(v), max: Math.max(...v), n: v.length, values: v };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- build ----------------------------------------------------------------------------------
function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' } });
  if (r.status !== 0) { console.error(`bench: '${cmd} ${args.join(' ')}' failed (${r.status ?? r.signal})`); process.exit(1); }
}
function build() {
  // Configuring picks up src/tools/atlas_bench.cpp (CMake adds atlas-bench only when it exists).
  run('cmake', ['--preset', 'web']);
  run('cmake', ['--build', '--preset', 'web']);
  run('cmake', ['--preset', 'native']);
  run('cmake', ['--build', '--preset', 'native', '--target', 'atlas-bench']);
}

// ---- core benchmark (atlas-bench) -------------------------------------------------------------
function coreBench(kind) {
  const [cmd, args] = kind === 'native' ? [join(root, 'build/native/atlas-bench'), []]
    : [process.execPath, [join(root, 'build/web/atlas-bench.js')]];
  if (opt.quick) args.push('--quick');
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`atlas-bench (${kind}) failed: ${r.stderr || r.error}`);
  const ops = {};
  for (const line of r.stdout.split('\n')) if (line.startsWith('{')) { const o = JSON.parse(line); ops[o.op] = o.median_ms; }
  return ops;
}

// ---- the browser ------------------------------------------------------------------------------
// Installed before the page's own scripts: keeps the Emscripten Module (the object page.js hands
// to createAtlasModule), the wasm memory, the time atlas.ready resolved, an rAF tick counter, and
// the time each other rAF callback takes (the app's frame function among them).
const INIT_SCRIPT = () => {
  const B = window.__bench = { module: null, memory: null, readyAt: null, firstFrameAt: null, ticks: 0,
    recording: false, samples: [], callbacks: [] };
  const origInstantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return origInstantiate.apply(this, args).then((result) => {
      const exportsOf = result.instance ? result.instance.exports : result.exports;
      if (exportsOf) for (const v of Object.values(exportsOf)) if (v instanceof WebAssembly.Memory) B.memory = v;
      return result;
    });
  };
  let factory;
  Object.defineProperty(window, 'createAtlasModule', {
    configurable: true,
    get() { return factory; },
    set(f) {
      factory = typeof f !== 'function' ? f : function (moduleArg) {
        B.module = moduleArg;
        const firstFrame = moduleArg.onAtlasFirstFrame;
        moduleArg.onAtlasFirstFrame = function () { B.firstFrameAt = performance.now(); return firstFrame && firstFrame.apply(this, arguments); };
        return f.apply(this, arguments).then((m) => { B.module = m; return m; });
      };
    },
  });
  let atlasObject;
  Object.defineProperty(window, 'atlas', {
    configurable: true,
    get() { return atlasObject; },
    set(v) {
      atlasObject = v;
      if (v && v.ready) v.ready.then(() => { if (B.readyAt === null) B.readyAt = performance.now(); }, () => {});
    },
  });
  // Frames that drew on screen: the app skips drawing when nothing changed (src/core/damage.hpp),
  // and such a frame says nothing of what drawing costs.
  B.appFrame = () => (B.module && B.module._atlas_frames_drawn ? B.module._atlas_frames_drawn() : 0);
  const raf = window.requestAnimationFrame.bind(window);
  B.raf = raf;
  window.requestAnimationFrame = (cb) => raf((t) => {
    if (!B.recording) return cb(t);
    const f0 = B.appFrame(), t0 = performance.now();
    try { return cb(t); } finally {
      const f1 = B.appFrame();
      if (f1 > f0) B.callbacks.push(performance.now() - t0);
    }
  });
  const tick = (t) => {
    B.ticks++;
    if (B.recording) B.samples.push([t, B.appFrame()]);
    raf(tick);
  };
  raf(tick);
};

async function launch() {
  const args = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-quic', '--enable-precise-memory-info'];
  if (!opt.vsync) args.push('--disable-frame-rate-limit', '--disable-gpu-vsync');
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args });
}

// Frame statistics of one recorded window: rAF intervals ending in a frame the app drew, and the
// time the app's own rAF callback took on those frames.
async function startRecording(page) {
  await page.evaluate(() => { const B = window.__bench; B.samples = []; B.callbacks = []; B.recording = true; B.f0 = B.appFrame(); B.t0 = performance.now(); });
}
async function stopRecording(page) {
  const r = await page.evaluate(() => {
    const B = window.__bench; B.recording = false;
    return { samples: B.samples, callbacks: B.callbacks, frames: B.appFrame() - B.f0, ms: performance.now() - B.t0 };
  });
  const intervals = [];
  for (let i = 1; i < r.samples.length; i++)
    if (r.samples[i][1] > r.samples[i - 1][1]) intervals.push(r.samples[i][0] - r.samples[i - 1][0]);
  return {
    appFrames: r.frames, seconds: r.ms / 1000, ticks: r.samples.length,
    frameMedian: median(intervals), frameP95: quantile(intervals, 0.95),
    appCpuMedian: median(r.callbacks), appCpuP95: quantile(r.callbacks, 0.95),
    fps: r.frames / (r.ms / 1000),
  };
}

async function memory(page) {
  return page.evaluate(async () => {
    const B = window.__bench;
    const buffer = (B.memory && B.memory.buffer) || (B.module && B.module.HEAP8 && B.module.HEAP8.buffer);
    let uaMemory = null;
    if (performance.measureUserAgentSpecificMemory && self.crossOriginIsolated) {
      try { uaMemory = (await performance.measureUserAgentSpecificMemory()).bytes; } catch { uaMemory = null; }
    }
    return { wasmHeap: buffer ? buffer.byteLength : null, jsHeapUsed: performance.memory ? performance.memory.usedJSHeapSize : null,
      jsHeapTotal: performance.memory ? performance.memory.totalJSHeapSize : null, uaMemory };
  });
}

async function panZoom(page, width, height, seconds) {
  const end = Date.now() + seconds * 1000;
  // The middle of the map, away from the title, toolbar, legend, details panel and timeline.
  const cx = Math.round(width * 0.45), cy = Math.round(height * 0.5);
  let dir = 1;
  while (Date.now() < end) {
    await page.mouse.move(cx - 120 * dir, cy - 60 * dir);
    await page.mouse.down();
    await page.mouse.move(cx + 120 * dir, cy + 60 * dir, { steps: 24 });
    await page.mouse.up();
    for (let i = 0; i < 4; i++) { await page.mouse.wheel(0, -120 * dir); await sleep(16); }
    for (let i = 0; i < 4; i++) { await page.mouse.wheel(0, 120 * dir); await sleep(16); }
    dir = -dir;
  }
}

async function clickPlay(page, height, want) {
  // The play button: timeline window at margin 16, height 84, padding 14; button 44, centred vertically.
  const x = 16 + 14 + 22, y = height - 16 - 84 + 20 + 22;
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await sleep(30);
    await page.mouse.up();
    // Generous: on a loaded machine with software WebGL a frame can take long.
    const ok = await page.waitForFunction((w) => window.atlas.state().playing === w, want, { timeout: 30000 }).then(() => true, () => false);
    if (ok) return;
  }
  throw new Error(`the play button at (${x}, ${y}) did not ${want ? 'start' : 'stop'} play`);
}

// The first page a freshly launched browser opens pays for starting WebGL itself (the GPU
// process's first context; ~0.4-0.6 s on SwiftShader): measured on its own, before the others.
async function coldLoad(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await context.addInitScript(INIT_SCRIPT);
  try {
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__bench.readyAt !== null || (window.atlas && window.atlas.state().error), null, { timeout: 120000 });
    return await page.evaluate(() => ({ readyMs: window.__bench.readyAt, startup: window.atlas ? { ...window.atlas.startup } : null }));
  } finally { await context.close(); }
}

// The machine's floor (tools/bench/floor.html, served as bench-floor.html): a bare page doing the
// least that moving a whole-screen map needs, under the same input as the app's pan/zoom window.
// Frame times the app cannot beat on this machine, whatever its design.
async function floorFrames(browser, baseUrl, mode) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await context.addInitScript(INIT_SCRIPT);
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}bench-floor.html#${mode}`);
    await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 60000 });
    await sleep(500);
    await startRecording(page);
    await panZoom(page, 1280, 720, opt.inputSeconds);
    return await stopRecording(page);
  } finally { await context.close(); }
}

async function measureViewport(browser, baseUrl, vp, runIndex) {
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.dpr });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const files = {};
  page.on('requestfinished', async (req) => {
    try {
      const sizes = await req.sizes();
      const resp = await req.response();
      const name = req.url().startsWith(baseUrl) ? req.url().slice(baseUrl.length) || 'index.html' : req.url();
      files[name] = { encoded: sizes.responseBodySize, headers: sizes.responseHeadersSize,
        contentLength: Number(resp && (await resp.headerValue('content-length'))) || null,
        encoding: resp ? await resp.headerValue('content-encoding') : null };
    } catch (e) { errors.push('size of ' + req.url() + ': ' + e); }
  });
  const r = { viewport: `${vp.width}x${vp.height}@${vp.dpr}x` };
  const t0 = Date.now();
  const step = (what) => console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);
  try {
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__bench.readyAt !== null || (window.atlas && window.atlas.state().error), null, { timeout: 120000 });
    const load = await page.evaluate(() => ({ readyAt: window.__bench.readyAt, firstFrameAt: window.__bench.firstFrameAt,
      state: window.atlas.state() }));
    if (load.readyAt === null) throw new Error('the atlas did not start: ' + load.state.error);
    r.readyMs = load.readyAt;
    r.firstFrameCallbackMs = load.firstFrameAt;
    r.startup = await page.evaluate(() => ({ ...window.atlas.startup }));
    await page.waitForLoadState('networkidle');
    await sleep(200);  // the last requestfinished handlers
    r.files = { ...files };
    r.transferBytes = Object.values(files).reduce((s, f) => s + (f.encoded > 0 ? f.encoded : f.contentLength || 0), 0);
    r.memoryAfterLoad = await memory(page);
    step(`ready after ${r.readyMs.toFixed(0)} ms; idle window`);

    // Idle: let fades and camera moves finish, then count frames drawn with no input.
    await sleep(1000);
    const idle0 = await page.evaluate(() => window.atlas.state().frame);
    await sleep(opt.idleSeconds * 1000);
    r.idleFrames = (await page.evaluate(() => window.atlas.state().frame)) - idle0;

    // setDate: month steps, then jumps across the decade. Time and rAF ticks until the promise resolves.
    const setDates = async (dates) => page.evaluate(async (list) => {
      const B = window.__bench, out = [];
      for (const d of list) {
        await new Promise((res) => B.raf(() => res()));  // start on a frame boundary
        const t0 = performance.now(), k0 = B.ticks;
        await window.atlas.setDate(d);
        out.push({ date: d, ms: performance.now() - t0, frames: B.ticks - k0 });
      }
      return out;
    }, dates);
    step('setDate');
    const months = [];
    for (let m = 0; m < 12; m++) months.push(`1922-${String(m + 1).padStart(2, '0')}`);
    await page.evaluate(() => window.atlas.setDate('1921-12'));
    r.setDateMonth = await setDates(months);
    r.setDateJump = await setDates(['1919-02-01', '1929-11-30', '1920-06-15', '1928-03-01', '1919-12-31', '1927-07-14',
      '1923-01-11', '1929-12-31', '1919-01-01', '1926-04-24', '1921-03-16', '1929-06-07']);
    await sleep(400);  // fades end

    step('pan and zoom');
    await startRecording(page);
    await panZoom(page, vp.width, vp.height, opt.inputSeconds);
    r.panZoom = await stopRecording(page);
    await sleep(600);

    step('play');
    await page.evaluate(() => window.atlas.setDate('1919-01'));
    await clickPlay(page, vp.height, true);
    await startRecording(page);
    await sleep(opt.inputSeconds * 1000);
    r.play = await stopRecording(page);

    // Memory after a long play (first run, first viewport only; --play-seconds).
    if (runIndex === 0 && vp.memoryRun) {
      step(`play for ${opt.playSeconds} s (memory)`);
      const until = Date.now() + Math.max(0, opt.playSeconds - opt.inputSeconds) * 1000;
      while (Date.now() < until) {
        await sleep(Math.min(2000, Math.max(0, until - Date.now())));
        if (!(await page.evaluate(() => window.atlas.state().playing))) {  // reached 1929: start over
          await page.evaluate(() => window.atlas.setDate('1919-01'));
          await clickPlay(page, vp.height, true);
        }
      }
      r.memoryAfterPlay = { seconds: opt.playSeconds, ...(await memory(page)) };
    }
    await clickPlay(page, vp.height, false);
    r.errors = errors;
  } finally {
    await context.close();
  }
  return r;
}

// ---- budgets and the report ------------------------------------------------------------------------
const KB = 1024, MB = 1024 * 1024;
function fmt(v, unit) {
  if (v === null || v === undefined) return 'n/a';
  if (unit === 'bytes') return v >= MB ? `${(v / MB).toFixed(2)} MB` : `${(v / KB).toFixed(1)} KB`;
  if (unit === 'ms') return v < 0.1 ? `${(v * 1000).toFixed(2)} µs` : `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  if (unit === 'frames') return Number.isInteger(v) ? String(v) : v.toFixed(1);
  return String(v);
}

// The side by side with the peer (tools/bench/peer.mjs): markdown lines and the data.
async function peerSection(runningFirstFrame) {
  const load = (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join('/');
  const snapshot = mkdtempSync(join(tmpdir(), 'atlas-bench-peer-site-'));
  cpSync(opt.site, snapshot, { recursive: true, preserveTimestamps: true });
  let result;
  try {
    result = await benchAgainstPeer({ kitSource: opt.kit, site: snapshot, work: join(opt.out, 'peer'), runs: opt.runs });
  } catch (e) {
    console.error(`bench: the side by side with the peer was not measured: ${e.message}`);
    return { md: ['', '## Beside the peer', '', `Not measured: ${e.message}`], data: { error: e.message } };
  } finally { rmSync(snapshot, { recursive: true, force: true }); }
  const m = result.machine || {};
  const md = ['', '## Beside the peer (the shared bench kit: a fresh browser per run, frames presented per Chrome\'s trace)', '',
    `${result.date} · ${opt.runs} runs each, one after the other · 1280x720 · ${m.cpu || ''}, ${m.cores || '?'} cores, ${m.memGiB || '?'} GiB · ${m.chromium || 'Chromium'} · load average ${load} at the start · ` +
    'the atlas served by tools/serve.mjs (its Brotli copies), the peer by the kit (gzip 6), each as a host would', '',
    '| figure (median) | atlas | peer | atlas / peer | goal |', '|---|---:|---:|---:|---|'];
  const unitFmt = (v, unit) => v == null ? '-' : unit === 'kB' ? `${(v / 1000).toFixed(0)} KB` :
    unit === 'MiB' ? `${(v / 1048576).toFixed(0)} MiB` : String(Math.round(v));
  const ms = (v) => v == null ? '-' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
  for (const r of result.rows) {
    const show = (v) => r.unit === 'ms' ? ms(v) : unitFmt(v, r.unit);
    md.push(`| ${r.what} | ${show(r.atlas)} | ${show(r.peer)} | ${r.ratio == null ? '-' : r.ratio.toFixed(2)} | ${r.goal ? `≤ ${r.goal}` : ''} |`);
  }
  if (runningFirstFrame != null) md.push(`| first map frame, a page in a running browser (atlas.ready, this bench's own figure above) | ${ms(runningFirstFrame)} | | | |`);
  md.push('', 'Atlas files at load, first run (bytes on the wire as served):', '', '| file | on the wire | encoding |', '|---|---:|---|');
  for (const f of [...result.atlasFiles].sort((a, b) => b.wireBytes - a.wireBytes)) md.push(`| ${f.path} | ${fmt(f.wireBytes, 'bytes')} | ${f.encoding || '-'} |`);
  return { md, data: result };
}

async function peerOnly() {
  mkdirSync(opt.out, { recursive: true });
  if (opt.build) { run('cmake', ['--preset', 'web']); run('cmake', ['--build', '--preset', 'web']); }
  const { md, data } = await peerSection(null);
  const text = ['# Atlas benchmark: beside the peer', ...md].join('\n') + '\n';
  writeFileSync(join(opt.out, 'bench-peer.md'), text);
  writeFileSync(join(opt.out, 'bench-peer.json'), JSON.stringify(data, null, 2));
  console.log('\n' + text);
}

async function main() {
  if (opt.peerOnly) return peerOnly();
  const started = Date.now();
  mkdirSync(opt.out, { recursive: true });
  if (opt.build) build();

  console.log(`\nCore benchmark (atlas-bench), ${opt.runs} runs native and ${opt.runs} in WebAssembly under node…`);
  const core = { native: [], wasm: [] };
  for (let i = 0; i < opt.runs; i++) { core.native.push(coreBench('native')); core.wasm.push(coreBench('wasm')); }
  const loadAverage = (await import('node:os')).loadavg();

  // Serve a private copy: other builds may rewrite build/web/site while the browser runs.
  const snapshot = mkdtempSync(join(tmpdir(), 'atlas-bench-site-'));
  cpSync(opt.site, snapshot, { recursive: true });
  cpSync(join(root, 'tools/bench/floor.html'), join(snapshot, 'bench-floor.html'));
  const { server, url } = await startServer(snapshot, 0, { securityHeaders: false });  // floor pages: inline script
  const viewports = [{ width: 1280, height: 720, dpr: 1, memoryRun: true }, { width: 1920, height: 1080, dpr: 2 }];
  const runs = [], cold = [], floors = [];
  try {
    for (let i = 0; i < opt.runs; i++) {
      const browser = await launch();
      try {
        console.log(`Browser run ${i + 1}/${opt.runs}, first page of a fresh browser…`);
        cold.push(await coldLoad(browser, url));
        for (const vp of viewports) {
          console.log(`Browser run ${i + 1}/${opt.runs}, ${vp.width}x${vp.height}@${vp.dpr}x…`);
          runs.push({ run: i + 1, ...(await measureViewport(browser, url, vp, i)) });
        }
        console.log(`Browser run ${i + 1}/${opt.runs}, the machine's floor (bare pages)…`);
        floors.push({ copy: await floorFrames(browser, url, 'copy'), css: await floorFrames(browser, url, 'css'),
          warmStartup: await coldLoad(browser, `${url}bench-floor.html#startup`) });
      } finally { await browser.close(); }
      const bare = await launch();  // a fresh browser again, for a bare page's first frame
      try { floors[i].startup = await coldLoad(bare, `${url}bench-floor.html#startup`); } finally { await bare.close(); }
    }
  } finally { server.close(); rmSync(snapshot, { recursive: true, force: true }); }

  // Aggregate: one figure per run, then min/median/max over the runs.
  const rows = [];
  const add = (metric, unit, values, budget) => {
    const s = summary(values);
    let verdict = '';
    if (budget && s.n) verdict = budget.test(s.median) ? 'PASS' : 'OVER';
    rows.push({ metric, unit, ...s, budget: budget ? budget.text : '', verdict });
  };
  const at = (name) => runs.filter((r) => r.viewport === name);
  const v1 = '1280x720@1x', v2 = '1920x1080@2x';
  add('Transfer, total (as served: Brotli copies, gzip otherwise)', 'bytes', at(v1).map((r) => r.transferBytes), { text: '≤ 500 KB', test: (v) => v <= 500 * KB });
  add('First map frame (navigation → atlas.ready), 1280x720', 'ms', at(v1).map((r) => r.readyMs), { text: '< 1.5 s', test: (v) => v < 1500 });
  add('First map frame, first page of a freshly launched browser (WebGL starts), 1280x720', 'ms', cold.map((c) => c.readyMs), { text: '< 1.5 s', test: (v) => v < 1500 });
  add('Floor: first frame of a bare WebGL2 page (no app, no data), running browser, 1280x720', 'ms', floors.map((f) => f.warmStartup.readyMs));
  add('Floor: first frame of a bare WebGL2 page (no app, no data), freshly launched browser, 1280x720', 'ms', floors.map((f) => f.startup.readyMs));
  for (const [mark, text] of [['context', 'WebGL2 context made'], ['downloaded', 'files downloaded'], ['wasmReady', 'WebAssembly ready'], ['firstFrame', 'first frame drawn']])
    add(`Start-up: ${text} (ms from navigation), 1280x720`, 'ms', at(v1).map((r) => r.startup && r.startup[mark]));
  add('First map frame (navigation → atlas.ready), 1920x1080@2x', 'ms', at(v2).map((r) => r.readyMs));
  for (const [name, vs] of [['1280x720', v1], ['1920x1080@2x', v2]]) {
    const rs = at(vs);
    const budget = vs === v1;
    add(`setDate month step → on screen, ${name} (frames, worst)`, 'frames', rs.map((r) => Math.max(...r.setDateMonth.map((x) => x.frames))),
      budget ? { text: '≤ 2 frames', test: (v) => v <= 2 } : null);
    add(`setDate month step → on screen, ${name} (ms, median)`, 'ms', rs.map((r) => median(r.setDateMonth.map((x) => x.ms))));
    add(`setDate jump across decade → on screen, ${name} (frames, worst)`, 'frames', rs.map((r) => Math.max(...r.setDateJump.map((x) => x.frames))),
      budget ? { text: '≤ 2 frames', test: (v) => v <= 2 } : null);
    add(`setDate jump across decade → on screen, ${name} (ms, median)`, 'ms', rs.map((r) => median(r.setDateJump.map((x) => x.ms))));
    for (const [label, key] of [['Pan/zoom', 'panZoom'], ['Play', 'play']]) {
      // At the 60 Hz cap a frame that keeps up lasts one refresh (16.7 ms): that counts as within 16 ms.
      add(`${label} frame time median, ${name}`, 'ms', rs.map((r) => r[key].frameMedian),
        budget ? { text: opt.vsync ? '< 16 ms (≤ 1 refresh)' : '< 16 ms', test: (v) => v < (opt.vsync ? 17.5 : 16) } : null);
      add(`${label} frame time p95, ${name}`, 'ms', rs.map((r) => r[key].frameP95));
      add(`${label} app frame callback (CPU) median, ${name}`, 'ms', rs.map((r) => r[key].appCpuMedian));
      add(`${label} app frames drawn per second, ${name}`, 'frames', rs.map((r) => r[key].fps));
      if (key === 'panZoom' && budget) {
        add(`Floor: pan/zoom frame time median, ${name}, bare page copying a full-screen texture`, 'ms', floors.map((f) => f.copy.frameMedian));
        add(`Floor: pan/zoom frame time median, ${name}, bare page moving a pre-drawn canvas by CSS`, 'ms', floors.map((f) => f.css.frameMedian));
        add(`Floor: pan/zoom frames drawn per second, ${name}, bare page copying`, 'frames', floors.map((f) => f.copy.fps));
      }
    }
    add(`Frames drawn in ${opt.idleSeconds} s idle, ${name}`, 'frames', rs.map((r) => r.idleFrames), { text: '0', test: (v) => v === 0 });
    add(`Wasm heap after load, ${name}`, 'bytes', rs.map((r) => r.memoryAfterLoad.wasmHeap), { text: '< 64 MB', test: (v) => v < 64 * MB });
    add(`JS heap used after load, ${name}`, 'bytes', rs.map((r) => r.memoryAfterLoad.jsHeapUsed));
  }
  const long = runs.find((r) => r.memoryAfterPlay);
  if (long) {
    add(`Wasm heap after ${long.memoryAfterPlay.seconds} s play, 1280x720 (1 run)`, 'bytes', [long.memoryAfterPlay.wasmHeap], { text: '< 64 MB', test: (v) => v < 64 * MB });
    add(`JS heap used after ${long.memoryAfterPlay.seconds} s play, 1280x720 (1 run)`, 'bytes', [long.memoryAfterPlay.jsHeapUsed]);
  }
  const coreOps = [
    ['load_atlas_from_memory', 'Core: load + validate all map data from memory (load_atlas)'],
    ['load_atlas_from_disk', 'Core: load all map data from disk (read + load_atlas)'],
    ['load_map_from_memory', 'Core: map.bin alone (load_map)'],
    ['load_tours', 'Core: tour loading (load_tours)'],
    ['map_state_for_date_political', 'Core: map state for a date (holders_on + region_fills, political)'],
    ['map_state_for_date_relations', 'Core: map state for a date (holders_on + region_fills, relations)'],
    ['pick_region', 'Core: hit test (pick_region)'],
    ['who_coast_snap', 'Core: who() with 10 km coast snap'],
    ['state_labels', 'Core: label placement (state_labels)'],
  ];
  for (const [kind, label] of [['native', 'native'], ['wasm', 'wasm']]) {
    for (const [op, text] of coreOps) {
      let budget = null;
      if (op === 'load_atlas_from_memory' && kind === 'wasm') budget = { text: '< 30 ms', test: (v) => v < 30 };
      if (op === 'pick_region') budget = { text: '< 0.05 ms', test: (v) => v < 0.05 };
      add(`${text}, ${label}`, 'ms', core[kind].map((c) => c[op]), budget);
    }
  }

  // Per-file transfer (first run at 1280x720; every run transfers the same bytes).
  const first = at(v1)[0];
  const fileRows = Object.entries(first.files).sort((a, b) => b[1].encoded - a[1].encoded);
  const seconds = (Date.now() - started) / 1000;

  const md = [];
  md.push(`# Atlas benchmark`, '');
  md.push(`${new Date().toISOString()} · ${opt.runs} runs · Chromium ${runs.length ? (await chromiumVersion()) : ''} headless, WebGL2 on SwiftShader (software) · ` +
    `${opt.vsync ? '60 Hz frame cap' : 'frame rate uncapped'} · ${opt.quick ? 'quick mode' : 'full mode'} · took ${seconds.toFixed(0)} s · ` +
    `${(await import('node:os')).cpus().length} CPUs, load average ${loadAverage.map((x) => x.toFixed(1)).join('/')} at the start of the browser runs`, '');
  md.push('| metric | min | median | max | budget | |', '|---|---:|---:|---:|---|---|');
  for (const r of rows) md.push(`| ${r.metric} | ${fmt(r.min, r.unit)} | ${fmt(r.median, r.unit)} | ${fmt(r.max, r.unit)} | ${r.budget} | ${r.verdict} |`);
  md.push('', 'Verdicts compare the median over the runs with the budget.', '', '## Transfer per file (as served, first run)', '',
    '| file | transferred | uncompressed |', '|---|---:|---:|');
  for (const [name, f] of fileRows) md.push(`| ${name} | ${fmt(f.encoded, 'bytes')} | ${fmt(uncompressedSize(name), 'bytes')} |`);
  md.push(`| **total** | **${fmt(first.transferBytes, 'bytes')}** | |`);
  const errors = runs.flatMap((r) => r.errors || []);
  if (errors.length) md.push('', '## Page errors', '', ...errors.map((e) => `- ${e}`));
  const peer = opt.peer ? await peerSection(median(at(v1).map((r) => r.readyMs))) : null;
  if (peer) md.push(...peer.md);
  const text = md.join('\n') + '\n';
  writeFileSync(join(opt.out, 'bench.md'), text);
  writeFileSync(join(opt.out, 'bench.json'), JSON.stringify({ date: new Date().toISOString(), options: opt, seconds, summary: rows, core, cold, floors, runs, peer: peer && peer.data }, null, 2));
  console.log('\n' + text);
  console.log(`Wrote ${join(opt.out, 'bench.md')} and bench.json (${seconds.toFixed(0)} s).`);
  const over = rows.filter((r) => r.verdict === 'OVER').length;
  console.log(over ? `${over} budget(s) OVER.` : 'All budgets PASS.');
}

function uncompressedSize(name) {
  try { return statSync(join(opt.site, name.split('?')[0] || 'index.html')).size; } catch { return null; }
}
async function chromiumVersion() {
  const r = spawnSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').replace(/^Chromium\s*/, '').split(' ')[0].trim();
}

main().catch((e) => { console.error(e); process.exit(1); });
