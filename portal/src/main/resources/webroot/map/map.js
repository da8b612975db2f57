// The map page's script: draws the choropleth into #pv-map from our own GeoJSON and /api/map, and keeps the
// page in step without reloads. The server renders everything else (form, legend, table, links) and stays the
// single source of wording: on a change the script fetches the page for the new URL and swaps every block
// marked data-swap, then recolours the map from the new data-api. Without this script the page still works.
import { Choropleth } from './choropleth.js';
import { exportPng, exportSvg } from './export.js';

const root = document.getElementById('pv-map');
const texts = JSON.parse(root.dataset.texts || '{}');
const PLAY_STEP_MS = 1500;
let map = null;
let playing = null;
let pending = null;

/** On a Hindi page, asks the whole-India outlines for Hindi names: they name the districts without figures. */
function hindiNames(el) {
  return el.dataset.lang === 'hi' ? '&lang=hi' : '';
}

/** The figures of a data-api URL: only the districts with data (the boundaries name the others). */
function figuresUrl(api) {
  return `${api}${api.includes('?') ? '&' : '?'}districts=data`;
}

async function json(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function status(message) {
  let box = document.getElementById('pv-map-status');
  if (!box) {
    box = document.createElement('p');
    box.id = 'pv-map-status';
    box.className = 'pv-map-status';
    box.setAttribute('role', 'status');
    root.after(box);
  }
  box.textContent = message || '';
  box.hidden = !message;
}

/**
 * Offers circles sized by the figure when few districts have figures (and starts with them on), and keeps the switch
 * while they are on.
 */
function wireSymbols(reset) {
  const field = document.getElementById('pv-symbols-field');
  const box = document.getElementById('pv-symbols');
  if (!field || !box) return;
  if (reset) {
    box.checked = map.few();
    map.showSymbols(box.checked);
  }
  field.hidden = !(map.few() || map.symbolsOn);
}

/** Shows the time control (rendered hidden, since without script the form's period list does its job). */
function wireTime() {
  document.querySelectorAll('.pv-export-js').forEach((b) => { b.hidden = false; });
  const time = document.getElementById('pv-time');
  if (time) time.hidden = false;
  const play = document.getElementById('pv-time-play');
  if (play) {
    play.textContent = playing ? play.dataset.pause : play.dataset.play;
    play.setAttribute('aria-pressed', String(Boolean(playing)));
  }
}

function periodLinks() {
  const range = document.getElementById('pv-time-range');
  return range ? { range, links: JSON.parse(range.dataset.links), labels: JSON.parse(range.dataset.labels) } : null;
}

/** Goes to the period at index i of the time control. */
function toPeriod(i) {
  const p = periodLinks();
  if (!p || i < 0 || i >= p.links.length) return Promise.resolve(false);
  return navigate(p.links[i]).then(() => true);
}

/** Loads the page at url, swaps its data-swap blocks in, recolours the map; pushes the URL unless told not to. */
async function navigate(url, push = true) {
  const ticket = {};
  pending = ticket;
  status(texts.loading);
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (pending !== ticket) return;
    const fresh = doc.getElementById('pv-map');
    if (!fresh) {
      window.location.assign(url);
      return;
    }
    const data = await json(figuresUrl(fresh.dataset.api));
    if (pending !== ticket) return;
    const focused = document.activeElement && document.activeElement.id;
    document.querySelectorAll('[data-swap]').forEach((el) => {
      const next = el.id && doc.getElementById(el.id);
      if (next) el.replaceWith(document.importNode(next, true));
    });
    document.title = doc.title;
    const stateChanged = fresh.dataset.state !== root.dataset.state;
    const datasetChanged = data.dataset !== map.data.dataset;
    Object.assign(root.dataset, { api: fresh.dataset.api, state: fresh.dataset.state });
    map.update(data);
    wireSymbols(datasetChanged);
    if (stateChanged || datasetChanged) map.zoomToState(root.dataset.state);
    if (push) window.history.pushState({ url }, '', url);
    wireTime();
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    status('');
  } catch (e) {
    status(texts.failed);
    throw e;
  }
}

function formUrl(form) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v !== '') params.append(k, v);
  return `${form.getAttribute('action')}?${params}`;
}

function stop() {
  if (playing) clearTimeout(playing);
  playing = null;
  wireTime();
}

function play() {
  const p = periodLinks();
  if (!p) return;
  let at = Number(p.range.value);
  if (at >= p.links.length - 1) at = -1;
  const step = () => {
    toPeriod(at + 1).then((moved) => {
      at += 1;
      if (!moved || at >= p.links.length - 1) stop();
      else if (playing) playing = setTimeout(step, PLAY_STEP_MS);
    }, stop);
  };
  playing = setTimeout(step, 0);
  wireTime();
}

function wireEvents() {
  document.addEventListener('change', (e) => {
    if (e.target.id === 'pv-symbols') {
      map.showSymbols(e.target.checked);
      return;
    }
    const form = e.target.closest('#pv-map-form');
    if (form && e.target.matches('select')) {
      stop();
      navigate(formUrl(form)).catch(console.warn);
    } else if (e.target.id === 'pv-time-range') {
      stop();
      toPeriod(Number(e.target.value)).catch(console.warn);
    }
  });
  document.addEventListener('input', (e) => {
    if (e.target.id !== 'pv-time-range') return;
    const p = periodLinks();
    const label = p.labels[Number(e.target.value)];
    e.target.setAttribute('aria-valuetext', label);
    document.getElementById('pv-time-value').textContent = label;
  });
  document.addEventListener('submit', (e) => {
    if (e.target.id !== 'pv-map-form') return;
    e.preventDefault();
    navigate(formUrl(e.target)).catch(console.warn);
  });
  document.addEventListener('click', (e) => {
    if (e.target.closest('#pv-export-svg')) {
      exportSvg(root);
      return;
    }
    if (e.target.closest('#pv-export-png')) {
      exportPng(root).catch(console.warn);
      return;
    }
    const target = e.target.closest('a.pv-sort, #pv-list-all, #pv-time-prev, #pv-time-next, #pv-time-play');
    if (!target) return;
    e.preventDefault();
    if (target.id === 'pv-time-play') {
      if (playing) stop();
      else play();
      return;
    }
    stop();
    if (target.tagName === 'A') navigate(target.href).catch(console.warn);
    else toPeriod(Number(document.getElementById('pv-time-range').value) + (target.id === 'pv-time-next' ? 1 : -1)).catch(console.warn);
  });
  window.addEventListener('popstate', () => navigate(window.location.href, false).catch(console.warn));
}

async function start() {
  status(texts.loading);
  // The coarsest outlines first (a whole-India view needs no more); finer ones come state by state on zooming in.
  const [districts, states, data] = await Promise.all([
    json(`${root.dataset.districts}?level=0${hindiNames(root)}`), json(`${root.dataset.states}?level=0`),
    json(figuresUrl(root.dataset.api))]);
  root.querySelector('.pv-map-nojs')?.remove();
  map = new Choropleth(root, districts, states, { embed: root.dataset.embed === 'true', texts });
  map.update(data);
  wireSymbols(true);
  map.zoomToState(root.dataset.state, false);
  window.history.replaceState({ url: window.location.href }, '', window.location.href);
  wireEvents();
  wireTime();
  status('');
  root.dataset.ready = 'true';
}

start().catch((e) => {
  status(texts.failed);
  console.warn('Map not drawn:', e);
});
