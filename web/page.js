// The page: checks WebGL2, downloads the app and its data with real progress, starts the
// WebAssembly module, shows errors on the page, and exposes window.atlas (documented in README.md).
'use strict';

(function () {
  const DATA_FILES = ['map.bin', 'states.json', 'regions.json', 'events.json', 'tour.json',
    'fonts/NotoSans-Regular.subset.ttf', 'fonts/NotoSans-Bold.subset.ttf'];

  // The loading card's font is the app's regular font, made from the same download (page.css).
  const PAGE_FONT = 'fonts/NotoSans-Regular.subset.ttf';
  function usePageFont(bytes) {
    if (!window.FontFace || !document.fonts) return;
    const face = new FontFace('Atlas Sans', bytes.slice().buffer);  // a copy: the app keeps the bytes
    face.load().then(() => document.fonts.add(face)).catch(() => {});  // the card keeps its fallback
  }

  // Where each file is fetched from, by the name the app knows it by. A release (tools/release.mjs)
  // fills this with content-hashed names, which a host may cache forever; here each is its own name.
  const RELEASE_URLS = {};
  const urlOf = (name) => RELEASE_URLS[name] || name;

  const $ = (id) => document.getElementById(id);
  let failed = false;

  function showError(text, hint, title) {
    failed = true;
    $('loading').hidden = true;
    $('message-title').textContent = title || 'The atlas could not start';
    $('message-text').textContent = text;
    $('message-hint').textContent = hint ||
      'Reload the page. If it keeps happening, tell whoever looks after this atlas what the message says.';
    $('message').hidden = false;
  }

  // Download progress over all files: bytes received of bytes announced (estimates until known).
  const progress = { files: {}, update() {
    let got = 0, total = 0;
    for (const f of Object.values(this.files)) { got += f.got; total += Math.max(f.total, f.got); }
    const pct = total ? Math.min(100, Math.round(100 * got / total)) : 0;
    $('loading-bar').style.width = pct + '%';
    $('loading-text').textContent = `Loading the map and its history: ${Math.round(got / 1024)} KB of ${Math.round(total / 1024)} KB`;
  } };

  // The offline file (tools/offline/make_offline.mjs) carries every file inside it, base64 in a
  // script element that never runs: file:// pages cannot fetch.
  function embedded(url) {
    const element = document.getElementById('embedded:' + url);
    if (!element) return null;
    const text = atob(element.textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  async function download(url, estimate) {
    const inside = embedded(url);
    if (inside) return inside;
    if (estimate === undefined) {  // not part of the start's progress
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    }
    const entry = progress.files[url] = { got: 0, total: estimate || 0 };
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
    // With compression the length header counts compressed bytes; the stream gives plain ones.
    const length = Number(response.headers.get('Content-Length')) || 0;
    if (length && !response.headers.get('Content-Encoding')) entry.total = length;
    if (!response.body || !response.body.getReader) {
      const buffer = new Uint8Array(await response.arrayBuffer());
      entry.got = buffer.length; progress.update();
      return buffer;
    }
    const reader = response.body.getReader();
    const chunks = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value); entry.got += value.length; progress.update();
    }
    const out = new Uint8Array(entry.got);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    entry.total = entry.got; progress.update();
    return out;
  }

  // global: the function the script defines (inline in the offline file, which has them all).
  function loadScript(src, global) {
    if (window[global]) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src; s.onload = resolve;
      s.onerror = () => reject(new Error(`${src} could not be loaded`));
      document.head.appendChild(s);
    });
  }

  let module = null;
  const assets = new Map();  // the data files by the app's names ('assets/map.bin'), as downloaded

  // The picture's own module (atlas-picture.js/.wasm, src/web/picture_module.cpp), loaded on the
  // first Save picture or Print: few visitors print, and its code stays out of atlas.wasm. It reads
  // the data files the app was given (no second download). Resolves with it once it has loaded them.
  let pictureModule = null, pictureLoading = null;
  function loadPictureModule() {
    if (!pictureLoading) {
      pictureLoading = (async () => {
        const [wasm] = await Promise.all([download(urlOf('atlas-picture.wasm')),
          loadScript(urlOf('atlas-picture.js'), 'createAtlasPictureModule')]);
        const m = await createAtlasPictureModule({ wasmBinary: wasm.buffer, atlasAsset: (path) => assets.get(path),
          print: (t) => console.log(t), printErr: (t) => console.warn(t) });
        if (!m._picture_load()) throw new Error(m.UTF8ToString(m._picture_error()));
        pictureModule = m;
        return m;
      })();
      pictureLoading.catch(() => { pictureLoading = null; });  // the next picture tries again
    }
    return pictureLoading;
  }

  // What the picture of the app's view is (the app checks the view): date, layer, selected, the view's
  // box and the file's name; taken at the call, so a picture is of the view the reader asked from.
  function pictureRequest(options) {
    if (!module) throw new Error('the atlas is not ready');
    const request = JSON.parse(module.UTF8ToString(withString(module._atlas_picture_request, String(options.view || ''))));
    if (request.error) throw new Error(request.error);
    return request;
  }

  // The PNG's bytes, drawn by the loaded picture module; synchronous (beforeprint cannot wait).
  function drawPicture(m, request, options) {
    const [x0, y0, x1, y1] = request.view;
    const size = withStrings(m, [request.date, request.layer, request.selected || ''], (date, layer, selected) =>
      m._picture_draw(date, layer, selected, x0, y0, x1, y1, options.width | 0, options.height | 0));
    if (!size) throw new Error(m.UTF8ToString(m._picture_error()));
    const at = m._picture_bytes();
    return m.HEAPU8.slice(at, at + size);
  }
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  ready.catch(() => {});  // a failed start is reported on the page; callers may still await it

  function nextFrame() { return new Promise((r) => requestAnimationFrame(() => r())); }

  // Resolves once the GPU has run the first frame's drawing (a fence after it), or after a few
  // frames where there is no fence. Work that can wait for the first map to be on screen waits
  // for this: the browser begins the next animation frames before the GPU has drawn that one, and
  // on a machine with two cores the page's thread and the GPU process's drawing share them.
  let resolveDrawn;
  const drawn = new Promise((res) => { resolveDrawn = res; });
  function resolveWhenDrawn(gl) {
    const sync = gl && gl.fenceSync ? gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) : null;
    if (!sync) { nextFrame().then(nextFrame).then(() => resolveDrawn()); return; }
    gl.flush();  // the drawing starts now, not at the commit of the next animation frame
    const poll = () => {
      if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
        gl.deleteSync(sync);
        mark('drawn');
        resolveDrawn();
      } else setTimeout(poll, 10);
    };
    setTimeout(poll, 10);
  }

  // Resolves once the app has drawn a frame after the call and the browser has shown it.
  async function frameShown() {
    const start = module._atlas_frame();
    module._atlas_redraw();  // an idle app draws nothing: ask for the frame we wait for
    for (let i = 0; i < 600 && module._atlas_frame() <= start; i++) await nextFrame();
    await nextFrame();
  }

  // Calls fn with the texts as C strings in module m's memory.
  function withStrings(m, texts, fn) {
    const ptrs = texts.map((text) => {
      const n = m.lengthBytesUTF8(text) + 1;
      const ptr = m._malloc(n);
      m.stringToUTF8(text, ptr, n);
      return ptr;
    });
    try { return fn(...ptrs); } finally { for (const ptr of ptrs) m._free(ptr); }
  }
  function withString(fn, text) { return withStrings(module, [text], fn); }

  function command(name, fn, value) {
    if (!module) return Promise.reject(new Error('the atlas is not ready'));
    const ok = withString(fn, String(value));
    if (!ok) return Promise.reject(new Error(`${name}: '${value}' was not understood`));
    return frameShown();
  }

  window.atlas = {
    ready,
    drawn,
    state() { return module ? JSON.parse(module.UTF8ToString(module._atlas_state_json())) : { frame: 0 }; },
    setDate(date) { return command('setDate', module && module._atlas_set_date, date); },
    select(id) { return command('select', module && module._atlas_select, id || ''); },
    setLayer(name) { return command('setLayer', module && module._atlas_set_layer, name); },
    project(lon, lat) {
      const ptr = module._malloc(16);
      try {
        module._atlas_project(lon, lat, ptr);
        return { x: module.HEAPF64[ptr >> 3], y: module.HEAPF64[(ptr >> 3) + 1] };
      } finally { module._free(ptr); }
    },
    // What the panels show, as data (web/a11y.js builds the page's accessible copy from it).
    frame() { return module ? module._atlas_frame() : 0; },  // frames drawn so far (cheap: a number)
    describe() { return module ? JSON.parse(module.UTF8ToString(module._atlas_describe_json())) : {}; },
    search(text) { return module ? JSON.parse(module.UTF8ToString(withString(module._atlas_search_json, String(text)))) : []; },
    openEvent(id) { return command('openEvent', module && module._atlas_open_event, id || ''); },
    lesson(action) { return command('lesson', module && module._atlas_lesson, action); },
    setView(name) { return command('setView', module && module._atlas_set_view, name); },
    setUiScale(scale) { return command('setUiScale', module && module._atlas_set_ui_scale, scale); },
    play(on) { return command('play', module && module._atlas_play, on ? 1 : 0); },
    setReducedMotion(on) { if (module) module._atlas_set_reduced_motion(on ? 1 : 0); },
    toggleFullscreen() { toggleFullscreen(); },
    panelText() { return module ? module.UTF8ToString(module._atlas_panel_text()) : ''; },
    // The atlas page as PNG bytes, drawn by the picture module (src/core/picture.hpp) at print
    // resolution: view 'europe', 'east_asia' or 'all', or none for what the screen shows; width and
    // height in pixels (3508 x 2480 unless given). Rejects with the reason for a request it cannot draw.
    async picture(options = {}) {
      const request = pictureRequest(options);
      return drawPicture(await loadPictureModule(), request, options);
    },
    // Saves the picture as a download (the browser only saves the bytes); resolves with its name.
    async savePicture(options = {}) {
      const request = pictureRequest(options);
      notify('Drawing the picture at print resolution…');
      const m = await loadPictureModule();
      await nextFrame(); await nextFrame();  // the note is on screen before drawing takes a few seconds
      const bytes = drawPicture(m, request, options);
      const name = request.name;
      notify(`Saved ${name}: the map as a picture to print.`);
      const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      const a = document.createElement('a');
      a.href = url; a.download = name;
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      return { name, size: bytes.length };
    },
    // Lays out the one-page handout (web/page.css, print) for the current view; print() then opens
    // the browser's print dialog with it.
    prepareHandout() { return prepareHandout(); },
    async print() {
      await prepareHandout();
      handoutPrepared = true;  // beforeprint keeps it
      try { window.print(); } finally { handoutPrepared = false; }
    },
    link() { return module ? module.UTF8ToString(module._atlas_link()) : ''; },
    // Draws the whole screen once (frames otherwise draw only what changed); resolves when shown.
    redrawAll() {
      if (!module) return Promise.reject(new Error('the atlas is not ready'));
      module._atlas_redraw_all();
      return frameShown();
    },
  };

  // A short message over the map (a picture that could not be drawn...).
  let noticeTimer = 0;
  function notify(text) {
    const box = $('notice');
    box.textContent = text; box.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { box.hidden = true; }, 7000);
  }

  // The handout: the picture, the selected state's standing and events, the open event, the lesson
  // step's question and room for answers. Built from the app's words (atlas_handout_json) with
  // textContent only, laid out for paper by page.css.
  let handoutUrl = '';
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // bytes: the picture's PNG, or null for a handout without it, which says why (missing).
  function fillHandout(bytes, missing) {
    const h = JSON.parse(module.UTF8ToString(module._atlas_handout_json()));
    const sheet = $('handout');
    sheet.replaceChildren();
    const top = el('div', 'handout-top');
    top.append(el('span', '', 'Name: ____________________'), el('span', '', 'Class: __________'),
      el('span', '', 'Date: __________'));
    sheet.append(top);
    if (handoutUrl) URL.revokeObjectURL(handoutUrl);
    handoutUrl = '';
    let img = null;
    if (bytes) {
      handoutUrl = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      img = el('img', 'handout-picture');
      img.alt = `Map: ${h.layer || ''}, ${h.date || ''}`;
      img.src = handoutUrl;
      sheet.append(img);
    } else {
      sheet.append(el('p', 'handout-no-picture', `The map of ${h.date || 'this date'} (${h.layer || ''}) is missing ` +
        `from this print: ${missing}`));
    }
    const columns = el('div', 'handout-columns');
    if (h.state) {
      const s = el('section', 'handout-state');
      s.append(el('h2', '', h.state.name), el('p', 'standing', `Standing with Moscow: ${h.state.standing}`));
      if (h.state.after) s.append(el('p', 'after', `after: ${h.state.after}`));
      const list = el('ul', 'events');
      // What happened up to the date, the latest last, and what is still to come, dimmed.
      const before = h.state.events.filter((e) => !e.later).slice(-7);
      const later = h.state.events.filter((e) => e.later).slice(0, 3);
      for (const e of [...before, ...later]) {
        const li = el('li', e.later ? 'later' : '');
        li.append(el('span', 'when', e.date), document.createTextNode(' ' + e.title));
        list.append(li);
      }
      s.append(list);
      columns.append(s);
    }
    if (h.event) {
      const s = el('section', 'handout-event');
      s.append(el('h2', '', h.event.title), el('p', 'when', h.event.date), el('p', 'summary', h.event.summary));
      if (h.event.significance) s.append(el('p', 'why', h.event.significance));
      if (h.event.source) s.append(el('p', 'source', `Source: ${h.event.source}`));
      columns.append(s);
    }
    if (columns.children.length) sheet.append(columns);
    const q = el('section', 'handout-question');
    if (h.step && h.step.question) {
      q.append(el('h2', '', `Lesson step ${h.step.number}: ${h.step.title}`), el('p', 'question', h.step.question));
    } else {
      q.append(el('h2', '', 'Notes'));
    }
    q.append(el('div', 'answer-lines'));
    sheet.append(q);
    fitColumns(sheet);
    return img;
  }
  // The columns have a fixed height on paper (page.css): laid out off screen at paper width, the
  // state's list gives up its earliest events and the event's summary its last lines, whole ones, so
  // that nothing is cut in the middle and the event's source is always printed.
  function fitColumns(sheet) {
    const columns = sheet.querySelector('.handout-columns');
    if (!columns) return;
    sheet.classList.add('measuring');
    try {
      const list = columns.querySelector('.handout-state ul');
      while (list && list.children.length > 1 && list.parentElement.scrollHeight > columns.clientHeight) {
        list.firstElementChild.remove();
      }
      const summary = columns.querySelector('.handout-event .summary');
      if (summary && summary.scrollHeight > summary.clientHeight + 1) {
        const line = parseFloat(getComputedStyle(summary).lineHeight);
        summary.style.setProperty('-webkit-line-clamp', String(Math.max(1, Math.floor((summary.clientHeight + 1) / line))));
      }
    } finally { sheet.classList.remove('measuring'); }
  }
  async function prepareHandout() {
    if (!module) throw new Error('the atlas is not ready');
    const img = fillHandout(await window.atlas.picture());
    await img.decode();
  }
  let handoutPrepared = false;  // by atlas.print(), just before the dialog
  // The browser's own Print (its menu) also gets the handout, filled at once: beforeprint cannot wait.
  // With the picture module loaded the picture is drawn then (it decodes in time in the browsers
  // tried); before its first use the handout says the picture is missing, and the module loads for
  // the next print. Ctrl+P is the atlas's Print, which waits for the picture.
  window.addEventListener('beforeprint', () => {
    if (!module || handoutPrepared) return;
    if (!pictureModule) {
      loadPictureModule().catch((e) => console.warn(e));
      fillHandout(null, 'it is drawn the first time it is needed. Close this dialog and print again, or use ' +
        "the atlas's Print button (or Ctrl+P), which waits for it.");
      return;
    }
    try {
      fillHandout(drawPicture(pictureModule, pictureRequest({}), {}));
    } catch (e) {  // the handout made before, if any, is printed
      console.warn(e);
      if (!$('handout').querySelector('img')) fillHandout(null, `it could not be drawn (${e.message}).`);
    }
  });
  window.addEventListener('keydown', (e) => {
    if (!module || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || (e.key !== 'p' && e.key !== 'P')) return;
    e.preventDefault();  // not the browser's dialog before the handout has its picture
    window.atlas.print().catch((err) => notify(`The handout could not be made: ${err.message}`));
  }, true);

  // Deep links: the hash follows the view at once (replacing the current entry), so a link copied
  // right after a change is the view on screen. A change of date or selection after a still moment
  // starts a new history entry (Back/Forward step through them); the in-between dates of a drag or
  // of play, and camera moves, replace it.
  function keyOf(hash) { return hash.replace(/&view=[^&]*/, ''); }
  let lastWritten = '', writtenKey = '', keySince = 0;
  // True when there was a link to apply.
  function applyHash() {
    const hash = location.hash;
    if (!hash || hash === '#' || hash === lastWritten) return false;
    const notices = withString(module._atlas_apply_link, hash);
    const text = module.UTF8ToString(notices);
    if (text) console.info(text.trim());
    lastWritten = window.atlas.link();
    writtenKey = keyOf(lastWritten);
    keySince = performance.now();
    return true;
  }
  function syncHash() {
    const hash = window.atlas.link();
    if (!hash || hash === lastWritten) return;
    const key = keyOf(hash);
    const now = performance.now();
    if (key !== writtenKey && now - keySince >= 600) history.pushState(null, '', hash);  // the last one had settled
    else history.replaceState(null, '', hash);
    if (key !== writtenKey) { writtenKey = key; keySince = now; }
    lastWritten = hash;
  }
  window.addEventListener('popstate', applyHash);
  window.addEventListener('hashchange', applyHash);

  // A long press or right click on the map is not the browser's menu (here, not inline in the
  // HTML: the Content-Security-Policy of tools/serve.mjs and docs/HOSTING.md allows no inline script).
  $('canvas').addEventListener('contextmenu', (e) => e.preventDefault());

  // Fullscreen must be asked for inside the user's own key or click handler.
  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});
  }
  window.addEventListener('keydown', (e) => {
    const editing = document.activeElement && document.activeElement.matches('input, textarea, select, [contenteditable]');
    if (!module || e.altKey || editing) return;
    // Ctrl+K or '/' hands the keys to the search box at once, not at the app's next frame, so the
    // F of a name typed straight after it is a letter, not fullscreen.
    const search = ((e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K')) || e.key === '/';
    if (search && !window.atlas.state().wantText) module._atlas_focus_search(e.key === '/' ? 1 : 0);
    if (e.ctrlKey || e.metaKey || (e.key !== 'f' && e.key !== 'F')) return;
    if (!window.atlas.state().wantText) toggleFullscreen();
  });
  window.addEventListener('pointerup', (e) => {
    if (!module) return;
    const [x, y, w, h] = window.atlas.state().fullscreenButton || [0, 0, 0, 0];
    const r = $('canvas').getBoundingClientRect();
    const px = e.clientX - r.left, py = e.clientY - r.top;
    if (w > 0 && px >= x && px <= x + w && py >= y && py <= y + h) toggleFullscreen();
  });

  // Start-up milestones, for the benchmark and for anyone asking why a start was slow.
  const marks = {};
  const mark = (name) => { marks[name] = Math.round(performance.now()); };
  window.atlas.startup = marks;

  // The map's WebGL2 context is made here, not by Emscripten (GL_PREINITIALIZED_CONTEXT), with
  // only the attributes the map needs, and only when the app asks for it: SDL sizes the canvas
  // first, and resizing a canvas that already has a context costs ~200 ms on a weak machine.
  // preserveDrawingBuffer: the canvas keeps its last frame, and a frame redraws only what changed
  // (src/core/damage.hpp): a software renderer pays for every pixel drawn. alpha: false, the map
  // covers the whole canvas and nothing of the page shows through it, so the compositor need not
  // blend it. No depth or stencil buffer (the map and panels are drawn in order) and no
  // antialiasing buffer (the borders' quads shade their own edges): each would be a whole-screen
  // buffer more in the GPU process.
  const CONTEXT_ATTRIBUTES = { alpha: false, depth: false, stencil: false, antialias: false,
    premultipliedAlpha: true, preserveDrawingBuffer: true, powerPreference: 'default' };
  function noWebGL2() {
    showError('This browser cannot draw the map: it has no WebGL2.',
      'Use a current Firefox, Chrome, Edge or Safari, and check that hardware acceleration is turned on in its settings.');
    rejectReady(new Error('no WebGL2'));
  }

  async function start() {
    mark('start');
    if (!window.WebGL2RenderingContext) { noWebGL2(); return; }  // a browser that never had it
    // Asked for in the order the start needs them: a browser opens six connections to a server
    // without HTTP/2, and atlas.js asked for last came last (the app starts with it and the wasm).
    const code = Promise.all([loadScript(urlOf('atlas.js'), 'createAtlasModule'), download(urlOf('atlas.wasm'), 600000)]);
    const data = Promise.all(DATA_FILES.map((f) => download(urlOf('assets/' + f), 50000).then((bytes) => {
      if (f === PAGE_FONT) usePageFont(bytes);
      assets.set('assets/' + f, bytes);
    })));
    const files = Promise.all([code, data]).then(() => mark('downloaded'));
    // The app reads its data (its long tasks: the data, the fonts, the first frame) only once the
    // page has loaded, in a task after the load event. Until the load event the browser shows the
    // page as loading, and Chrome draws its loading animation at every frame meanwhile, headless too:
    // on a software renderer each such frame of the browser's window cost the GPU process 20-50 ms
    // (drawn and read back) every 40-50 ms, on the same cores as the page's start; and the page's
    // long tasks held the parser's last step, so the page loaded only after the first map frame.
    const pageLoaded = new Promise((resolve) => {
      if (document.readyState === 'complete') resolve();
      else window.addEventListener('load', () => setTimeout(resolve, 0), { once: true });
    });
    files.catch(() => {});  // reported below, once the app has started or failed to
    progress.update();
    // The app starts with its code: it makes its graphics and shows a first frame (the loading card
    // over the sea) while the data files arrive, and reads them once they are all here.
    const [, wasm] = await code;
    const canvas = $('canvas');
    const moduleArg = {
      canvas,
      wasmBinary: wasm.buffer,
      preRun: [() => mark('wasmReady')],
      // The app reads the data files from here (src/app/platform_web.cpp), not from a file system,
      // once they are all downloaded and the page has loaded (atlasFilesReady).
      atlasAsset: (path) => assets.get(path),
      atlasFilesReady: Promise.all([data, pageLoaded]),
      onAtlasError(text) { if (!failed) showError(text); rejectReady(new Error(text)); },
      onAtlasStartupMark: mark,
      onAtlasFirstFrame() {
        mark('firstFrame');
        if (failed) return;
        resolveWhenDrawn(gl);
        // The card goes in the frame that draws the map: both reach the screen together (a frame
        // later, its card hidden in the next, the map was drawn under the card for a frame).
        $('loading').hidden = true;
        requestAnimationFrame(() => {
          // The keys go to the map before ready (a Tab right after it starts from the map, and a
          // focus given later would take it back from the control it reached).
          canvas.focus();
          const linked = applyHash();
          setInterval(syncHash, 100);
          // That frame is on screen by the next one; a link's date, layer and selection need a
          // frame of their own first.
          (linked ? frameShown() : Promise.resolve()).then(() => { mark('ready'); resolveReady(); });
        });
      },
      // The toolbar's Save picture (and P) and Print, clicked inside the app.
      onAtlasSavePicture() { window.atlas.savePicture().catch((e) => notify(`The picture was not saved: ${e.message}`)); },
      onAtlasPrint() { window.atlas.print().catch((e) => notify(`The handout could not be made: ${e.message}`)); },
      onAtlasOfflineLink() {
        if (window.ATLAS_OFFLINE) notify('This is the offline atlas already: copy this file to take it along.');
        else $('offline-link').click();
      },
      print: (t) => console.log(t),
      printErr: (t) => console.warn(t),
    };
    // Not enumerable: Emscripten copies the module's own properties at start, which would ask
    // for the context before SDL has sized the canvas. Emscripten reads it twice: made once.
    let gl;
    Object.defineProperty(moduleArg, 'preinitializedWebGLContext', { enumerable: false, get() {
      if (gl === undefined) {
        gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
        mark('context');
        if (!gl) noWebGL2();
      }
      return gl;
    } });
    // The browser may take the graphics back (a GPU reset, a laptop waking, too many tabs): the
    // map's textures and buffers are gone. The view is kept in the address and the page starts
    // again once the browser gives the context back (preventDefault asks it to).
    canvas.addEventListener('webglcontextlost', (e) => {
      e.preventDefault();
      if (failed) return;
      if (module) history.replaceState(null, '', window.atlas.link() || location.hash);
      showError('The browser took back the graphics the map is drawn with (a graphics reset, a computer waking up, or many open tabs).',
        'The map comes back by itself in a moment, at the same date and selection. If it does not, reload the page: the address keeps them.',
        'The map is being redrawn');
    });
    canvas.addEventListener('webglcontextrestored', () => location.reload());
    module = await createAtlasModule(moduleArg);
    await files;
  }

  start().catch((e) => { if (!failed) showError(String(e.message || e)); rejectReady(e); });
})();
