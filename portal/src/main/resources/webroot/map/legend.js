// Redraws the legend (same markup as the server's MapLegend) when the figures change.
import { best, el, ranges, NODATA, SUPPRESSED } from './format.js';

export function renderLegend(container, data) {
  if (!container) return;
  container.replaceChildren();
  container.append(el('p', 'pv-legend-title', `${best(data.measure.label, 'Value')} (quantile classes)`));
  const list = el('ul');
  ranges(data.quantiles).forEach((text, i) => list.append(item(`pv-q${i}`, text)));
  list.append(item('pv-suppressed', SUPPRESSED));
  list.append(item('pv-nodata', `${NODATA} (not the same as zero)`));
  container.append(list);
}

function item(swatch, text) {
  const li = el('li');
  li.append(el('span', `pv-swatch ${swatch}`), document.createTextNode(text));
  return li;
}
