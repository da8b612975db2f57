// The SPARQL page in a real browser (Debian's Chromium driven by playwright-core): YASQE with syntax highlighting, an
// example opened and loaded on click, the query run against the portal's own /sparql and shown as a YASR table, "Run
// (CSV)" downloading a file, the examples in Hindi, and the form without scripts. Run by SparqlEditorIT, which starts
// the portal jar and passes PORTAL_URL, SCREENSHOTS and CHROMIUM as for tour.mjs.
import { readFileSync } from 'node:fs';
import { journey, expect } from './journey.mjs';

const { base, browser, problems, newPage, check, finish } = await journey({ prefix: 'sparql-' });
const page = await newPage({ acceptDownloads: true });
// A script or style the page's content security policy blocks is a problem too.
await page.context().addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
  });
});
// Every answer this page gets must succeed: no missing asset or refused request (the journey counts only 5xx).
page.on('response', (r) => {
  if (r.status() >= 400 && r.status() < 500) problems.push(`${r.status()} from ${r.url()}`);
});

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

// Without scripts the form still submits to the endpoint.
const plainContext = await browser.newContext({ javaScriptEnabled: false });
try {
  const plain = await plainContext.newPage();
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
  await plainContext.close();
}

await finish(() => 'The SPARQL page works in Chromium.');
