// The Leaflet choropleth: district polygons coloured by quantile class (CSS classes in /static/map.css),
// state outlines drawn over them, no tile layer (no request leaves the portal).
import { best, classOf, el, figure } from './format.js';

const L = window.L;

export class Choropleth {
  constructor(container, districts, states, options) {
    this.embed = options.embed;
    this.names = new Map(districts.features.map((f) => [f.properties.lgd, f.properties.name]));
    this.map = L.map(container, { zoomSnap: 0.25, minZoom: 3, maxZoom: 11 });
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
    layer.on('click', () => {
      const url = `/id/district/${encodeURIComponent(lgd)}`;
      if (this.embed) window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
    });
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
    }
  }

  zoomToState(lgd) {
    const bounds = lgd && this.stateBounds.get(lgd);
    this.map.fitBounds(bounds || this.districts.getBounds());
  }

  tooltip(lgd) {
    const d = this.byCode.get(lgd) || { name: this.names.get(lgd) || lgd, state: '', status: 'nodata' };
    const box = el('div');
    box.append(el('strong', null, d.name), el('span', 'pv-tip-state', d.state ? ` (${d.state})` : ''));
    const parent = this.parents.get(lgd);
    const shown = parent || d;
    box.append(el('div', 'pv-tip-value', `${best(this.data.measure.label, 'Value')}: ${figure(shown)}`));
    if (parent) {
      const names = parent.includes.map((c) => (this.byCode.get(c) || { name: c }).name).join(', ');
      box.append(el('div', 'pv-tip-note', `Includes districts created after 2011: ${names}`));
    }
    box.append(el('div', 'pv-tip-period', this.data.period.label));
    const src = this.data.source;
    box.append(el('div', 'pv-tip-source', `Source: ${best(src.title, src.dataset)} — ${best(src.orgName, '')}`));
    return box;
  }
}
