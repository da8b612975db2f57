// A programme officer publishes a messy workbook from the browser (Debian's Chromium driven by playwright-core):
// signs in with the keyboard, uploads, chooses the sheet, resolves the names nothing guessed, describes the dataset,
// corrects the phone number the preview quotes, checks the withheld cells and the preview's map (withheld districts
// hatched, never their counts), publishes, and finds the dataset on the map with its financial year and in search. Run by PublishJourneyIT, which starts the portal jar, creates the admin and writes the workbook:
//   PORTAL_URL  http://127.0.0.1:PORT of the running portal;  ORG the organisation; ADMIN, PASSWORD its admin
//   WORKBOOK    the .xlsx to upload;  SCREENSHOTS folder for screenshots;  CHROMIUM the browser executable
// Exit code 0 when every step passed; 1 with the reasons otherwise.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const base = process.env.PORTAL_URL;
const { ORG, ADMIN, PASSWORD, WORKBOOK } = process.env;
const shots = process.env.SCREENSHOTS || 'screenshots';
if (!base || !ORG || !ADMIN || !PASSWORD || !WORKBOOK) {
  console.error('Set PORTAL_URL, ORG, ADMIN, PASSWORD and WORKBOOK (see the comment at the top).');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// Evaluated through the browser's debugging protocol: the pages' Content-Security-Policy rightly refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const portalHost = new URL(base).host;
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
context.on('request', (r) => {
  const u = new URL(r.url());
  if ((u.protocol === 'http:' || u.protocol === 'https:') && u.host !== portalHost) {
    problems.push(`request to an outside host: ${r.url()}`);
  }
});
const page = await context.newPage();
page.setDefaultTimeout(30000);
page.on('console', (m) => {
  if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
page.on('response', (r) => {
  if (r.status() >= 500) problems.push(`${r.status()} from ${r.url()}`);
});

let step = 0;
let failed = false;
async function check(name, fn) {
  step++;
  const label = `pub-${String(step).padStart(2, '0')}-${name}`;
  if (failed) {
    console.log(`skip ${label}`);
    return;
  }
  try {
    await fn();
    console.log(`ok   ${label}`);
  } catch (e) {
    failed = true;
    problems.push(`step ${label} failed: ${e.message.split('\n')[0]}`);
    console.log(`FAIL ${label}: ${e.message.split('\n')[0]}`);
  }
  await page.screenshot({ path: join(shots, `${label}.png`), fullPage: true }).catch(() => {});
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const drafts = `${base}/publish/org/${ORG}/drafts`;
let draft;
const title = 'Wage cases by district, financial years 2023-24 and 2024-25';

await check('sign-in-with-the-keyboard', async () => {
  await page.goto(base + '/publish');
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement.id === 'email')); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement.id === 'email'), 'Tab never reaches the email field');
  await page.keyboard.type(ADMIN);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await Promise.all([page.waitForURL(base + '/publish'), page.keyboard.press('Enter')]);
  await page.locator('#sign-out').waitFor();
});

await check('from-the-publishing-page-to-the-upload', async () => {
  await page.goto(`${base}/publish/org/${ORG}/datasets`);
  await Promise.all([page.waitForURL(drafts), page.locator('#publish-from-file').click()]);
  expect(await page.locator('#upload-form input[type=file]').count() === 1, 'no file field');
});

await check('upload-with-progress', async () => {
  await page.locator('#upload-file').setInputFiles(WORKBOOK);
  await page.locator('#upload-form button[type=submit]').focus();
  await Promise.all([
    page.waitForURL(/\/drafts\/[0-9a-f]{20}$/, { timeout: 60000 }),
    page.keyboard.press('Enter'),
  ]);
  draft = page.url();
});

await check('choose-the-sheet', async () => {
  // The first sheet is notes: no table there; the officer picks "Cases".
  expect(await page.locator('#refusal').count() === 1, 'the notes sheet was read as a table');
  await page.locator('#sheet').selectOption('Cases');
  await Promise.all([page.waitForURL(draft, { timeout: 60000 }), page.locator('#sheet-form button').click()]);
  expect((await page.locator('#sheet-read').textContent()) === 'Cases', 'the sheet Cases was not read');
  expect((await page.locator('#header-row').textContent()) === '3', 'the header row is not row 3 (title skipped)');
});

await check('names-resolved-or-listed-nothing-guessed', async () => {
  const resolved = async (v) => page.locator(`#values tr.ws-resolved[data-value="${v}"]`).textContent();
  expect((await resolved('Gurgaon')).includes('Gurugram'), 'Gurgaon is not read as Gurugram');
  expect((await resolved('कटिहार')).includes('Katihar'), 'कटिहार is not read as Katihar');
  expect((await resolved('पूर्णिया')).includes('Purnia'), 'पूर्णिया is not read as Purnia');
  expect((await resolved('2023-24')).includes('FY2023-24'), '2023-24 is not read as the financial year FY2023-24');
  expect((await resolved('FY 2024-25')).includes('FY2024-25'), 'FY 2024-25 is not read as FY2024-25');
  expect((await resolved('Wage theft')).includes('wage-theft'), 'Wage theft is not read as the code wage-theft');
  expect(await page.locator('#values tr.ws-open[data-value="Aurangabad"]').count() === 1, 'Aurangabad was guessed');
  expect(await page.locator('#values tr.ws-open[data-value="Wages not paid by employer"]').count() === 1,
    'the organisation\'s own words were guessed');
  // Each suggestion is an option of its own; why it is offered stands beside the menu, which it describes.
  const menu = page.locator('#values tr.ws-open[data-value="Aurangabad"] select');
  const why = await menu.getAttribute('aria-describedby');
  expect(why && (await page.locator(`#${why} li`).count()) >= 2, 'the reasons for Aurangabad\'s candidates are not listed');
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`));
  expect(violations.length === 0, `axe on the map step: ${violations.join(' | ')}`);
});

await check('resolve-by-choosing', async () => {
  const aurangabad = page.locator('#values tr.ws-open[data-value="Aurangabad"] select');
  const bihar = await aurangabad.locator('option', { hasText: 'Aurangabad (Bihar)' }).getAttribute('value');
  await aurangabad.focus();
  await aurangabad.selectOption(bihar);
  const words = page.locator('#values tr.ws-open[data-value="Wages not paid by employer"] select');
  const options = await words.locator('option').evaluateAll((os) => os.map((o) => o.value).filter((v) => v));
  expect(options.length > 0, 'no suggestions for "Wages not paid by employer"');
  await words.selectOption(options.includes('wage-theft') ? 'wage-theft' : options[0]);
  await Promise.all([page.waitForURL(draft), page.locator('#save-map').click()]);
  expect(await page.locator('#values tr.ws-resolved[data-value="Aurangabad"]').count() === 1, 'Aurangabad still open');
  expect((await page.locator('#ws-notice').textContent()).length > 0, 'no notice that the choices were saved');
});

await check('describe-in-english-and-hindi', async () => {
  await Promise.all([page.waitForURL(`${draft}/describe`), page.locator('#to-describe').click()]);
  expect(await page.locator('#licence').inputValue() === 'https://creativecommons.org/licenses/by/4.0/', 'CC BY 4.0 is not the default');
  await page.locator('#slug').fill('wage-cases-2024-browser');
  await page.locator('#title_en').fill(title);
  await page.locator('#title_hi').fill('ज़िलेवार मज़दूरी के मामले, वित्त वर्ष 2023-24 और 2024-25');
  await page.locator('#description_en').fill('Wage cases registered by our centres, by district and financial year.');
  await page.locator('#description_hi').fill('हमारे केंद्रों में दर्ज मज़दूरी के मामले, ज़िले और वित्त वर्ष के अनुसार।');
  await page.locator('#source').fill('Illustrative demo data');
  await page.locator('input[name=illustrative]').check();
  await Promise.all([page.waitForURL(`${draft}/preview`), page.locator('#save-description').click()]);
});

await check('phone-number-quoted-with-row-and-column', async () => {
  const row = page.locator('#preview-findings tr.ws-finding', { hasText: 'phone number' });
  expect(await row.count() >= 1, 'the phone number is not reported');
  expect(await row.first().getAttribute('data-row') === '10', 'the phone number is not placed at row 10');
  expect(await row.first().getAttribute('data-column') === 'Type of complaint', 'not in the column it is in');
  expect(!(await row.first().locator('q').textContent()).includes('98765 43210'), 'quoted unmasked');
  expect(await page.locator('#publish-now').count() === 0, 'publishing offered with personal data in the file');
});

await check('correct-the-cell-and-preview-again', async () => {
  const row = page.locator('#preview-findings tr.ws-finding', { hasText: 'phone number' }).first();
  const field = row.locator('form.ws-fix input[name=value]');
  await field.fill('Wage theft');
  await Promise.all([page.waitForURL(`${draft}/preview`), field.press('Enter')]);
  expect(!(await page.content()).includes('phone number'), 'the phone number is still reported');
  await page.locator('#public-table').waitFor();
});

await check('withheld-cells-marked-with-their-reason', async () => {
  const patna = page.locator('#public-table tr[data-row="9"]');
  expect((await patna.textContent()).includes('Patna'), 'row 9 is not Patna');
  expect(await patna.locator('td.ws-withheld[data-reason=primary]').count() === 1, 'the count of 3 is not withheld');
  const katihar = page.locator('#public-table tr[data-row="12"]');
  expect(await katihar.locator('td.ws-withheld[data-reason=primary]').count() === 1, 'the count of 2 is not withheld');
  const reasons = await page.locator('#public-table td.ws-withheld').evaluateAll((c) => c.map((e) => e.dataset.reason));
  console.log(`     withheld: ${reasons.join(', ')}`);
});

await check('preview-map-hatches-withheld-districts', async () => {
  // The first measure for the latest financial year, by district; Patna's 3 is withheld: hatched, with no count.
  await page.locator('#preview-map[data-ready=true]').waitFor();
  expect(/2024.25/.test(await page.locator('#preview-map-heading').textContent()), 'the map is not of FY 2024-25');
  const patna = page.locator('#preview-map-table tr', { hasText: 'Patna' });
  expect(await patna.getAttribute('data-status') === 'suppressed', 'Patna is not withheld on the map');
  expect(!(await patna.textContent()).includes('3'), 'the map table shows Patna\'s count');
  const lgd = await patna.getAttribute('data-lgd');
  const drawn = page.locator(`#preview-map path[data-lgd="${lgd}"]`);
  expect(await drawn.count() >= 1, 'Patna is not drawn');
  const classes = await drawn.evaluateAll((ps) => ps.map((p) => p.getAttribute('class')).join(' '));
  expect(classes.includes('pv-suppressed'), `Patna is not hatched: ${classes}`);
  // Kanpur Nagar's 45 of FY 2024-25 is public; Purnia's 40 protects another cell, so it is withheld on the map too.
  const kanpur = page.locator('#preview-map-table tr', { hasText: 'Kanpur Nagar' });
  expect(await kanpur.getAttribute('data-status') === 'value', 'Kanpur Nagar has no figure on the map');
  expect((await kanpur.textContent()).includes('45'), 'Kanpur Nagar\'s 45 of FY 2024-25 is not on the map');
  const withheld = await page.locator('#public-table tr', { hasText: 'FY 2024' }).evaluateAll((rows) => rows
    .filter((r) => r.querySelector('td.ws-withheld')).map((r) => r.cells[1].textContent.split(' (')[0]));
  for (const name of withheld) {
    const row = page.locator('#preview-map-table tr', { hasText: name });
    expect(await row.getAttribute('data-status') === 'suppressed', `${name} is withheld in the table, not on the map`);
  }
  // A polygon is named by hidden text (aria-labelledby), so that an English name in it can be marked lang="en".
  const label = await page.locator(`#preview-map path[data-lgd="${lgd}"][aria-labelledby]`).first().evaluate(
    (p) => document.getElementById(p.getAttribute('aria-labelledby'))?.textContent);
  expect(label && !/\b3\b/.test(label), `the map reads out a count for Patna: ${label}`);
});

await check('preview-with-map-keyboard-and-axe-clean', async () => {
  // The districts with figures are Tab stops of the map; axe finds nothing on the preview with its map drawn.
  expect(await page.locator('#preview-map path[tabindex="0"]').count() >= 1, 'no district of the map takes the focus');
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`));
  expect(violations.length === 0, `axe on the preview: ${violations.join(' | ')}`);
});

await check('preview-in-hindi', async () => {
  await page.goto(`${draft}/preview?lang=hi`);
  expect((await page.locator('h1').textContent()).includes('पूर्वावलोकन'), 'the preview is not in Hindi');
  await page.goto(`${draft}/preview?lang=en`);
});

let datasetPage;
let mapLink;
await check('publish-with-one-button', async () => {
  await page.locator('#publish-now').focus();
  await Promise.all([page.waitForURL(`${draft}/publish`), page.keyboard.press('Enter')]);
  await page.locator('#published').waitFor();
  datasetPage = await page.locator('#dataset-page').getAttribute('href');
  mapLink = await page.locator('#dataset-map').getAttribute('href');
  expect(datasetPage === `/id/dataset/${ORG}/wage-cases-2024-browser`, `dataset link ${datasetPage}`);
});

await check('dataset-page', async () => {
  const r = await page.goto(base + datasetPage);
  expect(r.status() === 200, `the dataset page answered ${r.status()}`);
  expect((await page.locator('h1').textContent()).includes(title), 'the dataset page has another title');
});

await check('found-on-the-map', async () => {
  const r = await page.goto(base + mapLink);
  expect(r.status() === 200, `the map answered ${r.status()}`);
  const dataset = new URL(base + mapLink).searchParams.get('dataset');
  const selected = await page.locator('option').evaluateAll(
    (os, d) => os.some((o) => o.value === d && o.selected), dataset);
  expect(selected, `the map does not show ${dataset}`);
  const period = await page.locator('#pv-map-subtitle').textContent();
  expect(/FY 202[34].2[45]/.test(period), `the map is not of a financial year: ${period}`);
});

await check('found-in-search', async () => {
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.goto(`${base}/search?q=${encodeURIComponent('wage cases financial years')}`);
    found = (await page.locator(`a[href$="/id/dataset/${ORG}/wage-cases-2024-browser"]`).count()) > 0;
    if (!found) await page.waitForTimeout(500);
  }
  expect(found, 'search does not find the new dataset');
});

await browser.close();
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nAll ${step} journey steps passed; screenshots in ${shots}`);
