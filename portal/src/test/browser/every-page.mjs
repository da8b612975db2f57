// Every kind of page (pages.mjs), each loaded once per screen and language and every check that holds on all pages
// run on that one visit (EveryPageIT):
// - on a desktop: every file the page makes the browser fetch (stylesheets, scripts and the modules they import,
//   images, fonts) under a versioned URL (/assets/VERSION/...) and cached a year as immutable (AssetsTest checks the
//   same of the HTML without a browser); and axe-core finds no violation;
// - on a phone 390 px wide, in English and Hindi: nothing wider than the screen (no horizontal scrolling), chart labels
//   readable; in English, axe-core finds no violation there either;
// - and search results come before the search filters on a phone.
// axe-core (pinned in package.json) checks every frame of a page (the home page's map is an iframe of /embed/map): it is
// loaded into each frame once the frame has loaded, and the page's run collects the frames' results, judged with the
// page around them (one landmark of each kind and name, headings in order across the frames); a frame axe could not
// reach is a problem too. One visit for all checks: the three scripts this replaces loaded each page five times (120
// loads), this one three times (72).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { journey, expect, OWN_STATUS, DESKTOP, MOBILE } from './journey.mjs';
import { PAGES, visit, framesReady } from './pages.mjs';

/** The smallest a chart label may be drawn, in CSS pixels, once the chart is scaled to the screen. */
const MIN_LABEL_PX = 11;
/** What a page may fetch and must fetch by a versioned, immutable URL. */
const FILES = new Set(['stylesheet', 'script', 'image', 'font', 'media', 'manifest']);
// Evaluated through the browser's debugging protocol: the pages' Content-Security-Policy rightly refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { base, newPage, check, finish } = await journey({ prefix: 'page-' });
const desktop = await newPage({ viewport: DESKTOP, ignoreConsole: OWN_STATUS });
const phone = await newPage({ viewport: MOBILE, ignoreConsole: OWN_STATUS });
const host = new URL(base).host;
let fetched = [];
desktop.on('response', (r) => {
  const u = new URL(r.url());
  if (u.host === host && FILES.has(r.request().resourceType())) fetched.push(r);
});

/** Runs every check of `checks` on the page as it is, and fails with all their problems together. */
async function all(checks) {
  const problems = [];
  for (const c of checks) {
    try {
      await c();
    } catch (e) {
      problems.push(e.message.split('\n')[0]);
    }
  }
  expect(problems.length === 0, problems.join(' | '));
}

/** The files of the page just loaded are fetched by versioned URLs cached a year as immutable. */
async function versionedAssets(entry) {
  await desktop.waitForLoadState('networkidle');
  const wrong = [];
  for (const r of fetched) {
    const path = new URL(r.url()).pathname;
    const cache = (await r.allHeaders())['cache-control'] || '';
    if (!/^\/assets\/[0-9a-f]{12}\//.test(path)) wrong.push(`${path} is not versioned`);
    else if (!(cache.includes('immutable') && cache.includes('max-age=31536000'))) wrong.push(`${path} is cached "${cache}"`);
  }
  expect(wrong.length === 0, `${entry.path}: ${wrong.join('; ')}`);
}

/** axe-core finds no violation on the page just loaded, its frames included. */
async function accessible(page, entry, screen) {
  await framesReady(page, base);
  for (const frame of page.frames()) await frame.evaluate(AXE);
  // frameWaitTime: a frame without axe answers "frame-tested" (incomplete) after it, instead of after a minute.
  // resultTypes: every violation and every incomplete result keep all their nodes; passes and inapplicable rules
  // keep one each, which spares axe a selector for every passing element (the version page has 27,000 elements).
  const { violations, unreached } = await page.evaluate(async () => {
    const r = await window.axe.run(document, { frameWaitTime: 5000, resultTypes: ['violations', 'incomplete'] });
    const at = (nodes) => nodes.slice(0, 3).map((n) => n.target.join(' >>> ')).join('; ')
      + (nodes.length > 3 ? ` and ${nodes.length - 3} more` : '');
    return {
      violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${at(v.nodes)}`),
      unreached: r.incomplete.filter((v) => v.id === 'frame-tested').flatMap((v) => v.nodes.map((n) => n.target.join(' >>> '))),
    };
  });
  expect(unreached.length === 0, `axe could not check the frame(s) ${unreached.join('; ')} of ${entry.path} (${screen})`);
  expect(violations.length === 0, `${violations.length} axe violation(s) on ${entry.path} (${screen}): ${violations.join(' | ')}`);
}

/** The page just loaded on the phone is no wider than the screen. */
async function fitsThePhone(entry) {
  const fit = await phone.evaluate(() => ({
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
  expect(fit.page <= fit.screen, `${entry.path} is ${fit.page} px wide on a ${fit.screen} px screen: ${fit.culprits.join(', ')}`);
}

/** No chart label of the page just loaded on the phone is drawn smaller than MIN_LABEL_PX. */
async function readableLabels(entry) {
  // A label's drawn size: its font size times the chart's scale (the SVG is drawn to the screen's width).
  const small = await phone.evaluate((min) => [...document.querySelectorAll('svg[viewBox] text')]
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
}

let files = 0;
for (const entry of PAGES) {
  await check(`desktop-${entry.kind}`, async () => {
    fetched = [];
    await visit(desktop, base, entry);
    await all([() => versionedAssets(entry), () => accessible(desktop, entry, 'desktop')]);
    files += fetched.length;
  }, desktop);
}

for (const lang of ['en', 'hi']) {
  for (const entry of PAGES) {
    await check(`phone-${entry.kind}-${lang}`, async () => {
      await visit(phone, base, entry, lang);
      await all([
        () => fitsThePhone(entry),
        () => readableLabels(entry),
        ...(lang === 'en' ? [() => accessible(phone, entry, 'phone')] : []),
      ]);
    }, phone);
  }
}

await check('search-results-before-filters', async () => {
  await visit(phone, base, PAGES.find((p) => p.kind === 'search'));
  const results = await phone.locator('li.hit').first().boundingBox();
  const filters = await phone.locator('.facets').first().boundingBox();
  expect(results && filters, 'the search page shows no results or no filters for "wage theft"');
  expect(results.y < filters.y, `the filters (at ${Math.round(filters.y)} px) come before the results (at ${Math.round(results.y)} px)`);
}, phone);

await finish((steps) => `All ${steps} steps passed (the pages fetched ${files} files on a desktop, all by versioned, immutable URLs)`);
