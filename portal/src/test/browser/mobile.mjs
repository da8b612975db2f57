// Every kind of page (pages.mjs) on a phone 390 px wide, in English and Hindi: nothing wider than the screen (no
// horizontal scrolling), chart labels readable, and search results before the search filters. Run by EveryPageIT.
import { journey, expect, OWN_STATUS, MOBILE } from './journey.mjs';
import { PAGES, visit } from './pages.mjs';

/** The smallest a chart label may be drawn, in CSS pixels, once the chart is scaled to the screen. */
const MIN_LABEL_PX = 11;

const { base, newPage, check, finish } = await journey({ prefix: 'mobile-' });
const page = await newPage({ viewport: MOBILE, ignoreConsole: OWN_STATUS });

for (const lang of ['en', 'hi']) {
  for (const entry of PAGES) {
    await check(`${entry.kind}-${lang}`, async () => {
      await visit(page, base, entry, lang);
      const fit = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: window.innerWidth,
        // The widest elements, to say what to fix.
        culprits: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && e.getClientRects().length > 0
            && !e.closest('.visually-hidden, [aria-hidden="true"]'))
          .filter((e, _, all) => !all.includes(e.parentElement))
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`),
      }));
      expect(fit.page <= fit.screen,
        `${entry.path} is ${fit.page} px wide on a ${fit.screen} px screen: ${fit.culprits.join(', ')}`);
      // A label's drawn size: its font size times the chart's scale (the SVG is drawn to the screen's width).
      const small = await page.evaluate((min) => [...document.querySelectorAll('svg[viewBox] text')]
        .filter((t) => t.getClientRects().length > 0 && t.textContent.trim() !== '')
        .map((t) => {
          const svg = t.ownerSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale };
        })
        .filter((t) => t.px < min)
        .slice(0, 3), MIN_LABEL_PX);
      expect(small.length === 0, `chart labels drawn smaller than ${MIN_LABEL_PX} px on ${entry.path}: `
        + small.map((t) => `"${t.text}" ${t.px.toFixed(1)} px`).join(', '));
    });
  }
}

await check('search-results-before-filters', async () => {
  await visit(page, base, PAGES.find((p) => p.kind === 'search'));
  const results = await page.locator('li.hit').first().boundingBox();
  const filters = await page.locator('.facets').first().boundingBox();
  expect(results && filters, 'the search page shows no results or no filters for "wage theft"');
  expect(results.y < filters.y, `the filters (at ${Math.round(filters.y)} px) come before the results (at ${Math.round(results.y)} px)`);
});

await finish();
