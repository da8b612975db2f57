// The journalist's journey in a real browser (Debian's Chromium driven by playwright-core): "how many wage-theft cases
// were recorded in Katihar in 2024, and who says so?". Run by ExplorerJourneyIT, which starts the portal jar and passes
// PORTAL_URL, SCREENSHOTS and CHROMIUM as for tour.mjs. From the home page to the figure in at most three interactions
// (open the explorer; choose the type with the area typed; choose 2024), then the figure and its suppression status,
// the citation (copied with the button), the CSV download, an independent SPARQL query, and the same in Hindi.
import { readFileSync } from 'node:fs';
import { journey, expect } from './journey.mjs';

const DATASET = '/id/dataset/mrc-alliance/violations-by-district-quarter';
const { base, shots, newPage, check, finish } = await journey({ prefix: 'explore-' });
const page = await newPage({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });

let interactions = 0;
let row;
await check('home-to-figure', async () => {
  await page.goto(base + '/');
  const fromFigure = page.locator(`li.figure:has(a.dataset-link[href="${DATASET}"]) a.explore-link`);
  if (await fromFigure.count() > 0) {
    await fromFigure.first().click();
  } else {
    await page.locator(`a.dataset-link[href="${DATASET}"]`).first().click();
    await page.waitForLoadState('load');
    await page.locator('a.explore-link').first().click();
    interactions++;
  }
  interactions++;
  await page.waitForURL(/\/explore\/mrc-alliance\/violations-by-district-quarter/);
  await page.locator('#explore-area').fill('Katihar');
  await Promise.all([page.waitForURL(/violationType=wage-theft/), page.selectOption('#explore-violationType', 'wage-theft')]);
  interactions++;
  await Promise.all([page.waitForURL(/period=2024(&|$)/), page.selectOption('#explore-period', '2024')]);
  interactions++;
  expect(interactions <= 3, `${interactions} interactions from the home page`);
  row = page.locator('#explore-results tbody tr');
  expect(await row.count() === 1, `${await row.count()} rows for Katihar, wage theft, 2024`);
});

let withheldParts = -1;
await check('figure-and-status', async () => {
  const text = await row.first().innerText();
  const status = await row.first().getAttribute('data-status');
  expect(/Katihar/.test(text) && /Wage theft/.test(text) && /2024/.test(text), `the row is ${text}`);
  if (status === 'withheld') {
    const m = /(\d) of 4 quarters withheld to protect privacy/.exec(text);
    expect(m, `a withheld year says why: ${text}`);
    withheldParts = Number(m[1]);
    expect(await row.first().locator('a[href="/about#privacy"]').count() === 1, 'no link to the privacy explanation');
  } else {
    expect(status === 'value', `status ${status}`);
    withheldParts = 0;
  }
  expect(/CC BY 4\.0/.test(text), 'the licence is not next to the figure');
});

await check('citation', async () => {
  const cite = await page.locator('#cite-text').inputValue();
  expect(/Corridor Alliance of Migrant Rights Centres/.test(cite), `publisher missing: ${cite}`);
  expect(/version 1/.test(cite) && /Licence: CC BY 4\.0/.test(cite), `version or licence missing: ${cite}`);
  expect(cite.includes('area=Katihar') && cite.includes('period=2024'), `permalink of the selection missing: ${cite}`);
  await page.locator('button.cite-copy').first().click();
  await page.locator('.cite-status').first().filter({ hasText: /./ }).waitFor();
  const status = await page.locator('.cite-status').first().innerText();
  expect(/copied|Ctrl\+C/.test(status), `the copy button said ${status}`);
});

await check('download-csv', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a.download[data-format="csv"]').first().click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
  expect(lines.length === 2, `the CSV has ${lines.length} lines`);
  expect(lines[1].startsWith('201,Katihar,2024,2024,wage-theft,'), `the CSV row is ${lines[1]}`);
  expect(withheldParts === 0 ? /,value,/.test(lines[1]) : /,,withheld,/.test(lines[1]), `the CSV row is ${lines[1]}`);
});

await check('independent-sparql', async () => {
  const query = `PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
SELECT (COUNT(?obs) AS ?n) (COUNT(?status) AS ?withheld) WHERE {
  ?obs qb:dataSet ?v ; sdmx-dimension:refArea <https://w3id.org/pravasi/id/district/201> ;
       sdmx-dimension:refPeriod ?p ;
       <https://w3id.org/pravasi/def#violationType> <https://w3id.org/pravasi/code/violation-type/wage-theft> .
  OPTIONAL { ?obs sdmx-attribute:obsStatus ?status FILTER(?status = <https://w3id.org/pravasi/code/obs-status/confidential>) }
  FILTER(STRSTARTS(STR(?p), "https://w3id.org/pravasi/id/period/2024-Q"))
  FILTER(STRSTARTS(STR(?v), "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter/"))
}`;
  const r = await page.request.get(base + '/sparql?query=' + encodeURIComponent(query),
    { headers: { Accept: 'application/sparql-results+json' } });
  expect(r.ok(), `SPARQL answered ${r.status()}`);
  const b = (await r.json()).results.bindings[0];
  expect(Number(b.n.value) === 4, `SPARQL found ${b.n.value} quarters`);
  expect(Number(b.withheld.value) === withheldParts,
    `SPARQL counts ${b.withheld.value} withheld quarters, the explorer ${withheldParts}`);
});

await check('hindi', async () => {
  await page.locator('a[hreflang="hi"]').first().click();
  await page.waitForLoadState('load');
  expect((await page.locator('html').getAttribute('lang')) === 'hi', 'the page is not in Hindi');
  const text = await page.locator('#explore-results tbody tr').first().innerText();
  expect(withheldParts === 0 || /4 में से/.test(text), `the Hindi reason is ${text}`);
  expect(/संस्करण 1/.test(await page.locator('#cite-text').inputValue()), 'the Hindi citation');
});

await finish((steps) => `All ${steps} steps passed in ${interactions} interactions from the home page; screenshots in ${shots}`);
