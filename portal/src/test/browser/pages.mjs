// Every kind of page the portal serves, once each, for the checks that hold on all of them (every-page.mjs: fits a
// phone, no accessibility violation, versioned, long-cached assets). A new kind of page gets one line
// here and is checked by all of them, and by AssetsTest (Java), which reads the paths: keep them plain '...' literals.
// `ready` names an element that exists once the page's scripts have drawn it; `status` an expected error status.
import { expect } from './journey.mjs';

export const PAGES = [
  { kind: 'home', path: '/' },
  { kind: 'search', path: '/search?q=wage+theft' },
  { kind: 'search-hindi', path: '/search?q=%E0%A4%AE%E0%A4%9C%E0%A4%A6%E0%A5%82%E0%A4%B0%E0%A5%80' },
  { kind: 'catalogue', path: '/datasets' },
  { kind: 'organisations', path: '/organisations' },
  { kind: 'stories', path: '/stories' },
  { kind: 'dataset', path: '/id/dataset/mrc-alliance/violations-by-district-quarter' },
  // A mid-sized table (192 observations): the template is the same for every version, and the largest demo table's
  // page (384 observations, 27,000 elements) took 5 to 6 s a load.
  { kind: 'version', path: '/id/dataset/four-state-network/family-services-by-district-quarter/v1' },
  { kind: 'explorer', path: '/explore/mrc-alliance/violations-by-district-quarter?area=Katihar&period=2024' },
  { kind: 'explorer-map', path: '/explore/mrc-alliance/violations-by-district-quarter?area=Katihar&violationType=wage-theft&period=2024-Q1&view=map' },
  { kind: 'map', path: '/map', ready: '#pv-map[data-ready="true"]' },
  { kind: 'embedded-map', path: '/embed/map', ready: '#pv-map[data-ready="true"]' },
  { kind: 'district', path: '/id/district/201' },
  { kind: 'organisation', path: '/id/org/mrc-alliance' },
  { kind: 'story', path: '/id/story/mrc-alliance/brick-kiln-rescue-district-task-force' },
  { kind: 'concept', path: '/code/violation-type/wage-theft' },
  { kind: 'vocabulary', path: '/def' },
  { kind: 'sparql', path: '/sparql', ready: '#sparql-form.has-editor' },
  { kind: 'about', path: '/about' },
  { kind: 'api-docs', path: '/api-docs', ready: '.swagger-ui .info' },
  { kind: 'peers', path: '/peers' },
  { kind: 'workspace-sign-in', path: '/publish' },
  { kind: 'publish-guide', path: '/publish/guide' },
  { kind: 'not-found', path: '/no-such-page', status: 404 },
];

/** Opens `entry` in `page` in `lang` and waits until its scripts have drawn it. */
export async function visit(page, base, entry, lang = 'en') {
  const sep = entry.path.includes('?') ? '&' : '?';
  const r = await page.goto(`${base}${entry.path}${sep}lang=${lang}`);
  expect(r.status() === (entry.status ?? 200), `${entry.path} answered ${r.status()}`);
  await page.waitForLoadState('load');
  if (entry.ready) await page.locator(entry.ready).first().waitFor();
}

/**
 * Waits until every iframe of `page` has loaded (a lazy one once scrolled to) and, when it shows one of the PAGES,
 * until that page's scripts have drawn it (the home page's /embed/map).
 */
export async function framesReady(page, base) {
  for (const iframe of await page.locator('iframe').elementHandles()) {
    await iframe.scrollIntoViewIfNeeded();
    const frame = await iframe.contentFrame();
    expect(frame !== null, `an iframe of ${page.url()} shows no document`);
    const src = await iframe.getAttribute('src');
    // A lazy iframe shows about:blank until it starts loading its src.
    if (src) await frame.waitForURL((u) => u.pathname === new URL(src, page.url()).pathname);
    await frame.waitForLoadState('load');
    const url = new URL(frame.url());
    const shown = url.origin === base ? PAGES.find((p) => p.path.split('?')[0] === url.pathname) : undefined;
    if (shown?.ready) await frame.locator(shown.ready).first().waitFor();
  }
}
