// The Leaflet choropleth: district polygons coloured by quantile class (CSS classes in /static/map.css), state
// outlines drawn over them, and no tile layer: every request stays on the portal. Boundaries come simplified for the
// zoom level (/geo/*.geojson?level=N): all India at level 0, and finer outlines state by state as the view zooms in.
// When few districts have figures, circles sized by the figure can be drawn over them (a switch on the page).
import { classOf, el, figure, label } from './format.js';

const L = window.L;
/** The finest zoom at which each coarser level of detail is drawn (BoundaryLevels.LEVELS on the server). */
const LEVEL_MAX_ZOOM = [7, 9];
/** Below this share of districts with figures, the map offers circles (and starts with them). */
export const FEW_DISTRICTS = 0.05;
const MAX_RADIUS = 22;
const MIN_RADIUS = 4;

export function levelFor(zoom) {
  const i = LEVEL_MAX_ZOOM.findIndex((z) => zoom < z);
  return i < 0 ? LEVEL_MAX_ZOOM.length : i;
}

export class Choropleth {
  constructor(container, districts, states, options) {
    this.embed = options.embed;
    this.texts = options.texts;
    this.lang = container.dataset.lang || 'en';
    this.districtsUrl = container.dataset.districts;
    this.statesUrl = container.dataset.states;
    this.names = new Map(districts.features.map((f) => [f.properties.lgd, f.properties]));
    this.map = L.map(container, { zoomSnap: 0.25, minZoom: 3, maxZoom: 11, keyboard: true });
    // The names of the polygons (aria-labelledby): text, not an aria-label, so that an English name on a Hindi page
    // can be marked lang="en" inside the label. Hidden: read only as the polygons' names.
    this.labelPrefix = `${container.id || 'pv-map'}-name-`;
    this.labels = el('div', 'pv-labels');
    this.labels.hidden = true;
    container.append(this.labels);
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this.map.attributionControl.addAttribution('Boundaries: DataMeet (CC BY 2.5 IN); codes: LGD (GODL-India)');
    this.map.createPane('pv-states').style.zIndex = 450;
    this.map.createPane('pv-symbols').style.zIndex = 460;
    this.layers = new Map();
    this.stateOf = new Map();
    this.districts = L.geoJSON(districts, {
      style: () => ({ className: 'pv-d pv-nodata' }),
      onEachFeature: (feature, layer) => {
        this.stateOf.set(feature.properties.lgd, feature.properties.stateLgd);
        this.wire(feature.properties.lgd, layer);
      },
    }).addTo(this.map);
    this.stateBounds = new Map();
    this.stateLayers = new Map();
    L.geoJSON(states, {
      pane: 'pv-states',
      interactive: false,
      style: () => ({ className: 'pv-state', fill: false }),
      onEachFeature: (feature, layer) => {
        this.stateBounds.set(feature.properties.lgd, layer.getBounds());
        this.stateLayers.set(feature.properties.lgd, layer);
      },
    }).addTo(this.map);
    this.stateLevel = new Map();
    this.symbols = L.layerGroup();
    this.symbolsOn = false;
    this.armed = null;
    this.pointer = 'mouse';
    container.addEventListener('pointerdown', (e) => { this.pointer = e.pointerType; }, true);
    this.map.fitBounds(this.districts.getBounds());
    // The zoom, for scripts and tests that read the view from the page.
    this.map.on('zoomend', () => { container.dataset.zoom = String(this.map.getZoom()); });
    this.map.on('zoomend moveend', () => this.refine().catch((e) => console.warn('Finer boundaries not loaded:', e)));
  }

  wire(lgd, layer) {
    this.layers.set(lgd, layer);
    this.bind(lgd, layer);
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

  /** Tooltip and click for a district's polygon or circle: a mouse click opens it; on touch, a first tap shows it. */
  bind(lgd, layer) {
    layer.bindTooltip(() => this.tooltip(lgd), { sticky: this.pointer !== 'touch', className: 'pv-tooltip' });
    layer.on('click', (e) => {
      if (this.pointer === 'touch' && this.armed !== lgd) {
        this.armed = lgd;
        // One value at a time: a tap may also have raised a hover tooltip elsewhere.
        for (const [other, l] of this.layers) if (other !== lgd) l.closeTooltip();
        layer.openTooltip(e.latlng);
        return;
      }
      this.armed = null;
      this.open(lgd);
    });
  }

  open(lgd) {
    const url = `/id/district/${encodeURIComponent(lgd)}`;
    if (this.embed) window.open(url, '_blank', 'noopener');
    else window.location.assign(url);
  }

  /** What each polygon shows: its own figure, or the sum drawn on a 2011 polygon for the districts carved out of it. */
  shown(lgd) {
    return this.parents.get(lgd) || this.byCode.get(lgd) || { status: 'nodata' };
  }

  /** Colours every polygon for new figures; a 2011 polygon carrying later districts shows their sum. */
  update(data) {
    this.data = data;
    this.armed = null;
    this.byCode = new Map(data.districts.map((d) => [d.lgd, d]));
    this.parents = new Map(data.parents.map((p) => [p.lgd, p]));
    for (const [lgd, layer] of this.layers) {
      const shown = this.shown(lgd);
      const cls = shown.status === 'value' ? `pv-q${classOf(shown.value, data.quantiles)}` : `pv-${shown.status}`;
      const path = layer.getElement();
      if (!path) continue;
      [...path.classList].filter((c) => c.startsWith('pv-')).forEach((c) => path.classList.remove(c));
      path.classList.add('pv-d', cls);
      path.dataset.status = shown.status;
      const d = this.byCode.get(lgd) || this.names.get(lgd) || { name: lgd };
      if (shown.status === 'nodata') {
        path.removeAttribute('tabindex');
        path.removeAttribute('role');
        path.removeAttribute('aria-labelledby');
        document.getElementById(this.labelPrefix + lgd)?.remove();
      } else {
        // Districts with figures are keyboard stops (Tab, then Enter opens the district page).
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'link');
        path.setAttribute('aria-labelledby', this.nameLabel(lgd, d, figure(shown, this.texts)));
      }
    }
    this.drawSymbols();
  }

  /** The polygons with a figure or a withheld one. */
  withData() {
    return [...this.layers.keys()].filter((lgd) => this.shown(lgd).status !== 'nodata');
  }

  /** Whether so few districts have figures that circles help: fewer than FEW_DISTRICTS of them. */
  few() {
    const n = this.withData().length;
    return n > 0 && n < FEW_DISTRICTS * this.layers.size;
  }

  showSymbols(on) {
    this.symbolsOn = on;
    this.drawSymbols();
  }

  /** Circles at each district with data, their area proportional to the figure; withheld ones small and hatched. */
  drawSymbols() {
    this.symbols.clearLayers();
    if (!this.symbolsOn || !this.data) {
      this.symbols.remove();
      return;
    }
    const lgds = this.withData();
    const max = Math.max(1, ...lgds.map((l) => this.shown(l).value || 0));
    for (const lgd of lgds) {
      const shown = this.shown(lgd);
      const value = shown.status === 'value' ? shown.value : 0;
      const radius = shown.status === 'value' ? Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / max)) : MIN_RADIUS;
      const cls = shown.status === 'value' ? `pv-q${classOf(value, this.data.quantiles)}` : `pv-${shown.status}`;
      // Not interactive: circles of neighbours overlap, so pointers and taps go to the polygons beneath.
      const circle = L.circleMarker(this.layers.get(lgd).getBounds().getCenter(), {
        pane: 'pv-symbols', radius, className: `pv-symbol ${cls}`, interactive: false,
      });
      circle.on('add', () => { circle.getElement().dataset.lgd = lgd; });
      this.symbols.addLayer(circle);
    }
    this.symbols.addTo(this.map);
  }

  /** Shows the state {@code lgd}, else the districts with data, else all India; animated unless told not to. */
  zoomToState(lgd, animate = true) {
    const bounds = lgd && this.stateBounds.get(lgd);
    this.map.invalidateSize();
    this.map.fitBounds(bounds || this.dataBounds() || this.districts.getBounds(), { padding: [12, 12], animate });
    this.map.getContainer().dataset.zoom = String(this.map.getZoom());
  }

  /** The bounds of the districts with data, when there are any. */
  dataBounds() {
    const lgds = this.withData();
    if (!lgds.length) return null;
    return lgds.reduce((b, lgd) => b.extend(this.layers.get(lgd).getBounds()), L.latLngBounds([]));
  }

  /** Loads finer outlines for the states in view when the zoom needs them, once per state and level. */
  async refine() {
    const level = levelFor(this.map.getZoom());
    if (level === 0) return;
    const view = this.map.getBounds();
    const wanted = [...this.stateBounds].filter(([lgd, b]) => b.intersects(view) && (this.stateLevel.get(lgd) || 0) < level);
    await Promise.all(wanted.map(async ([state]) => {
      this.stateLevel.set(state, level);
      const query = `?level=${level}&state=${encodeURIComponent(state)}`;
      // The state's outline comes at the same level as its districts, dissolved from them: the borders coincide.
      const [districts, outline] = await Promise.all([
        fetch(this.districtsUrl + query), fetch(this.statesUrl + query)]);
      if (!districts.ok || !outline.ok) return;
      for (const f of (await districts.json()).features) {
        const layer = this.layers.get(f.properties.lgd);
        if (layer) layer.setLatLngs(L.GeoJSON.coordsToLatLngs(f.geometry.coordinates, 2));
      }
      for (const f of (await outline.json()).features) {
        const layer = this.stateLayers.get(f.properties.lgd);
        if (layer) layer.setLatLngs(L.GeoJSON.coordsToLatLngs(f.geometry.coordinates, 2));
      }
    }));
  }

  /**
   * The hidden text that names district `lgd`'s polygon, "name: figure", the name in a span marked lang="en" when a
   * Hindi page shows it in English (as the tooltip does); returns its id.
   */
  nameLabel(lgd, d, text) {
    const id = this.labelPrefix + lgd;
    let label = document.getElementById(id);
    if (!label) {
      label = el('span');
      label.id = id;
      this.labels.append(label);
    }
    const name = el('span', null, this.placeName(d));
    if (this.lang === 'hi' && !d.nameHi) name.lang = 'en';
    label.replaceChildren(name, `: ${text}`);
    return id;
  }

  /** A district's name in the page's language: its Hindi name where the data have one (nameHi), else English. */
  placeName(d) {
    return this.lang === 'hi' && d.nameHi ? d.nameHi : d.name;
  }

  /** `text` in a span, marked lang="en" when a Hindi page shows it in Latin letters only (Html.fallBackLang). */
  named(text) {
    const span = el('span', null, text);
    // Each name its own left-to-right isolate, as the screen read it: a right-to-left name must not reorder the text
    // beside it (docs/disclosure.md, "screen what is shown").
    span.dir = 'ltr';
    if (this.lang === 'hi' && /\p{Script=Latin}/u.test(text) && !/\p{Script=Devanagari}/u.test(text)) span.lang = 'en';
    return span;
  }

  tooltip(lgd) {
    const geo = this.names.get(lgd) || { name: lgd, state: '' };
    const d = this.byCode.get(lgd) || { ...geo, status: 'nodata' };
    const box = el('div');
    const head = el('div', 'pv-tip-name');
    const name = el('strong', null, this.placeName(d));
    if (this.lang === 'hi' && !d.nameHi) name.lang = 'en';
    const state = this.lang === 'hi' && d.stateHi ? d.stateHi : d.state;
    const stateName = el('span', 'pv-tip-state', state ? ` (${state})` : '');
    if (this.lang === 'hi' && state && !d.stateHi) stateName.lang = 'en';
    head.append(name, stateName);
    box.append(head);
    const parent = this.parents.get(lgd);
    const shown = parent || d;
    const measure = label(this.data.measure.label, this.lang, '');
    box.append(el('div', `pv-tip-value pv-tip-${shown.status}`, `${measure}: ${figure(shown, this.texts)}`));
    if (parent) {
      const names = parent.includes.filter((c) => c !== lgd).map((c) => this.placeName(this.byCode.get(c) || { name: c })).join(', ');
      if (names) box.append(el('div', 'pv-tip-note', this.texts.includes.replace('{0}', names)));
    }
    box.append(el('div', 'pv-tip-period', this.data.period.label));
    const title = label(this.data.title, this.lang, this.data.dataset);
    const org = label(this.data.org.label, this.lang, '');
    const source = el('div', 'pv-tip-source', `${this.texts.source}: `);
    source.append(this.named(title));
    if (org) source.append(' — ', this.named(org));
    box.append(source);
    if (this.pointer === 'touch' && shown.status !== 'nodata') box.append(el('div', 'pv-tip-tap', this.texts.tapAgain));
    return box;
  }
}
