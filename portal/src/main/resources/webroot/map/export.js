// Exports the map as it is on screen: a stand-alone SVG (the district paths with their colours written in, the
// hatch and dot patterns, the title, the legend and the attribution) and a PNG drawn from that SVG. The CSV of the
// same view is a plain link to /api/map?format=csv, which works without this script.
const NS = 'http://www.w3.org/2000/svg';
const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity'];

function node(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The current view as SVG markup, with a title line above and the legend and attribution below the map. */
export function viewSvg(root) {
  const box = root.getBoundingClientRect();
  const width = Math.round(box.width);
  const mapHeight = Math.round(box.height);
  const legend = [...document.querySelectorAll('#pv-legend li')];
  const top = 36;
  const height = top + mapHeight + 24 + legend.length * 20 + 28;
  const out = node('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'sans-serif' });
  const defs = document.querySelector('svg.pv-defs defs');
  if (defs) out.append(defs.cloneNode(true));
  out.append(node('rect', { width, height, fill: '#ffffff' }));
  const title = document.querySelector('#pv-map-head h1');
  const subtitle = document.getElementById('pv-map-subtitle');
  out.append(node('text', { x: 8, y: 22, 'font-size': 16, 'font-weight': 'bold' },
    [title && title.textContent, subtitle && subtitle.textContent].filter(Boolean).join(' — ')));
  const frame = node('svg', { x: 0, y: top, width, height: mapHeight, viewBox: `0 0 ${width} ${mapHeight}` });
  frame.append(node('rect', { width, height: mapHeight, fill: '#f7fbff' }));
  for (const svg of root.querySelectorAll('.leaflet-pane svg')) {
    const r = svg.getBoundingClientRect();
    const copy = node('svg', {
      x: Math.round(r.left - box.left), y: Math.round(r.top - box.top), width: Math.round(r.width), height: Math.round(r.height),
      viewBox: svg.getAttribute('viewBox') || `0 0 ${Math.round(r.width)} ${Math.round(r.height)}`,
    });
    const g = svg.querySelector('g');
    if (!g) continue;
    const paths = g.cloneNode(true);
    // Colours come from the page's stylesheet: written onto each path, so that the file stands alone.
    const live = g.querySelectorAll('path');
    paths.querySelectorAll('path').forEach((p, i) => {
      const style = getComputedStyle(live[i]);
      for (const prop of STYLED) p.setAttribute(prop, style.getPropertyValue(prop).replace(/url\("?([^")]*)"?\)/, (m, u) => `url(#${u.split('#').pop()})`));
      p.removeAttribute('class');
      p.removeAttribute('tabindex');
      p.removeAttribute('role');
    });
    copy.append(paths);
    frame.append(copy);
  }
  out.append(frame);
  let y = top + mapHeight + 22;
  for (const li of legend) {
    const swatch = li.querySelector('.pv-swatch');
    const cls = swatch ? [...swatch.classList].find((c) => /^pv-(q\d|suppressed|nodata)$/.test(c)) : null;
    const probe = document.querySelector(`.leaflet-container path.${cls}`);
    const fill = cls === 'pv-suppressed' ? 'url(#pv-hatch)' : cls === 'pv-nodata' ? 'url(#pv-dots)'
      : (probe ? getComputedStyle(probe).fill : getComputedStyle(swatch).backgroundColor);
    out.append(node('rect', { x: 8, y: y - 11, width: 22, height: 13, fill, stroke: '#595959' }));
    out.append(node('text', { x: 38, y, 'font-size': 12 }, li.textContent.trim()));
    y += 20;
  }
  const attribution = document.getElementById('pv-attribution');
  if (attribution) out.append(node('text', { x: 8, y: y + 6, 'font-size': 10, fill: '#404040' }, attribution.textContent.trim()));
  return new XMLSerializer().serializeToString(out);
}

function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

/** A file name from the CSV link's, which the server made from the dataset and period. */
function baseName() {
  const csv = document.getElementById('pv-export-csv');
  const params = csv ? new URL(csv.href, window.location.href).searchParams : new URLSearchParams();
  const dataset = (params.get('dataset') || 'map').split('/').pop();
  return `${dataset}-${params.get('period') || 'latest'}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function exportSvg(root) {
  save(new Blob([viewSvg(root)], { type: 'image/svg+xml' }), `${baseName()}.svg`);
}

export function exportPng(root) {
  const svg = viewSvg(root);
  const image = new Image();
  // A data: URL, as the page's Content-Security-Policy allows images from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = image.width * 2;
      canvas.height = image.height * 2;
      const ctx = canvas.getContext('2d');
      ctx.scale(2, 2);
      ctx.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        save(blob, `${baseName()}.png`);
        resolve();
      }, 'image/png');
    };
    image.onerror = reject;
    image.src = url;
  });
}
