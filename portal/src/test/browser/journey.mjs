// The shared set-up of every browser journey (Debian's Chromium driven by playwright-core), so that each script keeps
// only its steps. A Java IT (BrowserJourney) starts the portal jar and passes:
//   PORTAL_URL   http://127.0.0.1:PORT of the running portal
//   SCREENSHOTS  folder for the screenshots (default ./screenshots)
//   CHROMIUM     the browser executable (default /usr/bin/chromium)
// plus whatever a script names in `needs`. Every page opened through the journey is watched: a request to another
// host, a console error, an uncaught script error, a dialog or a 5xx answer is a problem. `finish()` prints the
// problems and exits 1 when there are any, 0 otherwise.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's flags: no sandbox (CI containers), nothing that calls home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The desktop viewport of every journey unless a page asks for another. */
export const DESKTOP = { width: 1280, height: 900 };
/** A common phone's viewport (iPhone 12 to 15): the narrowest width every page must fit. */
export const MOBILE = { width: 390, height: 844 };

/** Tolerates the browser's log of the page's own error status (a 404 page), which the script checks itself. */
export const OWN_STATUS = (m, page) => /status of [45]\d\d/.test(m.text()) && m.location().url === page.url();

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Starts a journey: reads the environment (exits 2 naming what is missing), launches Chromium and returns the helpers.
 *
 * @param {object} o
 * @param {string} [o.prefix]     prefix of the step labels and screenshot names ('explore-' gives explore-01-home.png)
 * @param {string[]} [o.needs]    further environment variables the script requires
 * @param {string} [o.usage]      what to say when one is missing
 * @param {boolean} [o.fullPage]  whole-page screenshots (default: the viewport)
 * @param {string} [o.screenshots] 'every' step (default) or only the 'failed' ones, for a script whose pages other
 *                                 scripts already screenshot
 */
export async function journey({ prefix = '', needs = [], usage, fullPage = false, screenshots = 'every' } = {}) {
  expect(['every', 'failed'].includes(screenshots), `screenshots is 'every' or 'failed', not '${screenshots}'`);
  const base = process.env.PORTAL_URL;
  const missing = ['PORTAL_URL', ...needs].filter((n) => !process.env[n]);
  if (missing.length > 0) {
    console.error(usage || `Set ${missing.join(', ')}: PORTAL_URL is the URL of a running portal, e.g. PORTAL_URL=http://127.0.0.1:8080`);
    process.exit(2);
  }
  const shots = process.env.SCREENSHOTS || 'screenshots';
  mkdirSync(shots, { recursive: true });
  const portalHost = new URL(base).host;
  const problems = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  let firstPage;
  let step = 0;

  /**
   * A new browser context (own cookies) and its page, watched for problems.
   *
   * @param {object} [o]
   * @param {string} [o.who]            names the person in problem reports ('admin of A: console error ...')
   * @param {object} [o.viewport]       DESKTOP unless given
   * @param {boolean} [o.acceptDownloads]
   * @param {string[]} [o.permissions]  granted on the portal's origin (e.g. clipboard-read)
   * @param {RegExp|function} [o.ignoreConsole]  console errors to tolerate: their text matches, or (message, page)
   *                                   answers true (e.g. the browser's own log of an expected 403)
   */
  async function newPage({ who, viewport = DESKTOP, acceptDownloads = false, permissions = [], ignoreConsole } = {}) {
    const say = (text) => problems.push(who ? `${who}: ${text}` : text);
    const context = await browser.newContext({ acceptDownloads, viewport });
    if (permissions.length > 0) await context.grantPermissions(permissions, { origin: base });
    // Every request must stay on the portal: no tile servers, CDNs, fonts or trackers.
    context.on('request', (r) => {
      const u = new URL(r.url());
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.host !== portalHost) {
        say(`request to an outside host: ${r.url()}`);
      }
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    page.setDefaultNavigationTimeout(30000);
    page.on('console', (m) => {
      const ignored = typeof ignoreConsole === 'function' ? ignoreConsole(m, page) : ignoreConsole?.test(m.text());
      if (m.type() === 'error' && !ignored) {
        say(`console error on ${page.url()}: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => say(`uncaught script error on ${page.url()}: ${e.message}`));
    page.on('dialog', async (d) => {
      say(`a script opened a ${d.type()} dialog on ${page.url()}: ${d.message()}`);
      await d.dismiss();
    });
    page.on('response', (r) => {
      if (r.status() >= 500) say(`${r.status()} from ${r.url()}`);
    });
    firstPage ??= page;
    return page;
  }

  /**
   * Runs one step: its failure is a problem, not the end of the journey; a screenshot of `page` follows (of a failed
   * step only, with `screenshots: 'failed'`).
   */
  async function check(name, fn, page = firstPage) {
    step++;
    const label = `${prefix}${String(step).padStart(2, '0')}-${name}`;
    let failed = false;
    const started = Date.now();
    try {
      await fn();
      console.log(`ok   ${label} (${Date.now() - started} ms)`);
    } catch (e) {
      failed = true;
      problems.push(`step ${label} failed: ${e.message.split('\n')[0]}`);
      console.log(`FAIL ${label}: ${e.message.split('\n')[0]}`);
    }
    if (page && (failed || screenshots === 'every')) {
      await page.screenshot({ path: join(shots, `${label}.png`), fullPage }).catch(() => {});
    }
  }

  /** Closes the browser, reports, and exits: 1 with the problems, 0 with `summary(steps)`. */
  async function finish(
    summary = (n) => `All ${n} steps passed; ${screenshots === 'every' ? 'screenshots' : 'no screenshot'} in ${shots}`,
  ) {
    await browser.close();
    if (problems.length > 0) {
      console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`\n${summary(step)}`);
    process.exit(0);
  }

  return { base, shots, browser, problems, newPage, check, expect, finish };
}
