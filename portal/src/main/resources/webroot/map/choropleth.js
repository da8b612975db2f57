// The Leaflet choropleth: district polygons coloured by quantile class (CSS classes in /static/map.css), state
// outlines drawn over them, and no tile layer: every request stays on the portal.
import { classOf, el, figure, label } from './format.js';

const L = window.L;

export class Choropleth {
  constructor(container, districts, states, options) {
    this.embed = options.embed;
    this.texts = options.texts;
    this.lang = container.dataset.lang || 'en';
    this.names = new Map(districts.features.map((f) => [f.properties.lgd, f.properties]));
    this.map = L.map(container, { zoomSnap: 0.25, minZoom: 3, maxZoom: 11, keyboard: true });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this.map.attributionControl.addAttribution('Boundaries: DataMeet (CC BY 2.5 IN); codes: LGD (GODL-India)');
    this.map.createPane('pv-states').style.zIndex = 450;
    this.layers = new Map();
    this.districts = L.geoJSON(districts, {
      style: () => ({ className: 'pv-d pv-nodata' }),
      onEachFeature: (feature, layer) => this.wire(feature.properties.lgd, layer),
    }).addTo(this.map);
    this.stateBounds = new Map();
    L.geoJSON(states, {
      pane: 'pv-states',
      interactive: false,
      style: () => ({ className: 'pv-state', fill: false }),
      onEachFeature: (feature, layer) => this.stateBounds.set(feature.properties.lgd, layer.getBounds()),
    }).addTo(this.map);
    this.map.fitBounds(this.districts.getBounds());
  }

  wire(lgd, layer) {
    this.layers.set(lgd, layer);
    layer.bindTooltip(() => this.tooltip(lgd), { sticky: true, className: 'pv-tooltip' });
    layer.on('click', () => this.open(lgd));
    layer.on('add', () => {
      const path = layer.getElement();
      path.dataset.lgd = lgd;
      path.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') this.open(lgd);
      });
      path.addEventListener('focus', () => layer.openTooltip(layer.getBounds().getCenter()));
      path.addEventListener('blur', () => layer.closeTooltip());
    });
  }

  open(lgd) {
    const url = `/id/district/${encodeURIComponent(lgd)}`;
    if (this.embed) window.open(url, '_blank', 'noopener');
    else window.location.assign(url);
  }

  /** Colours every polygon for new figures; a 2011 polygon carrying later districts shows their sum. */
  update(data) {
    this.data = data;
    this.byCode = new Map(data.districts.map((d) => [d.lgd, d]));
    this.parents = new Map(data.parents.map((p) => [p.lgd, p]));
    for (const [lgd, layer] of this.layers) {
      const shown = this.parents.get(lgd) || this.byCode.get(lgd) || { status: 'nodata' };
      const cls = shown.status === 'value' ? `pv-q${classOf(shown.value, data.quantiles)}` : `pv-${shown.status}`;
      const path = layer.getElement();
      if (!path) continue;
      [...path.classList].filter((c) => c.startsWith('pv-')).forEach((c) => path.classList.remove(c));
      path.classList.add('pv-d', cls);
      path.dataset.status = shown.status;
      const name = (this.byCode.get(lgd) || this.names.get(lgd) || { name: lgd }).name;
      if (shown.status === 'nodata') {
        path.removeAttribute('tabindex');
        path.removeAttribute('role');
        path.removeAttribute('aria-label');
      } else {
        // Districts with figures are keyboard stops (Tab, then Enter opens the district page).
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'link');
        path.setAttribute('aria-label', `${name}: ${figure(shown, this.texts)}`);
      }
    }
  }

  zoomToState(lgd) {
    const bounds = lgd && this.stateBounds.get(lgd);
    this.map.invalidateSize();
    this.map.fitBounds(bounds || this.districts.getBounds(), { padding: [12, 12] });
  }

  tooltip(lgd) {
    const geo = this.names.get(lgd) || { name: lgd, state: '' };
    const d = this.byCode.get(lgd) || { name: geo.name, state: geo.state, status: 'nodata' };
    const box = el('div');
    box.append(el('strong', null, d.name), el('span', 'pv-tip-state', d.state ? ` (${d.state})` : ''));
    const parent = this.parents.get(lgd);
    const shown = parent || d;
    const measure = label(this.data.measure.label, this.lang, '');
    box.append(el('div', `pv-tip-value pv-tip-${shown.status}`, `${measure}: ${figure(shown, this.texts)}`));
    if (parent) {
      const names = parent.includes.filter((c) => c !== lgd).map((c) => (this.byCode.get(c) || { name: c }).name).join(', ');
      if (names) box.append(el('div', 'pv-tip-note', this.texts.includes.replace('{0}', names)));
    }
    box.append(el('div', 'pv-tip-period', this.data.period.label));
    const title = label(this.data.title, this.lang, this.data.dataset);
    const org = label(this.data.org.label, this.lang, '');
    box.append(el('div', 'pv-tip-source', `${this.texts.source}: ${title}${org ? ` — ${org}` : ''}`));
    return box;
  }
}
