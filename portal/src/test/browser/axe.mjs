// axe-core (pinned in package.json) on every kind of page (pages.mjs), on a desktop and on a phone: any violation of
// its rules (WCAG 2.x A and AA, and best practices) is a problem, listed with the elements it found. Run by EveryPageIT.
// Every frame of the page is checked with it (the home page's map is an iframe of /embed/map): axe is loaded into each
// frame once it has loaded, and the page's run collects the frames' results, judged with the page around them (one
// landmark of each kind and name, headings in order across the frames). A frame axe could not reach is a problem too.
// A screenshot only of a failing page: assets.mjs takes every page on a desktop, mobile.mjs on a phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { journey, expect, OWN_STATUS, DESKTOP, MOBILE } from './journey.mjs';
import { PAGES, visit, framesReady } from './pages.mjs';

// Evaluated through the browser's debugging protocol: the pages' Content-Security-Policy rightly refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { base, newPage, check, finish } = await journey({ prefix: 'axe-', screenshots: 'failed' });
const screens = { desktop: await newPage({ viewport: DESKTOP, ignoreConsole: OWN_STATUS }), mobile: await newPage({ viewport: MOBILE, ignoreConsole: OWN_STATUS }) };

for (const [screen, page] of Object.entries(screens)) {
  for (const entry of PAGES) {
    await check(`${screen}-${entry.kind}`, async () => {
      await visit(page, base, entry);
      await framesReady(page, base);
      for (const frame of page.frames()) await frame.evaluate(AXE);
      // frameWaitTime: a frame without axe answers "frame-tested" (incomplete) after it, instead of after a minute.
      // resultTypes: every violation and every incomplete result keep all their nodes; passes and inapplicable rules
      // keep one each, which spares axe a selector for every passing element (the version page has 27,000 elements):
      // the whole script 58.8 s -> 50.0 s alone on the demo portal.
      const { violations, unreached } = await page.evaluate(async () => {
        const r = await window.axe.run(document, { frameWaitTime: 5000, resultTypes: ['violations', 'incomplete'] });
        const at = (nodes) => nodes.slice(0, 3).map((n) => n.target.join(' >>> ')).join('; ')
          + (nodes.length > 3 ? ` and ${nodes.length - 3} more` : '');
        return {
          violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${at(v.nodes)}`),
          unreached: r.incomplete.filter((v) => v.id === 'frame-tested').flatMap((v) => v.nodes.map((n) => n.target.join(' >>> '))),
        };
      });
      expect(unreached.length === 0, `axe could not check the frame(s) ${unreached.join('; ')} of ${entry.path}`);
      expect(violations.length === 0, `${violations.length} axe violation(s) on ${entry.path}: ${violations.join(' | ')}`);
    }, page);
  }
}

await finish();
