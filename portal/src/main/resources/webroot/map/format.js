// Number formatting, labels and classes, as the server renders them (Html.number, MapTexts.label, Quantiles.classOf).

/** A count with Indian digit grouping (2,92,66,161). */
export function number(n) {
  return Number(n).toLocaleString('en-IN');
}

/** A label pair {en, hi} in the page's language, else the other language, else the fallback. */
export function label(pair, lang, fallback) {
  if (pair && lang === 'hi' && pair.hi) return pair.hi;
  if (pair && pair.en) return pair.en;
  if (pair && pair.hi) return pair.hi;
  return fallback;
}

/** What a figure reads as: the number, or the page's words for suppressed and no data. */
export function figure(d, texts) {
  if (d.status === 'value') return number(d.value);
  if (d.parts) {
    const unit = d.parts.parts === 12 ? texts.months : texts.quarters;
    const [text, n] = d.parts.withheld > 0 ? [texts.yearWithheld, d.parts.withheld] : [texts.yearIncomplete, d.parts.missing];
    return text.replace('{0}', n).replace('{1}', d.parts.parts).replace('{2}', unit);
  }
  return d.status === 'suppressed' ? texts.suppressed : texts.nodata;
}

/** The class (0-based) of a value for quantile breaks; class i holds breaks[i] up to breaks[i+1], the last inclusive. */
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
