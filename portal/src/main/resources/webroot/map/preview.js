// The publishing workspace's preview map: the draft's dry run (#preview-map's data-api, owner-only, never cached)
// drawn by the public map's choropleth, withheld districts hatched. Without this script the table below it has every
// district's figure.
import { Choropleth } from './choropleth.js';

const root = document.getElementById('preview-map');

async function json(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function start() {
  const texts = JSON.parse(root.dataset.texts || '{}');
  const [districts, states, data] = await Promise.all([
    json(`${root.dataset.districts}?level=0${root.dataset.lang === 'hi' ? '&lang=hi' : ''}`), json(`${root.dataset.states}?level=0`), json(root.dataset.api)]);
  root.querySelector('.pv-map-nojs')?.remove();
  const map = new Choropleth(root, districts, states, { embed: false, texts });
  map.update(data);
  // A draft rarely covers many districts: circles keep each one, and its hatching when withheld, visible.
  if (map.few()) map.showSymbols(true);
  map.zoomToState('', false);
  root.dataset.ready = 'true';
}

if (root) {
  start().catch((e) => {
    const note = root.querySelector('.pv-map-nojs');
    if (note) note.textContent = JSON.parse(root.dataset.texts || '{}').failed || note.textContent;
    console.warn('Preview map not drawn:', e);
  });
}
