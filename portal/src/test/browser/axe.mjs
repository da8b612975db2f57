// axe-core (pinned in package.json) on every kind of page (pages.mjs), on a desktop and on a phone: any violation of
// its rules (WCAG 2.x A and AA, and best practices) is a problem, listed with the elements it found. Run by EveryPageIT.
// A screenshot only of a failing page: assets.mjs takes every page on a desktop, mobile.mjs on a phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { journey, expect, OWN_STATUS, DESKTOP, MOBILE } from './journey.mjs';
import { PAGES, visit } from './pages.mjs';

// Evaluated through the browser's debugging protocol: the pages' Content-Security-Policy rightly refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { base, newPage, check, finish } = await journey({ prefix: 'axe-', screenshots: 'failed' });
const screens = { desktop: await newPage({ viewport: DESKTOP, ignoreConsole: OWN_STATUS }), mobile: await newPage({ viewport: MOBILE, ignoreConsole: OWN_STATUS }) };

for (const [screen, page] of Object.entries(screens)) {
  for (const entry of PAGES) {
    await check(`${screen}-${entry.kind}`, async () => {
      await visit(page, base, entry);
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
        .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`
          + (v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '')));
      expect(violations.length === 0, `${violations.length} axe violation(s) on ${entry.path}: ${violations.join(' | ')}`);
    }, page);
  }
}

await finish();
