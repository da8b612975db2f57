// Every file a page makes the browser fetch (stylesheets, scripts and the modules they import, images, fonts), on every
// kind of page (pages.mjs): under a versioned URL (/assets/VERSION/...) and cached a year as immutable. Run by
// EveryPageIT; AssetsTest checks the same of the HTML without a browser.
import { journey, expect, OWN_STATUS } from './journey.mjs';
import { PAGES, visit } from './pages.mjs';

const FILES = new Set(['stylesheet', 'script', 'image', 'font', 'media', 'manifest']);

const { base, newPage, check, finish } = await journey({ prefix: 'assets-' });
const page = await newPage({ ignoreConsole: OWN_STATUS });
const host = new URL(base).host;
let fetched = [];
page.on('response', (r) => {
  const u = new URL(r.url());
  if (u.host === host && FILES.has(r.request().resourceType())) fetched.push(r);
});

let total = 0;
for (const entry of PAGES) {
  await check(entry.kind, async () => {
    fetched = [];
    await visit(page, base, entry);
    await page.waitForLoadState('networkidle');
    const wrong = [];
    for (const r of fetched) {
      const path = new URL(r.url()).pathname;
      const cache = (await r.allHeaders())['cache-control'] || '';
      if (!/^\/assets\/[0-9a-f]{12}\//.test(path)) wrong.push(`${path} is not versioned`);
      else if (!(cache.includes('immutable') && cache.includes('max-age=31536000'))) wrong.push(`${path} is cached "${cache}"`);
    }
    total += fetched.length;
    expect(wrong.length === 0, `${entry.path}: ${wrong.join('; ')}`);
  });
}

await finish((steps) => `All ${steps} pages fetched their ${total} files by versioned, immutable URLs`);
