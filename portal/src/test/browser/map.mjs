// The district map in a real browser (Debian's Chromium driven by playwright-core), and the bytes each page costs.
// Run by MapBrowserIT, which starts the portal jar and passes PORTAL_URL, SCREENSHOTS and CHROMIUM as for tour.mjs.
// Checks issue 21's map points (zoom to the data, circles when few districts have data, no data unlike the lowest
// class, years, tooltips that do not squeeze, tap-then-open on touch, CSV/SVG/PNG of the view) and issue 23's byte
// budgets, measured as Chromium's transferred bytes (headers and bodies, every request) with an empty cache.
// Prints one "weight" line per page for docs/performance.md.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.PORTAL_URL;
const shots = process.env.SCREENSHOTS || 'screenshots';
if (!base) {
  console.error('PORTAL_URL is not set: give the URL of a running portal, e.g. PORTAL_URL=http://127.0.0.1:8080');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
/** Issue 23's targets, in bytes transferred. */
const BUDGET = { home: 200_000, map: 200_000, change: 15_000 };

const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

let page = null;
let step = 0;
async function check(name, fn) {
  step++;
  const label = `map-${String(step).padStart(2, '0')}-${name}`;
  try {
    await fn();
    console.log(`ok   ${label}`);
  } catch (e) {
    problems.push(`step ${label} failed: ${e.message.split('\n')[0]}`);
    console.log(`FAIL ${label}: ${e.message.split('\n')[0]}`);
  }
  if (page) await page.screenshot({ path: join(shots, `${label}.png`), fullPage: false }).catch(() => {});
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A fresh context (empty cache) whose page counts the bytes it transfers, as Chromium's network panel does. */
async function open(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...options });
  const p = await context.newPage();
  p.setDefaultTimeout(20000);
  p.on('console', (m) => { if (m.type() === 'error') problems.push(`console error on ${p.url()}: ${m.text()}`); });
  p.on('pageerror', (e) => problems.push(`uncaught script error on ${p.url()}: ${e.message}`));
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const meter = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => { meter.bytes += e.encodedDataLength; meter.requests++; });
  return { context, page: p, meter };
}

async function mapReady(frame) {
  await frame.locator('#pv-map[data-ready="true"]').waitFor();
}

async function settle(p) {
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(300);
}

const weights = {};

await check('weight-home', async () => {
  const s = await open();
  page = s.page;
  await page.goto(base + '/');
  await page.locator('iframe.home-map').scrollIntoViewIfNeeded();
  await mapReady(page.frameLocator('iframe.home-map'));
  await settle(page);
  weights.home = { ...s.meter };
  expect(s.meter.bytes <= BUDGET.home, `home transferred ${s.meter.bytes} bytes, budget ${BUDGET.home}`);
});

let mapSession = null;
await check('weight-map', async () => {
  mapSession = await open();
  page = mapSession.page;
  await page.goto(base + '/map');
  await mapReady(page);
  await settle(page);
  weights.map = { ...mapSession.meter };
  expect(mapSession.meter.bytes <= BUDGET.map, `/map transferred ${mapSession.meter.bytes} bytes, budget ${BUDGET.map}`);
});

await check('weight-map-change', async () => {
  const options = await page.locator('#pv-period option').evaluateAll((os) => os.map((o) => o.value));
  const current = await page.locator('#pv-period').inputValue();
  const other = options.filter((v) => v !== current && v.includes('-Q')).pop();
  mapSession.meter.bytes = 0;
  mapSession.meter.requests = 0;
  await page.locator('#pv-period').selectOption(other);
  await page.waitForURL((u) => u.search.includes(`period=${other}`));
  await settle(page);
  weights.change = { ...mapSession.meter };
  expect(mapSession.meter.bytes <= BUDGET.change,
    `changing the period transferred ${mapSession.meter.bytes} bytes, budget ${BUDGET.change}`);
});

await check('zooms-to-the-data', async () => {
  await page.goto(base + '/map');
  await mapReady(page);
  await page.waitForFunction(() => Number(document.getElementById('pv-map').dataset.zoom) > 5, null, { timeout: 5000 })
    .catch(() => {});
  const zoom = Number(await page.locator('#pv-map').getAttribute('data-zoom'));
  expect(zoom > 5, `the map stays at zoom ${zoom}, the whole of India, although few districts have data`);
  const box = await page.locator('#pv-map').boundingBox();
  const outside = await page.locator('path.pv-d[data-status="value"], path.pv-d[data-status="suppressed"]').evaluateAll(
    (ps, b) => ps.map((p) => p.getBoundingClientRect())
      .filter((r) => r.left < b.x - 1 || r.right > b.x + b.width + 1 || r.top < b.y - 1 || r.bottom > b.y + b.height + 1).length, box);
  expect(outside === 0, `${outside} districts with data are outside the view`);
});

await check('circles-when-few', async () => {
  const withData = await page.locator('path.pv-d[data-status="value"], path.pv-d[data-status="suppressed"]').count();
  const all = await page.locator('path.pv-d').count();
  expect(withData > 0 && withData < 0.05 * all, `${withData} of ${all} districts have data: not the few-districts case`);
  expect(await page.locator('#pv-symbols-field').isVisible(), 'no switch for circles although few districts have data');
  expect(await page.locator('#pv-symbols').isChecked(), 'circles are not on to start with');
  const circles = await page.locator('path.pv-symbol').count();
  expect(circles === withData, `${circles} circles for ${withData} districts with data`);
  await page.locator('#pv-symbols').uncheck();
  expect(await page.locator('path.pv-symbol').count() === 0, 'circles stay after switching them off');
  await page.locator('#pv-symbols').check();
});

await check('no-data-unlike-lowest-class', async () => {
  const fills = await page.locator('path.pv-d.pv-nodata').first().evaluate((p) => getComputedStyle(p).fill);
  expect(/url\(.*#pv-dots/.test(fills), `no data is filled ${fills}, not a pattern of its own`);
  const q0 = await page.evaluate(() => {
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('class', 'pv-d pv-q0');
    document.querySelector('.leaflet-overlay-pane svg g').append(probe);
    const s = getComputedStyle(probe);
    const out = { fill: s.fill, stroke: s.stroke, width: parseFloat(s.strokeWidth) };
    probe.remove();
    return out;
  });
  expect(!/url/.test(q0.fill) && q0.width >= 1, `the lowest class ${JSON.stringify(q0)} has no outline of its own`);
  const legend = await page.locator('#pv-legend .pv-swatch.pv-nodata').evaluate((s) => getComputedStyle(s).backgroundImage);
  expect(/radial-gradient/.test(legend), `the legend's no-data swatch (${legend}) does not show the dots`);
});

await check('tooltip-fits-its-content', async () => {
  const paths = page.locator('path.pv-d[data-status="value"], path.pv-d[data-status="suppressed"]');
  const boxes = await paths.evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
  const east = boxes.sort((a, b) => b.x - a.x)[0];
  await page.locator('#pv-symbols').uncheck();
  await page.mouse.move(east.x, east.y);
  const tip = page.locator('.leaflet-tooltip.pv-tooltip');
  await tip.waitFor();
  const m = await tip.evaluate((t) => {
    const name = t.querySelector('.pv-tip-name') || t.querySelector('strong');
    const line = parseFloat(getComputedStyle(name).lineHeight) || 18;
    const n = name.getBoundingClientRect();
    const b = t.getBoundingClientRect();
    return { nameHeight: n.height, line, overflow: n.right - b.right };
  });
  expect(m.nameHeight < m.line * 1.5, `the district name wraps onto ${Math.round(m.nameHeight / m.line)} lines`);
  expect(m.overflow <= 0, `the district name sticks out of the tooltip by ${m.overflow} px`);
  await page.mouse.move(5, 5);
  await page.locator('#pv-symbols').check();
});

await check('tooltip-in-hindi', async () => {
  // Branch hindi: on the Hindi map the tooltip names the state (and the district, where the data have it) in Hindi.
  await page.goto(base + '/map?lang=hi');
  await mapReady(page);
  await page.locator('#pv-symbols').uncheck();
  const b = await page.locator('path.pv-d[data-status="value"]').first().boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  const tip = page.locator('.leaflet-tooltip.pv-tooltip');
  await tip.waitFor();
  const state = await tip.locator('.pv-tip-state').innerText();
  expect(/[\u0900-\u097F]/.test(state), `the Hindi tooltip names the state as "${state}"`);
  const period = await tip.locator('.pv-tip-period').innerText();
  expect(/[\u0900-\u097F]/.test(period) || /^[0-9]{4}$/.test(period), `the Hindi tooltip gives the period as "${period}"`);
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: 'detached' });
  // A district without figures is named by the outlines alone (/geo/districts.geojson?level=0&lang=hi).
  await page.locator('path.pv-d[data-status="nodata"]').first().dispatchEvent('mouseover');
  await tip.waitFor();
  const nodataState = await tip.locator('.pv-tip-state').innerText();
  expect(/[\u0900-\u097F]/.test(nodataState), `a district without figures has its state as "${nodataState}"`);
  const nodataName = tip.locator('.pv-tip-name strong');
  expect(await nodataName.getAttribute('lang') === 'en' || /[\u0900-\u097F]/.test(await nodataName.innerText()),
    'a district without a Hindi name is marked lang="en"');
  await page.locator('path.pv-d[data-status="nodata"]').first().dispatchEvent('mouseout');
  await page.mouse.move(5, 5);
  await page.locator('#pv-symbols').check();
  await page.goto(base + '/map?lang=en');
  await mapReady(page);
});

await check('year-period', async () => {
  await page.goto(base + '/map?dataset=' + encodeURIComponent('https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter') + '&period=2024-Q1');
  await mapReady(page);
  await page.locator('#pv-period').selectOption('2024');
  await page.waitForURL((u) => u.search.includes('period=2024') && !u.search.includes('period=2024-Q'));
  await settle(page);
  const table = await page.locator('#pv-map-table').innerText();
  expect(/of 4 quarters/.test(table), 'the table of 2024 does not say how many quarters are withheld');
  const label = await page.locator('#pv-map-subtitle').innerText();
  expect(label.includes('2024') && !label.includes('Q'), `the subtitle reads ${label}`);
});

await check('export-csv', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pv-export-csv').click()]);
  const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
  expect(lines[0].startsWith('lgd_code,district,state,period,value,status'), `CSV header ${lines[0]}`);
  expect(lines.length > 1 && lines.slice(1).every((l) => l.includes(',2024,')), 'CSV rows are not the year shown');
  expect(lines.every((l) => !/(^|,)[=+@-]/.test(l)), 'a CSV cell starts like a formula');
});

await check('export-svg', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pv-export-svg').click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg.startsWith('<svg') && svg.includes('xmlns="http://www.w3.org/2000/svg"'), 'not a stand-alone SVG');
  const paths = (svg.match(/<path /g) || []).length;
  expect(paths > 500, `the SVG has ${paths} paths`);
  expect(svg.includes('id="pv-hatch"') && svg.includes('id="pv-dots"'), 'the SVG lacks the patterns its fills use');
  expect(svg.includes('DataMeet'), 'the SVG lacks the attribution');
});

await check('export-png', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pv-export-png').click()]);
  const png = readFileSync(await download.path());
  expect(png.length > 10_000 && png.subarray(1, 4).toString() === 'PNG', `not a PNG image (${png.length} bytes)`);
});

await check('touch-tap-shows-then-opens', async () => {
  const s = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  page = s.page;
  await page.goto(base + '/map');
  await mapReady(page);
  await page.locator('#pv-symbols').uncheck();
  const target = page.locator('path.pv-d[data-status="value"], path.pv-d[data-status="suppressed"]').first();
  await target.scrollIntoViewIfNeeded();
  const b = await target.boundingBox();
  const before = page.url();
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  await page.locator('.leaflet-tooltip.pv-tooltip').first().waitFor();
  await page.waitForTimeout(500);
  const tips = await page.locator('.leaflet-tooltip.pv-tooltip').count();
  expect(tips === 1, `a tap shows one value, not ${tips}`);
  expect(page.url() === before, `the first tap navigated to ${page.url()}`);
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForURL(/\/id\/district\//);
});

console.log(`weight home ${weights.home?.bytes} bytes in ${weights.home?.requests} requests`);
console.log(`weight map ${weights.map?.bytes} bytes in ${weights.map?.requests} requests`);
console.log(`weight map-change ${weights.change?.bytes} bytes in ${weights.change?.requests} requests`);
await browser.close();
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  problems.forEach((p) => console.log(`- ${p}`));
  process.exit(1);
}
console.log('\nThe map passed in Chromium.');
