// Where the GPU process's memory goes: loads a page in a freshly launched headless Chromium
// (the bench kit's flags: SwiftShader, CPU raster, 1280x720) and, after load, after the kit's
// pan and zoom, and after a date switch, prints the GPU process's PSS (/proc/PID/smaps_rollup)
// and its mappings grouped (anonymous, shared memory, files), the large ones one by one:
// SwiftShader's device memory shows as 8 MiB blocks. One page per launch.
//   node tools/bench/gpu-memory.mjs [--site DIR] [--page index.html|mem-lab.html#...] [--runs N]
//     [--no-interact] [--switch-first] (the date switch before the pan and zoom)
//     [--list MIB] (mappings at least MIB resident listed; 1) [--compact] (on one line)
//     [--gl] (every WebGL texture, renderbuffer and buffer the page holds, with its bytes)
//     [--init FILE] (a script run before the page's own: experiments without a rebuild)
//     [--viewport WxH] [--chromium-args "..."]
// Every tools/bench/*.html is served beside the site (floor.html as bench-floor.html).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const site = resolve(opt('site', join(root, 'build/web/site')));
const pagePath = opt('page', 'index.html');
const runs = Number(opt('runs', 1));
const listMiB = Number(opt('list', 1));
const interact = !args.includes('--no-interact');
const [width, height] = opt('viewport', '1280x720').split('x').map(Number);
const MiB = 1024 * 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The bench kit's flags (../shared/bench/measure.mjs), CPU raster as its default.
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-gpu-rasterization', ...(opt('chromium-args', '').split(' ').filter(Boolean))];

// The mappings of a process with their resident and proportional sizes (bytes).
function mappings(pid) {
  const out = [];
  let cur = null;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = line.match(/^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/);
    if (head) {
      cur = { start: head[1], size: parseInt(head[2], 16) - parseInt(head[1], 16), perms: head[3], name: head[4], rss: 0, pss: 0 };
      out.push(cur);
      continue;
    }
    const field = line.match(/^(Rss|Pss):\s+(\d+) kB/);
    if (field && cur) cur[field[1].toLowerCase()] = Number(field[2]) * 1024;
  }
  return out;
}

function kind(m) {
  if (m.name === '[heap]') return 'heap';
  if (/memfd|\/dev\/shm|SYSV|shmem/.test(m.name)) return 'shared';
  if (m.name === '' || m.name.startsWith('[anon')) return 'anon';
  if (m.name.startsWith('[')) return 'other';
  return 'file';
}

function report(label, pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const pss = Number(rollup.match(/^Pss:\s+(\d+)/m)[1]) * 1024;
  const ms = mappings(pid);
  const groups = {};
  for (const m of ms) {
    const g = (groups[kind(m)] ||= { n: 0, rss: 0, pss: 0 });
    g.n++, g.rss += m.rss, g.pss += m.pss;
  }
  const f = (b) => (b / MiB).toFixed(1);
  console.log(`${label}: GPU PSS ${f(pss)} MiB | ` + Object.entries(groups).sort((a, b) => b[1].pss - a[1].pss)
    .map(([k, g]) => `${k} ${f(g.pss)} (${g.n})`).join(', '));
  const big = ms.filter((m) => m.rss >= listMiB * MiB && kind(m) !== 'file').sort((a, b) => b.rss - a.rss);
  if (args.includes('--compact')) console.log('   ' + big.map((m) => `${f(m.rss)}/${f(m.size)}${kind(m) === 'anon' ? '' : ' ' + kind(m)}`).join('  '));
  else for (const m of big)
    console.log(`   ${m.start} size ${f(m.size)} rss ${f(m.rss)} pss ${f(m.pss)} ${m.perms} ${m.name || '(anon)'}`);
  return { pss, groups };
}

// Wraps the WebGL2 calls that allocate, so the page's live textures, renderbuffers and buffers
// can be listed with their sizes (bytes as the format says, level 0 only).
function tallyGl() {
  const P = WebGL2RenderingContext.prototype;
  const live = (window.__glLive = new Map());  // object -> { kind, bytes, what }
  const bound = new Map();  // `${kind}:${target}` -> object, per context
  const bpp = { 0x8058: 4, 0x1908: 4, 0x8229: 1, 0x1903: 1, 0x822c: 4, 0x823a: 4, 0x8d62: 2, 0x8051: 3, 0x1907: 3, 0x6406: 1, 0x8232: 2, 0x8230: 4 };
  const wrap = (name, after) => {
    const f = P[name];
    P[name] = function (...a) { const r = f.apply(this, a); after.call(this, a, r); return r; };
  };
  const key = (gl, k, t) => { if (!gl.__id) gl.__id = Math.random(); return `${gl.__id}:${k}:${t}`; };
  wrap('bindTexture', function ([t, o]) { bound.set(key(this, 't', t), o); });
  wrap('bindBuffer', function ([t, o]) { bound.set(key(this, 'b', t), o); });
  wrap('bindRenderbuffer', function ([t, o]) { bound.set(key(this, 'r', t), o); });
  const setTex = function ([target, level, internal, w, h]) {
    if (level !== 0 && level !== undefined) return;
    const o = bound.get(key(this, 't', target));
    if (o) live.set(o, { kind: 'texture', bytes: w * h * (bpp[internal] || 4), what: `${w}x${h} 0x${internal.toString(16)}` });
  };
  wrap('texImage2D', function (a) { if (typeof a[3] === 'number' && typeof a[4] === 'number' && a.length >= 8) setTex.call(this, a); });
  wrap('texStorage2D', function ([target, levels, internal, w, h]) { setTex.call(this, [target, 0, internal, w, h]); });
  wrap('renderbufferStorage', function ([target, internal, w, h]) {
    const o = bound.get(key(this, 'r', target));
    if (o) live.set(o, { kind: 'renderbuffer', bytes: w * h * (bpp[internal] || 4), what: `${w}x${h}` });
  });
  wrap('bufferData', function ([target, data, usage, offset, length]) {
    const o = bound.get(key(this, 'b', target));
    const element = data && data.BYTES_PER_ELEMENT ? data.BYTES_PER_ELEMENT : 1;
    const bytes = typeof data === 'number' ? data : !data ? 0 : length !== undefined && length !== 0 ? length * element
      : data.byteLength - (offset || 0) * element;
    if (o) live.set(o, { kind: 'buffer', bytes: Math.max(bytes, (live.get(o) || {}).bytes || 0), what: `usage 0x${usage.toString(16)}` });
  });
  for (const n of ['deleteTexture', 'deleteBuffer', 'deleteRenderbuffer']) wrap(n, function ([o]) { live.delete(o); });
  window.__glTally = () => [...live.values()].map((v) => `${v.kind} ${v.what} ${(v.bytes / 1048576).toFixed(2)} MiB`);
}

async function gpuPid(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  return processInfo.find((p) => p.type === 'GPU').id;
}

// The kit's pan (a figure of eight for 1.5 s, button held) and zoom (wheel in, then out, 1.5 s).
async function panZoom(page) {
  const cx = width / 2, cy = height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let t0 = Date.now(), t = t0; t - t0 < 1500; t = Date.now()) {
    const u = (t - t0) / 1500;
    await page.mouse.move(cx + 150 * Math.sin(2 * Math.PI * u), cy + 100 * Math.sin(4 * Math.PI * u));
    await sleep(16);
  }
  await page.mouse.move(cx, cy);
  await page.mouse.up();
  for (let t0 = Date.now(), t = t0; t - t0 < 1500; t = Date.now()) {
    await page.mouse.wheel(0, t - t0 < 750 ? -30 : 30);
    await sleep(16);
  }
}

const serveDir = mkdtempSync(join(tmpdir(), 'gpu-memory-'));
cpSync(site, serveDir, { recursive: true });
for (const name of readdirSync(join(root, 'tools/bench')).filter((n) => n.endsWith('.html')))
  cpSync(join(root, 'tools/bench', name), join(serveDir, name === 'floor.html' ? 'bench-floor.html' : name));
const { server, url } = await startServer(serveDir, 0, { securityHeaders: false });
const isAtlas = pagePath.startsWith('index.html');
try {
  for (let run = 0; run < runs; ++run) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on('console', (m) => console.log(`   [page] ${m.text()}`));
      if (args.includes('--gl')) await page.addInitScript(tallyGl);
      if (opt('init')) await page.addInitScript({ path: resolve(opt('init')) });
      const glList = async () => {
        if (args.includes('--gl')) for (const line of await page.evaluate(() => window.__glTally())) console.log(`   gl: ${line}`);
      };
      await page.goto(url + pagePath);
      if (isAtlas) await page.evaluate(() => window.atlas.ready);
      else await page.waitForFunction(() => window.__bench && window.__bench.readyAt);
      await sleep(2000);
      const pid = await gpuPid(browser);
      report(`run ${run + 1} after load`, pid);
      await glList();
      // The kit's order (load, pan/zoom, date switch); --switch-first for the other.
      const steps = { 'pan/zoom': () => panZoom(page),
        'date switch': () => page.evaluate(() => window.atlas.setDate('1920-01-01').then(() => window.atlas.setDate('1930-01-01'))) };
      const order = args.includes('--switch-first') ? ['date switch', 'pan/zoom'] : ['pan/zoom', 'date switch'];
      if (isAtlas && interact)
        for (const step of order) {
          await steps[step]();
          await sleep(1500);
          report(`run ${run + 1} after ${step}`, pid);
          await glList();
        }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
  rmSync(serveDir, { recursive: true, force: true });
}
