/* app.js — the dyad corpus viewer.  Plain JS, no library, no network but
 * this server.  Every piece of article text reaches the page through
 * textContent or SVG text nodes, never as HTML. */
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const k in attrs) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function showError(msg) { const e = $('error'); e.textContent = msg; e.hidden = !msg; }

  async function api(path, params) {
    const qs = new URLSearchParams();
    for (const k in params || {}) if (params[k]) qs.set(k, params[k]);
    const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }

  function show(view) {
    for (const v of ['results-view', 'doc-view', 'timeline-view', 'graph-view']) $(v).hidden = v !== view;
  }

  /* ---------------------------------------------------------- search */
  let searchSeq = 0; /* only the latest search may draw its results */
  async function search() {
    const mine = ++searchSeq;
    show('results-view');
    showError('');
    const q = $('q').value.trim();
    try {
      const r = await api('search', { q, from: $('from').value, to: $('to').value, limit: 200 });
      if (mine !== searchSeq) return;
      const ol = $('results');
      ol.replaceChildren();
      for (const d of r.rows) {
        const li = el('li', 'result');
        const a = el('a', 'doc-link', d.title || d.url || ('document ' + d.doc));
        a.href = '#doc/' + encodeURIComponent(d.doc);
        li.append(a, ' ', el('span', 'meta',
          [d.date, d.outlet, d.statements + ' quotations', d.events + ' events',
           d.canonical ? 'near-duplicate of ' + d.canonical : ''].filter(Boolean).join(' · ')));
        ol.append(li);
      }
      if (!r.rows.length) ol.append(el('li', 'meta', 'No article matches.'));
    } catch (e) { showError(e.message); }
  }

  /* ------------------------------------------------------- document */
  /* Spans are UTF-8 byte offsets: map them to string indices. */
  function byteIndex(text) {
    const map = new Int32Array(new TextEncoder().encode(text).length + 1);
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i);
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (let k = 0; k < n; k++) map[b + k] = i;
      b += n;
      if (c >= 0x10000) i++;
    }
    map[b] = text.length;
    return (off) => map[Math.max(0, Math.min(off | 0, b))];
  }

  function isSpan(s) { return Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[1] > s[0]; }

  function collectMarks(doc) {
    const marks = [];
    const actors = {};
    for (const a of doc.actors || []) {
      actors[a.id] = a;
      for (const m of a.mentions || []) if (isSpan(m))
        marks.push({ span: m, cls: 'actor', tip: 'Actor: ' + a.name + (a.kind ? ' (' + a.kind + ')' : '') + ((a.codes || []).length ? '\nCodes: ' + a.codes.join(', ') : '') + ((a.roles || []).length ? '\nRoles: ' + a.roles.join('; ') : '') });
    }
    for (const s of doc.statements || []) {
      const who = (s.speaker && actors[s.speaker] && actors[s.speaker].name) || s.speaker_text || s.attributed_to || 'unknown';
      if (isSpan(s.span)) marks.push({ span: s.span, cls: 'quote', tip: 'Quotation (' + s.kind + ') by ' + who + (s.cue ? '\nCue: ' + s.cue : '') + (s.date ? '\nSaid: ' + s.date : '') + (s.addressee ? '\nTo: ' + s.addressee : '') });
      if (isSpan(s.speaker_span)) marks.push({ span: s.speaker_span, cls: 'speaker', tip: 'Speaker of ' + s.id + ': ' + who });
    }
    for (const e of doc.events || []) {
      const sp = isSpan(e.verb) ? e.verb : e.sentence;
      if (isSpan(sp)) marks.push({ span: sp, cls: 'event', tip: 'Event ' + e.cameo + (e.plover ? ' ' + e.plover : '') + ': ' + (e.source_text || e.source) + ' → ' + (e.target_text || e.target) + (e.date ? '\nDate: ' + e.date : '') + (e.goldstein !== undefined ? '\nGoldstein: ' + e.goldstein : '') });
    }
    for (const t of doc.times || [])
      if (isSpan(t.span)) marks.push({ span: t.span, cls: 'time', tip: 'Date: ' + (t.value || '?') + (t.granularity ? ' (' + t.granularity + ')' : '') });
    return marks;
  }

  function renderText(doc, target) {
    const text = doc.text || '';
    const at = byteIndex(text);
    const marks = collectMarks(doc).map((m) => ({ ...m, a: at(m.span[0]), b: at(m.span[1]) })).filter((m) => m.b > m.a);
    const cuts = new Set([0, text.length]);
    for (const m of marks) { cuts.add(m.a); cuts.add(m.b); }
    const points = [...cuts].sort((x, y) => x - y);
    target.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const on = marks.filter((m) => m.a <= a && m.b >= b);
      const piece = text.slice(a, b);
      if (!on.length) { target.append(document.createTextNode(piece)); continue; }
      const s = el('span', 'mark ' + [...new Set(on.map((m) => m.cls))].join(' '), piece);
      s.dataset.tip = on.map((m) => m.tip).join('\n—\n');
      target.append(s);
    }
    return marks.length;
  }

  function sideList(id, items) {
    const ol = $(id);
    ol.replaceChildren();
    for (const t of items) ol.append(el('li', null, t));
    if (!items.length) ol.append(el('li', 'meta', 'none'));
  }

  async function openDoc(id) {
    show('doc-view');
    showError('');
    try {
      const r = await api('doc/' + encodeURIComponent(id));
      const d = r.document;
      const head = $('doc-head');
      head.replaceChildren(el('h2', null, d.title || '(untitled)'));
      head.append(el('p', 'meta', [d.date, d.outlet, d.author, d.dateline, d.url || d.source].filter(Boolean).join(' · ')));
      if (r.canonical_id) {
        const p = el('p', 'meta', 'Near-duplicate of ');
        const a = el('a', null, 'document ' + r.canonical_id);
        a.href = '#doc/' + r.canonical_id;
        p.append(a);
        head.append(p);
      }
      if (r.duplicates.length) head.append(el('p', 'meta', 'Also published as documents ' + r.duplicates.join(', ')));
      renderText(d, $('doc-text'));
      const actors = {};
      for (const a of d.actors || []) actors[a.id] = a.name;
      sideList('side-statements', (d.statements || []).map((s) => ((s.speaker && actors[s.speaker]) || s.speaker_text || s.attributed_to || '?') + ': “' + s.text + '”'));
      sideList('side-events', (d.events || []).map((e) => (e.date || '') + ' ' + (e.source || '?') + ' → ' + (e.target || '?') + ' ' + e.cameo + (e.plover ? ' ' + e.plover : '')));
      sideList('side-actors', (d.actors || []).map((a) => a.name + ((a.codes || []).length ? ' [' + a.codes.join(', ') + ']' : '')));
      sideList('side-times', (d.times || []).map((t) => t.text + ' = ' + (t.value || '?')));
    } catch (e) { showError(e.message); }
  }

  /* ------------------------------------------------------- timeline */
  async function timeline() {
    show('timeline-view');
    showError('');
    const box = $('timeline');
    box.replaceChildren();
    try {
      const r = await api('events', { from: $('from').value, to: $('to').value, limit: 5000 });
      const rows = {};
      for (const e of r.rows) { const k = (e.source || '?') + ' → ' + (e.target || '?'); (rows[k] = rows[k] || []).push(e); }
      const keys = Object.keys(rows).sort((a, b) => rows[b].length - rows[a].length).slice(0, 30);
      if (!keys.length) { box.append(el('p', 'meta', 'No events stored yet.')); return; }
      const days = r.rows.map((e) => Date.parse(e.date)).filter((x) => !isNaN(x));
      const t0 = Math.min(...days), t1 = Math.max(...days) || t0 + 1;
      const W = 900, L = 180, H = 28 * keys.length + 40;
      const g = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
      const x = (t) => L + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5) * (W - L - 20);
      g.append(svg('line', { x1: L, y1: H - 25, x2: W - 20, y2: H - 25, class: 'axis' }));
      g.append(svg('text', { x: L, y: H - 8 }, new Date(t0).toISOString().slice(0, 10)));
      g.append(svg('text', { x: W - 100, y: H - 8 }, new Date(t1).toISOString().slice(0, 10)));
      keys.forEach((k, i) => {
        const y = 20 + i * 28;
        g.append(svg('text', { x: 4, y: y + 4 }, k));
        g.append(svg('line', { x1: L, y1: y, x2: W - 20, y2: y, class: 'axis', 'stroke-dasharray': '2 4' }));
        for (const e of rows[k]) {
          const t = Date.parse(e.date);
          if (isNaN(t)) continue;
          const c = svg('circle', { cx: x(t), cy: y, r: 3 + Math.min(8, 2 * Math.sqrt(e.reports)), class: 'dot' + (e.goldstein < 0 ? ' neg' : '') });
          c.append(svg('title', {}, e.date + ' ' + k + ' ' + e.cameo + (e.plover ? ' ' + e.plover : '') + ' — ' + e.reports + ' report(s)'));
          g.append(c);
        }
      });
      box.append(g);
    } catch (e) { showError(e.message); }
  }

  /* ---------------------------------------------------------- graph */
  async function graph() {
    show('graph-view');
    showError('');
    const box = $('graph');
    box.replaceChildren();
    try {
      const r = await api('dyads', { by: 'month', from: $('from').value, to: $('to').value, limit: 10000 });
      const edges = {};
      for (const d of r.rows) { const k = d.source + '\u0000' + d.target; edges[k] = (edges[k] || 0) + d.events; }
      const names = [...new Set(r.rows.flatMap((d) => [d.source, d.target]))].filter(Boolean).slice(0, 40);
      if (!names.length) { box.append(el('p', 'meta', 'No dyads stored yet.')); return; }
      const W = 700, C = W / 2, R = W / 2 - 90;
      const pos = {};
      names.forEach((n, i) => { const a = 2 * Math.PI * i / names.length; pos[n] = [C + R * Math.cos(a), C + R * Math.sin(a)]; });
      const g = svg('svg', { width: W, height: W, viewBox: '0 0 ' + W + ' ' + W, role: 'img' });
      const defs = svg('defs', {});
      const mk = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' });
      mk.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#3b6fd8' }));
      defs.append(mk);
      g.append(defs);
      const max = Math.max(...Object.values(edges));
      for (const k in edges) {
        const [s, t] = k.split('\u0000');
        if (!pos[s] || !pos[t] || s === t) continue;
        const line = svg('line', { x1: pos[s][0], y1: pos[s][1], x2: pos[t][0], y2: pos[t][1], class: 'edge', 'stroke-width': 1 + 6 * edges[k] / max, 'marker-end': 'url(#arrow)' });
        line.append(svg('title', {}, s + ' → ' + t + ': ' + edges[k] + ' event(s)'));
        g.append(line);
      }
      for (const n of names) {
        g.append(svg('circle', { cx: pos[n][0], cy: pos[n][1], r: 8, class: 'node' }));
        g.append(svg('text', { x: pos[n][0] + 10, y: pos[n][1] + 4 }, n));
      }
      box.append(g);
    } catch (e) { showError(e.message); }
  }

  /* --------------------------------------------------------- tooltip */
  document.addEventListener('mouseover', (ev) => {
    const t = ev.target.closest && ev.target.closest('.mark[data-tip]');
    const tip = $('tip');
    if (!t) { tip.hidden = true; return; }
    tip.textContent = t.dataset.tip;
    tip.hidden = false;
    const r = t.getBoundingClientRect();
    tip.style.left = Math.min(r.left, window.innerWidth - 320) + 'px';
    tip.style.top = (r.bottom + 6) + 'px';
  });

  function route() {
    const h = decodeURIComponent(location.hash.slice(1));
    if (h.startsWith('doc/')) openDoc(h.slice(4));
    else if (h === 'timeline') timeline();
    else if (h === 'graph') graph();
    else search();
  }

  $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); if (location.hash && location.hash !== '#') location.hash = ''; search(); });
  window.addEventListener('hashchange', route);
  api('stats').then((s) => { $('stats').textContent = s.documents + ' documents · ' + s.statements + ' quotations · ' + s.events + ' events'; }).catch(() => {});
  route();
})();
