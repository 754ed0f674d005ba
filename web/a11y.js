// The accessible copy of the atlas: the canvas is pixels to a screen reader, so this page keeps in
// step with the app, as real HTML, what its panels show (the date as a slider and a polite live
// region, the controls, the countries on the map, the details panel, the lesson, the legend, the
// search box and its hits), built from window.atlas.describe(). Visually hidden; a control shows
// itself over the map while it has the keyboard focus. Every control drives the app through the
// same window.atlas commands as the page's API. Also passes prefers-reduced-motion to the app.
'use strict';

(function () {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const FIRST_YEAR = 1919, LAST_MONTH = (1929 - FIRST_YEAR) * 12 + 11;
  const atlas = () => window.atlas;

  // Small DOM builder: el('button', { text, class, onclick, ...attributes }, children).
  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c) node.append(c);
    return node;
  }

  const monthOf = (iso) => { const [y, m] = iso.split('-').map(Number); return (y - FIRST_YEAR) * 12 + (m || 1) - 1; };
  const isoMonth = (i) => `${FIRST_YEAR + Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`;
  const monthText = (i) => `${MONTHS[i % 12]} ${FIRST_YEAR + Math.floor(i / 12)}`;

  // Commands report a value the app did not understand as a rejected promise: said in the live region.
  const live = el('p', { id: 'a11y-date', role: 'status', 'aria-live': 'polite' });
  const run = (promise) => Promise.resolve(promise).then(refresh, (e) => { live.textContent = String(e.message || e); });

  // ---- the page's skeleton -----------------------------------------------------------------------
  const root = el('div', { id: 'a11y' });
  const sections = {};
  function section(name, label, heading) {
    const s = el('section', { id: `a11y-${name}`, 'aria-label': label });
    if (heading) s.append(el('h2', { text: heading }));
    const body = el('div');
    s.append(body);
    root.append(s);
    sections[name] = { body, key: '' };
    return s;
  }

  root.append(el('h1', { text: 'Soviet Foreign Policy Atlas, 1919–1929' }), live);
  section('controls', 'Atlas controls', 'Controls');
  section('timeline', 'Timeline', 'Timeline');
  section('search', 'Search', 'Search');
  section('countries', 'Countries on the map', null);
  section('details', 'Details of the chosen country', null);
  section('lesson', 'Lesson', null);
  section('legend', 'Legend', null);

  // Renders a section again only when its data changed; the focused control (by data-key) keeps the focus.
  function render(name, data, build) {
    const s = sections[name];
    const key = JSON.stringify(data);
    if (key === s.key) return;
    s.key = key;
    const focused = document.activeElement && s.body.contains(document.activeElement)
      ? document.activeElement.getAttribute('data-key') : null;
    s.body.replaceChildren(...build(data).filter(Boolean));
    if (focused) {
      // The same control, else the section's first, else (the section emptied: a panel closed) the list of countries.
      const again = s.body.querySelector(`[data-key="${CSS.escape(focused)}"]`) || s.body.querySelector('[data-key]') ||
        sections.countries.body.querySelector('button[tabindex="0"]');
      if (again) again.focus();
    }
  }

  // ---- controls: the lesson, layers, views, text size, fullscreen ----------------------------------
  function pressed(label, on, key, onclick) {
    return el('button', { type: 'button', 'aria-pressed': on ? 'true' : 'false', 'data-key': key, text: label, onclick });
  }
  function buildControls(d) {
    return [el('ul', {}, [
      d.lessonAvailable && el('li', {}, [el('button', { type: 'button', 'data-key': 'lesson', text: d.tour ? 'Leave the lesson' : 'Start the lesson',
        onclick: () => run(atlas().lesson(d.tour ? 'leave' : 'start')) })]),
      el('li', {}, [el('span', { text: 'Map: ' }),
        pressed('Political', d.layer === 'political', 'layer-political', () => run(atlas().setLayer('political'))),
        pressed('Relations with Moscow', d.layer === 'relations', 'layer-relations', () => run(atlas().setLayer('relations')))]),
      el('li', {}, [el('span', { text: 'View: ' }), ...[['europe', 'Europe'], ['east_asia', 'East Asia'], ['all', 'All']].map(([id, label]) =>
        el('button', { type: 'button', 'data-key': `view-${id}`, text: label, onclick: () => run(atlas().setView(id)) }))]),
      el('li', {}, [el('span', { text: 'Text size: ' }), ...['1', '1.5', '2'].map((v) =>
        pressed(`${v}x`, Number(v) === d.uiScale, `scale-${v}`, () => run(atlas().setUiScale(v))))]),
      el('li', {}, [el('button', { type: 'button', 'data-key': 'fullscreen', text: 'Fullscreen', onclick: () => atlas().toggleFullscreen() })]),
    ])];
  }

  // ---- the timeline: a slider over the months, and play ----------------------------------------------
  // The month the slider is at, moved by each key at once: keys pressed faster than the app redraws add up.
  let sliderMonth = 0;
  function sliderKeys(e) {
    const month = sliderMonth;
    const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -12, PageUp: 12 }[e.key];
    let to = null;
    if (step) to = Math.max(0, Math.min(LAST_MONTH, month + step));
    if (e.key === 'Home') to = 0;
    if (e.key === 'End') to = LAST_MONTH;
    if (to === null) return;
    e.preventDefault();
    sliderMonth = to;
    run(atlas().setDate(isoMonth(to)));
  }
  function buildTimeline(d) {
    const month = monthOf(d.date);
    sliderMonth = month;
    return [
      el('div', { role: 'slider', tabindex: '0', 'data-key': 'slider', 'aria-label': 'Date', 'aria-valuemin': '0',
        'aria-valuemax': String(LAST_MONTH), 'aria-valuenow': String(month), 'aria-valuetext': d.dateText,
        'aria-describedby': 'a11y-slider-hint', text: `Date: ${d.dateText}`, onkeydown: sliderKeys }),
      el('p', { id: 'a11y-slider-hint', text: 'Left and right arrows: a month; Page Up and Page Down: a year; Home and End: January 1919 and December 1929.' }),
      pressed(d.playing ? 'Pause' : 'Play month by month', d.playing, 'play', () => run(atlas().play(!d.playing))),
    ];
  }

  // ---- search: a real input, its hits as buttons ----------------------------------------------------
  const searchInput = el('input', { type: 'search', id: 'a11y-search-input', 'aria-label': 'Search countries and events',
    placeholder: 'Search countries, events', autocomplete: 'off', 'aria-controls': 'a11y-search-hits' });
  const searchHits = el('ul', { id: 'a11y-search-hits', 'aria-label': 'Search results' });
  const searchCount = el('p', { 'aria-live': 'polite' });
  sections.search.body.append(searchInput, searchCount, searchHits);
  function choose(hit) {
    searchInput.value = '';
    showHits();
    run(hit.kind === 'state' ? atlas().select(hit.id) : atlas().openEvent(hit.id));
  }
  function showHits() {
    const text = searchInput.value.trim();
    const hits = text ? atlas().search(text) : [];
    searchHits.replaceChildren(...hits.map((h, i) => el('li', {}, [el('button', { type: 'button', 'data-key': `hit-${i}`,
      text: `${h.label} (${h.kind === 'state' ? 'country' : 'event'})`, onclick: () => choose(h),
      onkeydown: (e) => moveInList(e, searchHits) })])));
    searchCount.textContent = text ? (hits.length ? `${hits.length} found` : `Nothing found for "${text}"`) : '';
    return hits;
  }
  searchInput.addEventListener('input', showHits);
  searchInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { const hits = showHits(); if (hits.length) choose(hits[0]); }
    if (e.key === 'ArrowDown') { const first = searchHits.querySelector('button'); if (first) { e.preventDefault(); first.focus(); } }
    if (e.key === 'Escape' && searchInput.value) { e.stopPropagation(); searchInput.value = ''; showHits(); }
  });

  // Up/Down (and Home/End) move the focus along a list of buttons.
  function moveInList(e, list) {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined || at < 0) return false;
    e.preventDefault();
    if (e.key === 'ArrowUp' && at === 0 && list === searchHits) { searchInput.focus(); return true; }
    if (buttons[Math.max(0, Math.min(buttons.length - 1, to))]) buttons[Math.max(0, Math.min(buttons.length - 1, to))].focus();
    return true;
  }

  // ---- the countries on the map that day: one stop for Tab, arrows inside ---------------------------
  let countryFocus = null, lastSelected = null;  // the id that takes the Tab stop; the selection it last saw
  // Shift with an arrow: the nearest country that way on the map (the app's own choice, describe()'s
  // `toward`, as Shift+arrows on the map); with a country open, the selection goes there too, so
  // the map outlines it and the camera keeps it in view.
  function countryKeys(e, states, i) {
    let to = null;
    if (e.shiftKey) {
      const way = { ArrowLeft: 'west', ArrowRight: 'east', ArrowUp: 'north', ArrowDown: 'south' }[e.key];
      if (!way) return;
      e.preventDefault();
      const id = states[i].toward[way];
      if (!id) return;
      to = states.findIndex((s) => s.id === id);
      if (atlas().state().selected) run(atlas().select(id));  // the app's, not the list's as last drawn
    } else {
      to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: states.length - 1 }[e.key];
      if (to === undefined && e.key.length === 1 && /\S/.test(e.key)) {  // type a letter: the next name starting with it
        const letter = e.key.toLowerCase();
        for (let k = 1; k <= states.length; k++) {
          const j = (i + k) % states.length;
          if (states[j].name.toLowerCase().startsWith(letter)) { to = j; break; }
        }
      }
    }
    if (to === undefined || to === null || to < 0) return;
    e.preventDefault();
    to = Math.max(0, Math.min(states.length - 1, to));
    countryFocus = states[to].id;
    const list = sections.countries.body.querySelector('ul');
    for (const b of list.querySelectorAll('button')) b.tabIndex = b.getAttribute('data-id') === countryFocus ? 0 : -1;
    list.querySelector(`[data-id="${CSS.escape(countryFocus)}"]`).focus();
  }
  function buildCountries(d) {
    const states = [...d.states].sort((a, b) => a.name.localeCompare(b.name));
    // The Tab stop follows the selection (made on the map, by search or here), else stays on the day's map.
    if (d.selected && d.selected !== lastSelected) countryFocus = d.selected;
    lastSelected = d.selected;
    if (!states.some((s) => s.id === countryFocus)) countryFocus = d.selected || (states[0] && states[0].id);
    return [
      el('h2', { text: `Countries on the map, ${d.dateText} (${states.length})` }),
      el('p', { id: 'a11y-countries-hint', text: 'Up and down arrows: the next name; a letter: the next name starting with it; Shift with an arrow: the nearest country that way on the map (with a country open, it opens that one); Enter: open it.' }),
      el('ul', { 'aria-describedby': 'a11y-countries-hint' }, states.map((s, i) => el('li', {}, [
        el('button', { type: 'button', 'data-key': `country-${s.id}`, 'data-id': s.id, tabindex: s.id === countryFocus ? '0' : '-1',
          'aria-current': s.id === d.selected ? 'true' : null, text: s.name,
          onclick: () => { countryFocus = s.id; run(atlas().select(s.id)); },
          onkeydown: (e) => countryKeys(e, states, i) })]))),
    ];
  }

  // ---- details: the chosen country, its standing, its events; one event open ------------------------
  function buildDetails(x) {
    if (!x) return [el('p', { text: 'No country chosen: choose one from the list above or by searching.' })];
    const events = x.events.map((ev) => {
      const open = x.open && x.open.id === ev.id;
      const label = `${ev.dateText}, ${ev.kind}: ${ev.title}${ev.future ? ' (later than the date shown)' : ''}`;
      const item = el('li', {}, [el('button', { type: 'button', 'data-key': `event-${ev.id}`, 'aria-expanded': open ? 'true' : 'false',
        text: label, onclick: () => run(atlas().openEvent(open ? '' : ev.id)), onkeydown: (e) => moveInList(e, item.parentNode) })]);
      if (open) {
        const o = x.open;
        item.append(el('div', { class: 'a11y-entry', id: 'a11y-open-event' }, [
          el('h4', { text: o.title }),
          el('p', { class: 'a11y-summary', text: o.summary }),
          el('h5', { text: 'Why it mattered' }), el('p', { text: o.significance }),
          o.teacherNote && el('h5', { text: 'Note for the teacher' }), o.teacherNote && el('p', { text: o.teacherNote }),
          el('p', { text: `Source: ${o.source}` }),
        ]));
      }
      return item;
    });
    return [
      el('h2', { text: x.name }),
      el('p', { text: `Standing with Moscow: ${x.standing}` }),
      x.after && el('p', { text: `After: ${x.after}` }),
      el('button', { type: 'button', 'data-key': 'close-details', text: `Close ${x.name} (Esc)`, onclick: () => run(atlas().select('')) }),
      el('h3', { text: `Events (${x.events.length})` }),
      el('ul', {}, events),
    ];
  }

  // ---- the lesson step ---------------------------------------------------------------------------------
  function buildLesson(t) {
    if (!t) return [];
    return [
      el('h2', { text: `Lesson: ${t.title}, step ${t.step} of ${t.count}` }),
      el('h3', { text: t.stepTitle }),
      el('p', { class: 'a11y-lesson-text', text: t.text }),
      t.question && el('h4', { text: 'Question for the class' }),
      t.question && el('p', { text: t.question }),
      t.question && (t.answer ? el('p', { text: `Answer: ${t.answer}` })
        : el('button', { type: 'button', 'data-key': 'answer', text: 'Reveal the answer', onclick: () => run(atlas().lesson('answer')) })),
      el('p', { text: `Source: ${t.source}` }),
      el('button', { type: 'button', 'data-key': 'lesson-previous', text: 'Previous step', 'aria-disabled': t.step <= 1 ? 'true' : null,
        onclick: () => { if (t.step > 1) run(atlas().lesson('previous')); } }),
      el('button', { type: 'button', 'data-key': 'lesson-next', text: 'Next step', 'aria-disabled': t.step >= t.count ? 'true' : null,
        onclick: () => { if (t.step < t.count) run(atlas().lesson('next')); } }),
      el('button', { type: 'button', 'data-key': 'lesson-leave', text: 'Leave the lesson (Esc)', onclick: () => run(atlas().lesson('leave')) }),
    ];
  }

  function buildLegend(l) {
    return [
      el('h2', { text: `Legend: ${l.title}` }),
      l.text && el('p', { text: l.text }),
      l.keys && el('ul', {}, l.keys.map((k) => el('li', { text: k.pattern ? `${k.text} (${k.pattern})` : k.text }))),
    ];
  }

  // ---- keeping in step with the app ----------------------------------------------------------------
  // The date is announced once it rests (not each month while playing or while a lesson step runs there).
  let announced = '', pendingDate = '', pendingSince = 0;
  function announceDate(d) {
    const now = performance.now();
    if (!announced) { announced = pendingDate = d.date; return; }  // the start date is on screen, not news
    if (d.date !== pendingDate) { pendingDate = d.date; pendingSince = now; return; }
    if (d.playing || d.date === announced || now - pendingSince < 700) return;
    announced = d.date;
    live.textContent = `Date: ${d.dateText}`;
  }

  // Described again when the app drew a frame since (nothing changes while it is idle), or every 2 s.
  let described = null, describedFrame = -1, describedAt = 0;
  function refresh() {
    const frame = atlas().frame(), now = performance.now();
    if (frame !== describedFrame || now - describedAt > 2000 || !described) {
      described = atlas().describe();
      describedFrame = frame;
      describedAt = now;
    }
    const d = described;
    if (!d.date) return;
    d.selected = d.details ? d.details.id : null;
    render('controls', { lessonAvailable: d.lessonAvailable, tour: !!d.tour, layer: d.layer, uiScale: d.uiScale }, buildControls);
    render('timeline', { date: d.date, dateText: d.dateText, playing: d.playing }, buildTimeline);
    render('countries', { dateText: d.dateText, states: d.states, selected: d.selected }, buildCountries);
    render('details', d.details, buildDetails);
    render('lesson', d.tour, buildLesson);
    render('legend', d.legend, buildLegend);
    sections.lesson.body.parentNode.hidden = !d.tour;
    announceDate(d);
  }

  // Esc closes what the focus is in: the lesson, else the open event, else the country.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const d = atlas().describe();
    if (sections.lesson.body.contains(e.target) && d.tour) run(atlas().lesson('leave'));
    else if (d.details && d.details.open && sections.details.body.contains(e.target)) run(atlas().openEvent(''));
    else if (d.details) run(atlas().select(''));
    else if (d.tour) run(atlas().lesson('leave'));
  });

  // Keys typed here are the page's, not the app's: the app (SDL) listens on the window and would take
  // the arrows and Esc a second time. And it swallows Tab (the browser's way between controls): a Tab
  // from the map is not passed on to it, so the focus can leave the map for this copy.
  const canvas = document.getElementById('canvas');
  const stop = (e) => e.stopPropagation();
  const stopTab = (e) => { if (e.key === 'Tab') e.stopPropagation(); };
  for (const type of ['keydown', 'keyup', 'keypress']) {
    root.addEventListener(type, stop);
    document.addEventListener(type, stopTab);
  }

  // The map shows that it has the focus when the keyboard brought it there (not on a click or at start).
  let tabbing = false;
  document.addEventListener('keydown', (e) => { tabbing = e.key === 'Tab'; }, true);
  document.addEventListener('pointerdown', () => { tabbing = false; }, true);
  canvas.addEventListener('focus', () => { if (tabbing) canvas.classList.add('keyboard-focus'); });
  canvas.addEventListener('blur', () => canvas.classList.remove('keyboard-focus'));

  // prefers-reduced-motion: camera flights, date runs and colour fades become jumps.
  const reduce = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  const passMotion = () => atlas().setReducedMotion(!!(reduce && reduce.matches));
  if (reduce && reduce.addEventListener) reduce.addEventListener('change', passMotion);

  (document.getElementById('atlas') || document.body).append(root);  // in the main landmark, after the map
  // Built in a task of its own: ready resolves in the animation frame that shows the first map, and
  // building the copy there (some 70 ms of script and layout here) held that frame back.
  atlas().ready.then(() => {
    passMotion();
    setTimeout(() => {
      refresh();
      setInterval(refresh, 250);
    }, 0);
  }, () => {});
})();
