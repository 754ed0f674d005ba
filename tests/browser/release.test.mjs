// The release a school's host gets (tools/release.sh -> tools/release/make_release.mjs): the same
// site gives the same zip byte for byte; unpacked into an empty folder and served by nginx, Apache
// and Caddy as docs/HOSTING.md configures them (Apache by the release's own .htaccess), the page starts under its Content-Security-Policy, changes
// date, opens a country, fetches nothing from elsewhere, and the host sends the precompressed
// copies, the types and the caching HOSTING.md promises.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { openAtlas, siteDir, waitReady } from './browser.mjs';
import { readAsset, nameOn } from './helpers.mjs';
import { CONTENT_SECURITY_POLICY } from '../../tools/serve.mjs';
import { hostingBlock, makeRelease } from '../../tools/release/make_release.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'atlas-release-'));
chmodSync(work, 0o755);  // nginx's workers read the site as another user
let release, siteRoot;
const HOSTS = ['nginx', 'apache', 'caddy'];
const hosts = {};  // kind -> { origin, stop }

function freePort() {
  return new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }); });
}

function request(origin, path, headers = {}) {
  return new Promise((ok, fail) => get(origin + path, { headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail));
}

// Starts one kind of server on a free port of 127.0.0.1 over siteRoot, configured as docs/HOSTING.md
// says: nginx with its server block, Apache with the release's own .htaccess, Caddy with its Caddyfile.
async function startHost(kind) {
  const port = await freePort();
  const dir = join(work, kind);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  let args;
  if (kind === 'nginx') {
    const server = hostingBlock('nginx')
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/root \/var\/www\/soviet-atlas;/, `root ${siteRoot};`);
    assert.ok(server.includes(siteRoot) && server.includes(`:${port};`), 'the HOSTING.md block has the listen and root lines the test replaces');
    writeFileSync(join(dir, 'nginx.conf'), `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
include /etc/nginx/modules-enabled/*.conf;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${server}
}
`);
    // Debian's prefix, where its modules-enabled lines find the modules; logs and temp files in dir.
    args = ['/usr/sbin/nginx', '-p', '/usr/share/nginx', '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  } else if (kind === 'caddy') {
    const site = hostingBlock('caddy')
      .replace(/^atlas\.example\.org \{/m, `http://127.0.0.1:${port} {`)
      .replace(/root \* \/var\/www\/soviet-atlas/, `root * ${siteRoot}`);
    assert.ok(site.includes(siteRoot) && site.includes(`:${port} {`), 'the HOSTING.md block has the address and root lines the test replaces');
    writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tstorage file_system ${dir}/data\n}\n${site}`);
    args = ['/usr/bin/caddy', 'run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'];
  } else {
    const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'rewrite']
      .map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n');
    const asRoot = process.getuid && process.getuid() === 0 ? 'User www-data\nGroup www-data\n' : '';
    writeFileSync(join(dir, 'apache.conf'), `ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/apache.pid
ErrorLog ${dir}/error.log
${modules}
${asRoot}TypesConfig /etc/mime.types
DocumentRoot "${siteRoot}"
DirectoryIndex index.html
<Directory "${siteRoot}">
  AllowOverride All
  Require all granted
</Directory>
`);
    args = ['/usr/sbin/apache2', '-f', join(dir, 'apache.conf'), '-DFOREGROUND'];
  }
  const output = openSync(join(dir, 'output.log'), 'w');
  const process_ = spawn(args[0], args.slice(1), { stdio: ['ignore', output, output],
    env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir } });  // Caddy keeps its state there
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await request(origin, '/').then(() => true, () => false)) return { origin, stop: () => process_.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  process_.kill();
  const logs = ['error.log', 'output.log'].map((f) => join(dir, f)).filter(existsSync);
  throw new Error(`${kind} did not answer on ${origin}:\n${logs.map((f) => readFileSync(f, 'utf8')).join('\n')}`);
}

before(async () => {
  release = makeRelease(siteDir, join(work, 'a'), { epoch: 1700000000 });
  const unpacked = join(work, 'unpacked');
  execFileSync('unzip', ['-q', release.zip, '-d', unpacked]);
  siteRoot = join(unpacked, `soviet-atlas-${release.version}`, 'site');
  for (const kind of HOSTS) hosts[kind] = await startHost(kind);
});

after(() => { for (const host of Object.values(hosts)) host.stop(); });

test('the same site gives the same zip, byte for byte, and its SHA256SUMS hold', () => {
  const again = makeRelease(siteDir, join(work, 'b'), { epoch: 1700000000 });
  const digest = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');
  assert.equal(digest(again.zip), digest(release.zip));
  const sums = readFileSync(join(release.stage, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.ok(sums.length > 20, `${sums.length} files listed`);
  for (const line of sums) {
    const [sum, rel] = line.split(/\s+/);
    assert.equal(digest(join(release.stage, rel)), sum, rel);
  }
  const filesIn = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)).map((n) => `${e.name}/${n}`) : [e.name]);
  const names = filesIn(siteRoot);
  const served = names.filter((n) => !/^(index\.html|atlas-offline\.html|\.htaccess)/.test(n) && !/\.(br|gz|txt)$/.test(n));
  assert.ok(served.some((n) => n.startsWith('assets/fonts/')) && served.some((n) => n.startsWith('atlas.')), served.join(' '));
  for (const n of served) assert.match(n, /\.[0-9a-f]{12}\.[a-z0-9]+$/, `${n} has a content-hashed name`);
  for (const n of served) assert.ok(names.includes(n + '.br') && names.includes(n + '.gz'), `${n} has its .br and .gz copies`);
});

for (const kind of HOSTS) {
  test(`${kind} with the HOSTING.md configuration sends the types, precompressed copies, caching and security headers`, async () => {
    const { origin } = hosts[kind];
    const page = await request(origin, '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['cache-control'], 'no-cache');

    const wasmName = readdirSync(siteRoot).find((n) => /^atlas\.[0-9a-f]{12}\.wasm$/.test(n));
    const wasm = await request(origin, '/' + wasmName, { 'Accept-Encoding': 'br' });
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-encoding'], 'br');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(brotliDecompressSync(wasm.body).equals(readFileSync(join(siteRoot, wasmName))), 'the .br copy is the file');
    const gz = await request(origin, '/' + wasmName, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    const plain = await request(origin, '/' + wasmName);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length > wasm.body.length * 2, `plain ${plain.body.length} bytes, brotli ${wasm.body.length}`);
  });

  test(`the release served by ${kind} starts, changes date and opens a country under its policy, fetching nothing elsewhere`, async () => {
    const { origin } = hosts[kind];
    const states = readAsset('states.json');
    const germany = nameOn(states, 'germany', '1922-04-16');
    const atlas = await openAtlas({ url: origin + '/', width: 1024, height: 768 });
    try {
      await waitReady(atlas.page);
      await atlas.page.evaluate(() => window.atlas.setDate('1922-04-16'));
      await atlas.page.evaluate(() => window.atlas.select('germany'));
      const state = await atlas.page.evaluate(() => window.atlas.state());
      assert.equal(state.version, release.version, "the app is the release's version");
      const query = execFileSync(join(root, 'build/native/atlas-query'), ['--version'], { encoding: 'utf8' }).trim();
      assert.equal(query, `atlas-query ${release.version}`, 'atlas-query prints the same version');
      assert.equal(state.date, '1922-04-16');
      assert.equal(state.selected, 'germany');
      assert.ok((await atlas.page.evaluate(() => window.atlas.panelText())).includes(germany), `the panel names ${germany}`);
      // The picture's module, loaded on the first picture, by its content-hashed names too.
      const size = await atlas.page.evaluate(async () => (await window.atlas.picture({ view: 'europe' })).length);
      assert.ok(size > 100000, `a picture of ${size} bytes`);
      assert.ok(atlas.requests.some((u) => /\/atlas-picture\.[0-9a-f]{12}\.wasm$/.test(u)), 'atlas-picture.wasm by its hashed name');
      assert.deepEqual(atlas.foreignRequests, [], 'nothing fetched from another origin');
      assert.deepEqual(await atlas.page.evaluate(() => window.cspViolations), [], 'nothing blocked by the policy');
      assert.deepEqual(atlas.consoleErrors, [], 'errors on the console');
      await atlas.page.screenshot({ path: join(root, 'test-artifacts', `release-${kind}-1024x768.png`) });
    } finally {
      await atlas.close();
    }
  });
}
