// The atlas beside the peer (the historical-basemaps author's D3 page, one year of borders), both
// measured by the shared bench kit (../shared/bench, its README.md): a freshly launched browser
// and profile per run, the first map frame *presented* (Chrome's trace), bytes on the wire, the
// date switch, pan/zoom frames and every Chromium process's memory. Run one after the other in one
// go and reported as ratios (atlas / peer): the machine's speed swings between runs, the ratio less.
// The atlas is served by tools/serve.mjs as a host serves it (its Brotli/gzip copies, the headers
// of docs/HOSTING.md); the peer by the kit's server (gzip, as a typical host).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../serve.mjs';

// [key, what, unit, goal as a ratio to the peer (null: reported only)]
export const PEER_ROWS = [
  ['wireBytes', 'bytes on the wire at load', 'kB', null],
  ['requests', 'requests at load', '', null],
  ['firstFramePresentedMs', 'navigation to the first map frame presented (fresh browser)', 'ms', 0.6],
  ['switchPresentedMs', 'date switch to the new map presented', 'ms', null],
  ['longestPanZoomFrameMs', 'longest frame while panning/zooming', 'ms', null],
  ['panZoomFrameMedianMs', 'pan/zoom frame interval, median', 'ms', null],
  ['allPssBytes', 'all Chromium processes, PSS', 'MiB', null],
  ['gpuPssBytes', 'GPU process, PSS', 'MiB', null],
];

// The kit's figures per run, under the names above. "Presented" comes from the trace: for the atlas
// the frame in which atlas.ready resolved, for the peer the first frame with its map.
function figures(run, side) {
  const get = (path) => path.split('.').reduce((x, k) => (x == null ? undefined : x[k]), run);
  const first = (...paths) => paths.map(get).find((v) => typeof v === 'number' && Number.isFinite(v)) ?? null;
  return {
    wireBytes: first('transfer.wireBytes'),
    requests: first('transfer.requests'),
    firstFramePresentedMs: side === 'atlas' ? first('load.readyHookPresentedMs', 'load.firstPaintMs') : first('load.firstPaintMs', 'load.mapOnScreenMs'),
    switchPresentedMs: side === 'atlas' ? first('switch.hookPresentedMs', 'switch.mapOnScreenMs') : first('switch.mapOnScreenMs', 'switch.settledMs'),
    longestPanZoomFrameMs: first('frames.presented.all.maxMs', 'frames.all.maxMs'),
    panZoomFrameMedianMs: first('frames.presented.all.medianMs', 'frames.all.medianMs'),
    allPssBytes: first('memory.allPssBytes'),
    gpuPssBytes: first('memory.gpuPssBytes'),
  };
}

// The kit copied to work (shared/ is read-only) with its npm dependencies installed once.
function prepareKit(kitSource, work) {
  const kit = join(work, 'bench-kit');
  const lock = (dir) => { try { return readFileSync(join(dir, 'package-lock.json'), 'utf8'); } catch { return ''; } };
  if (!existsSync(join(kit, 'node_modules')) || lock(kit) !== lock(kitSource)) {
    mkdirSync(kit, { recursive: true });
    cpSync(kitSource, kit, { recursive: true });
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: kit, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm ci in ${kit} failed`);
  } else {
    cpSync(kitSource, kit, { recursive: true });  // the kit's own files may have changed
  }
  return kit;
}

// Not spawnSync: this process serves the atlas meanwhile.
async function measure(kit, args, outFile) {
  console.log(`$ node measure.mjs ${args.join(' ')}`);
  const child = spawn('node', [join(kit, 'measure.mjs'), ...args, '--out', outFile], { cwd: kit, stdio: ['ignore', 'ignore', 'inherit'] });
  const status = await new Promise((done) => child.on('close', (code, signal) => done(code ?? signal)));
  if (status !== 0) throw new Error(`measure.mjs ${args[0]} failed (${status})`);
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = (v.length - 1) / 2;
  return (v[Math.floor(m)] + v[Math.ceil(m)]) / 2;
};

// Returns { kit, atlas, peer, rows: [{ key, what, unit, atlas, peer, ratio, goal }] } or throws.
export async function benchAgainstPeer({ kitSource, site, work, runs }) {
  if (!existsSync(join(kitSource, 'measure.mjs'))) throw new Error(`no bench kit at ${kitSource}`);
  const kit = prepareKit(kitSource, work);
  const common = ['--runs', String(runs), '--viewport', '1280x720'];
  const peer = await measure(kit, ['--serve', join(kit, 'peer'), '/?year=1920', '--switch-key', 'y', '--label', 'peer', ...common],
    join(work, 'peer.json'));
  const { server, url } = await startServer(site, 0);
  let atlas;
  try {
    atlas = await measure(kit, [`${url}index.html`, '--map-selector', '#canvas', '--ready-js', 'atlas.ready',
      '--switch-js', "atlas.setDate('1920-01-01').then(()=>atlas.setDate('1930-01-01'))", '--label', 'atlas', ...common],
    join(work, 'atlas.json'));
  } finally {
    server.close();
  }
  const per = (result, side) => result.runs.map((run) => figures(run, side));
  const a = per(atlas, 'atlas'), p = per(peer, 'peer');
  const rows = PEER_ROWS.map(([key, what, unit, goal]) => {
    const am = median(a.map((f) => f[key])), pm = median(p.map((f) => f[key]));
    return { key, what, unit, goal, atlas: am, peer: pm, ratio: am != null && pm ? am / pm : null,
      atlasRuns: a.map((f) => f[key]), peerRuns: p.map((f) => f[key]) };
  });
  const files = (atlas.runs[0] && atlas.runs[0].transfer && atlas.runs[0].transfer.files) || [];
  return { machine: atlas.machine, date: atlas.date, runs, rows, atlasFiles: files };
}
