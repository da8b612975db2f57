// The SPARQL page in a real browser (Debian's Chromium driven by playwright-core): YASQE with syntax highlighting, an
// example opened and loaded on click, the query run against the portal's own /sparql and shown as a YASR table, "Run
// (CSV)" downloading a file, the examples in Hindi, and the form without scripts. Run by SparqlEditorIT, which starts
// the portal jar and passes PORTAL_URL, SCREENSHOTS and CHROMIUM as for tour.mjs.
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

const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
  });
});
const page = await context.newPage();
page.setDefaultTimeout(15000);
page.setDefaultNavigationTimeout(30000);
const portalHost = new URL(base).host;
context.on('request', (r) => {
  const u = new URL(r.url());
  if ((u.protocol === 'http:' || u.protocol === 'https:') && u.host !== portalHost) {
    problems.push(`request to an outside host: ${r.url()}`);
  }
});
page.on('console', (m) => {
  if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`uncaught script error on ${page.url()}: ${e.message}`));
page.on('response', (r) => {
  if (r.status() >= 400) problems.push(`${r.status()} from ${r.url()}`);
});

let step = 0;
async function check(name, fn) {
  step++;
  const label = `sparql-${String(step).padStart(2, '0')}-${name}`;
  try {
    await fn();
    console.log(`ok   ${label}`);
  } catch (e) {
    problems.push(`step ${label} failed: ${e.message.split('\n')[0]}`);
    console.log(`FAIL ${label}: ${e.message.split('\n')[0]}`);
  }
  await page.screenshot({ path: join(shots, `${label}.png`), fullPage: false }).catch(() => {});
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const EXAMPLE = '#example-11-datasets-by-organisation';

await check('editor-with-highlighting', async () => {
  await page.goto(base + '/sparql');
  await page.locator('#sparql-editor .CodeMirror').waitFor({ state: 'visible' });
  expect(await page.locator('#sparql-editor .cm-keyword').count() > 0, 'YASQE highlights SPARQL keywords');
  expect(!(await page.locator('#sparql-query').isVisible()), 'the plain text area gives way to the editor');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height < 3000, `the page is short with the examples collapsed: ${height} px`);
  expect(!(await page.locator(`${EXAMPLE} pre.query`).isVisible()), 'examples start collapsed');
});

await check('load-example-on-click', async () => {
  await page.locator(`${EXAMPLE} summary`).click();
  await page.locator(`${EXAMPLE} a.load-example`).click();
  expect(page.url().endsWith('/sparql'), `loading an example does not leave the page: ${page.url()}`);
  const text = await page.locator('#sparql-editor .CodeMirror').evaluate((el) => el.CodeMirror.getValue());
  expect(text.includes('dcat:Dataset') || text.includes('dcat#Dataset'), `the example is in the editor: ${text}`);
});

await check('prefixes-from-this-portal', async () => {
  const served = await (await page.request.get(base + '/sparql/prefixes.json')).json();
  expect(served.pv === 'https://w3id.org/pravasi/def#', `the editor's prefixes are the portal's: ${JSON.stringify(served)}`);
});

await check('insert-prefixes', async () => {
  await page.locator('#sparql-insert-prefixes').click();
  const text = await page.locator('#sparql-editor .CodeMirror').evaluate((el) => el.CodeMirror.getValue());
  expect(text.includes('PREFIX qb:'), 'the portal\'s prefixes are added to the query');
});

await check('run-shows-a-table', async () => {
  await page.getByRole('button', { name: 'Run query' }).click();
  const rows = page.locator('#sparql-results .yasr table tbody tr');
  await rows.first().waitFor({ state: 'visible' });
  const n = await rows.count();
  expect(n >= 5, `YASR shows the datasets as table rows: ${n}`);
  const header = await page.locator('#sparql-results .yasr table thead').innerText();
  expect(header.includes('dataset') || header.includes('title'), `the table has the query's variables: ${header}`);
});

await check('run-csv-downloads-a-file', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#sparql-run-csv').click(),
  ]);
  expect(download.suggestedFilename() === 'query-results.csv', `file name: ${download.suggestedFilename()}`);
  const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
  expect(lines.length >= 6, `a header and the rows: ${lines.length} lines`);
});

await check('hindi-example-descriptions', async () => {
  await page.goto(base + '/sparql?lang=hi');
  await page.locator(`${EXAMPLE} summary`).click();
  const description = await page.locator(`${EXAMPLE} p`).first().innerText();
  expect(/[\u0900-\u097F]/.test(description), `the description is in Hindi: ${description}`);
});

await browser.close();

// Without scripts the form still submits to the endpoint.
const noJs = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const plain = await (await noJs.newContext({ javaScriptEnabled: false })).newPage();
  await plain.goto(base + '/sparql');
  const visible = await plain.locator('#sparql-query').isVisible();
  if (!visible) problems.push('without scripts the text area is not shown');
  await plain.locator('#sparql-format').selectOption('json');
  const [response] = await Promise.all([
    plain.waitForResponse((r) => r.url().includes('/sparql?')),
    plain.locator('form#sparql-form button[type=submit]').click(),
  ]);
  const type = response.headers()['content-type'] || '';
  if (response.status() !== 200 || !type.startsWith('application/sparql-results+json')) {
    problems.push(`without scripts the form gets ${response.status()} ${type}`);
  } else {
    console.log('ok   sparql-no-script-form');
  }
} finally {
  await noJs.close();
}

if (problems.length) {
  console.log('\nProblems:\n' + problems.map((p) => ' - ' + p).join('\n'));
  process.exit(1);
}
console.log('\nThe SPARQL page works in Chromium.');
