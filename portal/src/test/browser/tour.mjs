// A visitor's tour of the portal in a real browser (Debian's Chromium driven by playwright-core).
// Run by BrowserTourIT, which starts the portal jar and passes:
//   PORTAL_URL   http://127.0.0.1:PORT of the running portal
//   SCREENSHOTS  folder for the screenshots
//   XSS_STORY    path of a story published with script payloads (optional)
//   CHROMIUM     the browser executable (default /usr/bin/chromium)
// Exit code 0 when every step passed; 1 with the reasons otherwise.
import { readFileSync } from 'node:fs';
import { journey, expect } from './journey.mjs';

const { base, newPage, check, finish } = await journey();
const page = await newPage({ acceptDownloads: true });

await check('home', async () => {
  const r = await page.goto(base + '/');
  expect(r.ok(), `home answered ${r.status()}`);
  await page.locator('#q').first().waitFor();
  expect(await page.locator('a.dataset-link').count() > 0, 'home lists no dataset links (a.dataset-link)');
});

await check('search', async () => {
  await page.locator('#q').first().fill('wage theft');
  await page.locator('#q').first().press('Enter');
  await page.waitForURL(/\/search\?/);
  const hits = page.locator('li.hit a');
  await hits.first().waitFor();
  expect(await hits.count() > 0, 'the search for "wage theft" showed no results');
});

let datasetUrl;
await check('dataset', async () => {
  await page.goto(base + '/datasets');
  const link = page.locator('a.dataset-link').first();
  await link.waitFor();
  await link.click();
  await page.waitForLoadState('load');
  datasetUrl = page.url();
  expect(/\/id\/dataset\//.test(datasetUrl), `a dataset link led to ${datasetUrl}`);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd), 'the dataset page has no schema.org JSON-LD');
});

await check('download-csv', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a.download[data-format="csv"]').first().click(),
  ]);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  const lines = text.trim().split(/\r?\n/);
  expect(lines.length > 1, `the CSV download has ${lines.length} line(s)`);
  expect(!/^[=+@]/m.test(text), 'a CSV line starts with a formula character');
});

await check('map', async () => {
  const r = await page.goto(base + '/map');
  expect(r.ok(), `/map answered ${r.status()}`);
  await page.locator('#pv-map[data-ready="true"]').waitFor();
  expect(await page.locator('path.pv-d').count() > 500, 'fewer than 500 districts drawn');
  expect(await page.locator('#pv-map-table tbody tr').count() > 0, 'the table beside the map is empty');
});

const WITH_DATA = 'path.pv-d.pv-q0, path.pv-d.pv-q1, path.pv-d.pv-q2, path.pv-d.pv-q3, path.pv-d.pv-q4';

// Switch to other indicators until one colours districts (some are fully suppressed at district level).
await check('map-switch-indicator', async () => {
  const select = page.locator('#pv-dataset');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter((v) => v));
  expect(options.length > 1, `only ${options.length} indicator(s) to choose from`);
  const first = await select.inputValue();
  let coloured = 0;
  for (const other of options.filter((v) => v !== first)) {
    const before = page.url();
    await page.locator('#pv-dataset').selectOption(other);
    const submit = page.locator('#pv-map-form button[type="submit"]');
    if (await submit.count() > 0 && await submit.first().isVisible()) {
      await submit.first().click();
    }
    await page.waitForFunction((old) => location.href !== old, before);
    await page.locator('#pv-map[data-ready="true"]').waitFor();
    expect(page.url().includes(encodeURIComponent(other)) || page.url().includes(other), `the permalink does not name ${other}: ${page.url()}`);
    await page.waitForTimeout(300);
    coloured = await page.locator(WITH_DATA).count();
    if (coloured > 0) break;
  }
  expect(coloured > 0, 'no indicator coloured any district');
});

await check('map-click-district', async () => {
  const district = page.locator(WITH_DATA).first();
  await district.waitFor();
  const lgd = await district.getAttribute('data-lgd');
  await Promise.all([page.waitForURL(/\/id\/district\//), district.click({ force: true })]);
  expect(page.url().endsWith(`/id/district/${lgd}`), `clicking district ${lgd} led to ${page.url()}`);
  await page.locator('h1').first().waitFor();
});

await check('hindi', async () => {
  await page.locator('a[hreflang="hi"]').first().click();
  await page.waitForLoadState('load');
  expect((await page.locator('html').getAttribute('lang')) === 'hi', 'the page is not in Hindi after the switch');
  await page.goto(base + '/');
  expect((await page.locator('html').getAttribute('lang')) === 'hi', 'the Hindi choice was not remembered');
  const text = await page.locator('body').innerText();
  expect(/[\u0900-\u097F]/.test(text), 'no Devanagari text on the Hindi home page');
});

if (process.env.XSS_STORY) {
  await check('story-payloads-inert', async () => {
    const r = await page.goto(base + process.env.XSS_STORY);
    expect(r.ok(), `the story answered ${r.status()}`);
    await page.waitForTimeout(500);
    const pwned = await page.evaluate(() => window.__pwned === true);
    expect(!pwned, 'a script payload in the story ran');
    expect(await page.locator('main script, article script').count() === 0, 'a <script> element survived in the story');
    expect(await page.locator('[onerror], [onload], [onclick]').count() === 0, 'an event-handler attribute survived');
    expect(await page.locator('a[href^="javascript:"]').count() === 0, 'a javascript: link survived');
  });
}

await finish();
