// Shared wording and number formatting, identical to the server-rendered page (MapTable, MapLegend).

export const SUPPRESSED = 'Suppressed to protect privacy';
export const NODATA = 'No data';

/** A count with Indian digit grouping (2,92,66,161). */
export function number(n) {
  return Number(n).toLocaleString('en-IN');
}

/** English label of a {en, hi} pair, else Hindi, else the fallback. */
export function best(label, fallback) {
  if (label && label.en) return label.en;
  if (label && label.hi) return label.hi;
  return fallback;
}

/** What a figure reads as. */
export function figure(d) {
  if (d.status === 'value') return number(d.value);
  return d.status === 'suppressed' ? SUPPRESSED : NODATA;
}

/** The class ranges for quantile breaks, as the server's MapLegend.ranges. */
export function ranges(breaks) {
  if (breaks.length === 1) return [number(breaks[0])];
  const out = [];
  for (let i = 0; i + 1 < breaks.length; i++) {
    const low = breaks[i];
    const high = i + 2 === breaks.length ? breaks[i + 1] : breaks[i + 1] - 1;
    out.push(low === high ? number(low) : `${number(low)} – ${number(high)}`);
  }
  return out;
}

/** The class (0-based) of a value, as the server's Quantiles.classOf. */
export function classOf(value, breaks) {
  if (breaks.length < 2) return 0;
  for (let i = 1; i < breaks.length - 1; i++) {
    if (value < breaks[i]) return i - 1;
  }
  return breaks.length - 2;
}

/** Creates an element with a class and text. */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
