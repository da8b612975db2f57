// What the scripts add to a Hindi page names English-only names as English: the suggestions search.js and explore.js
// put in a datalist (lang="en" on each option whose name is in Latin letters only) and the map's polygons, named by
// hidden text with the name in a span of its own (aria-labelledby), not by an aria-label sentence that cannot mark a
// part. The demo's Kerala districts (the helpline's Gulf calls) have no Hindi names. Run by ScriptLanguagesIT;
// HindiLabelsTest checks the same of the HTML the server writes.
import { journey, expect } from './journey.mjs';

const DEVANAGARI = /\p{Script=Devanagari}/u;
const LATIN = /\p{Script=Latin}/u;
const GULF = 'migrant-helpline/gulf-calls-by-origin-district-month';

const { base, newPage, check, finish } = await journey({ prefix: 'languages-' });
const page = await newPage();

/** Options marked wrongly: Latin-only names without lang="en", or Hindi names with it. */
function misMarked(options) {
  return options.filter((o) => (LATIN.test(o.value) && !DEVANAGARI.test(o.value)) !== (o.lang === 'en'))
    .map((o) => `"${o.value}" lang="${o.lang}"`);
}

/** The options of `list` once the script has replaced those the server wrote (each tagged before typing). */
async function suggested(list) {
  await page.waitForFunction((l) => {
    const options = [...document.querySelector(l).options];
    return options.length > 0 && options.every((o) => !o.dataset.server);
  }, list);
  return page.locator(`${list} option`).evaluateAll((os) => os.map((o) => ({ value: o.value, lang: o.lang })));
}

await check('search-suggestions', async () => {
  await page.goto(`${base}/search?lang=hi`);
  const answered = page.waitForResponse((r) => r.url().includes('/api/suggest'));
  await page.locator('#q').pressSequentially('Kann', { delay: 30 });
  await answered;
  const listId = await page.locator('#q').getAttribute('list');
  const options = await suggested(`#${listId}`);
  expect(options.some((o) => o.value === 'Kannur' && o.lang === 'en'), `Kannur is suggested marked lang="en": ${JSON.stringify(options)}`);
  const wrong = misMarked(options);
  expect(wrong.length === 0, `suggestions marked wrongly: ${wrong.join(', ')}`);
});

await check('explorer-area-suggestions', async () => {
  await page.goto(`${base}/explore/${GULF}?lang=hi`);
  await page.locator('#explore-area-list option').evaluateAll((os) => os.forEach((o) => { o.dataset.server = '1'; }));
  const answered = page.waitForResponse((r) => r.url().includes('/api/suggest'));
  await page.locator('#explore-area').pressSequentially('Kann', { delay: 30 });
  await answered;
  const options = await suggested('#explore-area-list');
  expect(options.some((o) => o.value === 'Kannur' && o.lang === 'en'), `Kannur is suggested marked lang="en": ${JSON.stringify(options)}`);
  const wrong = misMarked(options);
  expect(wrong.length === 0, `area suggestions marked wrongly: ${wrong.join(', ')}`);
});

await check('map-polygon-names', async () => {
  const dataset = encodeURIComponent(`https://w3id.org/pravasi/id/dataset/${GULF}`);
  await page.goto(`${base}/map?dataset=${dataset}&lang=hi`);
  await page.locator('#pv-map[data-ready="true"]').waitFor();
  const paths = await page.locator('path.pv-d[data-status="value"], path.pv-d[data-status="suppressed"]').evaluateAll(
    (ps) => ps.map((p) => {
      const label = document.getElementById(p.getAttribute('aria-labelledby'));
      const name = label?.querySelector('span');
      return { ariaLabel: p.getAttribute('aria-label'), text: label?.textContent, name: name?.textContent, lang: name?.lang };
    }));
  expect(paths.length > 0, 'the Gulf calls map has districts with figures');
  const sentences = paths.filter((p) => p.ariaLabel !== null).map((p) => p.ariaLabel);
  expect(sentences.length === 0, `polygons named by an aria-label sentence: ${sentences.slice(0, 3).join('; ')}`);
  const wrong = paths.filter((p) => !p.name || (LATIN.test(p.name) && !DEVANAGARI.test(p.name)) !== (p.lang === 'en'))
    .map((p) => `${p.text} (lang "${p.lang}")`);
  expect(wrong.length === 0, `polygon names marked wrongly: ${wrong.slice(0, 3).join('; ')}`);
  // Chromium computes the name from the hidden text: a screen reader hears "Kannur: …".
  expect(await page.getByRole('link', { name: /^Kannur: / }).count() === 1, 'Kannur\'s polygon is named by its label');
});

await finish((steps) => `All ${steps} steps: the scripts mark English names on Hindi pages`);
