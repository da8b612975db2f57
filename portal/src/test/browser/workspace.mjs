// The publishing workspace in a real browser (Debian's Chromium driven by playwright-core): people of two
// organisations sign in with the keyboard; an editor of B can neither see nor change A's workspace, a viewer of A
// cannot publish, forged posts are refused. Run by WorkspaceBrowserIT, which starts the portal jar, creates the two
// admins with `pravasi-registry accounts add-admin`, and passes:
//   PORTAL_URL   http://127.0.0.1:PORT of the running portal
//   ORG_A, ORG_B the organisations' slugs; ADMIN_A, ADMIN_B their admins' emails; PASSWORD the admins' password
//   SCREENSHOTS  folder for the screenshots;  CHROMIUM the browser executable (default /usr/bin/chromium)
// Exit code 0 when every step passed; 1 with the reasons otherwise.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.PORTAL_URL;
const { ORG_A: A, ORG_B: B, ADMIN_A, ADMIN_B, PASSWORD } = process.env;
const shots = process.env.SCREENSHOTS || 'screenshots';
if (!base || !A || !B || !ADMIN_A || !ADMIN_B || !PASSWORD) {
  console.error('Set PORTAL_URL, ORG_A, ORG_B, ADMIN_A, ADMIN_B and PASSWORD (see the comment at the top).');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const portalHost = new URL(base).host;

/** A person's own browser context (own cookies), watched for console errors (CSP violations too) and outside requests. */
async function person(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (r) => {
    const u = new URL(r.url());
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.host !== portalHost) {
      problems.push(`${name}: request to an outside host: ${r.url()}`);
    }
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (40[134]|410|422)/.test(m.text())) {
      problems.push(`${name}: console error on ${page.url()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`${name}: script error on ${page.url()}: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${name}: ${r.status()} from ${r.url()}`);
  });
  return page;
}

let step = 0;
async function check(name, page, fn) {
  step++;
  const label = `ws-${String(step).padStart(2, '0')}-${name}`;
  try {
    await fn();
    console.log(`ok   ${label}`);
  } catch (e) {
    problems.push(`step ${label} failed: ${e.message.split('\n')[0]}`);
    console.log(`FAIL ${label}: ${e.message.split('\n')[0]}`);
  }
  await page.screenshot({ path: join(shots, `${label}.png`), fullPage: true }).catch(() => {});
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Signs in with the keyboard only: Tab to the email field, type, Tab, type, Enter. */
async function signIn(page, email, password) {
  const r = await page.goto(base + '/publish');
  expect(r.status() === 200, `/publish answered ${r.status()}`);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.classList.contains('skip-link')), 'the first Tab does not reach the skip link');
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement.id === 'email')); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement.id === 'email'), 'Tab never reaches the email field');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL(base + '/publish'), page.keyboard.press('Enter')]);
  await page.locator('#sign-out').waitFor();
}

/**
 * Posts a form built in the page to {@code action} with the person's own valid CSRF token (read from the workspace
 * home's sign-out form), so that only the role check can refuse it; returns the status, after checking the refusal
 * names the role or membership and not the token.
 */
async function forge(page, action, fields) {
  await page.goto(base + '/publish');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === base + action),
    page.evaluate(({ action, fields }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = action;
      const token = document.querySelector('input[name=csrf]');
      for (const [k, v] of Object.entries({ ...fields, csrf: token ? token.value : '' })) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = k;
        input.value = v;
        form.appendChild(input);
      }
      document.body.appendChild(form);
      form.submit();
    }, { action, fields }),
  ]);
  await page.waitForLoadState('load');
  if (response.status() === 403) {
    const why = await page.locator('#refusal').textContent();
    expect(!/out of date/.test(why), `refused for its token, not for the role: ${why}`);
  }
  return response.status();
}

async function addMember(page, org, email, role) {
  await page.goto(`${base}/publish/org/${org}`);
  await page.locator('#new-email').fill(email);
  await page.locator('#new-name').fill(`Person ${role}`);
  await page.locator('#new-role').selectOption(role);
  await Promise.all([page.waitForURL(`${base}/publish/org/${org}/members`), page.locator('#add-member button').press('Enter')]);
  return page.locator('#shown-once').inputValue();
}

const adminA = await person('admin of A');
const adminB = await person('admin of B');
const editorB = await person('editor of B');
const viewerA = await person('viewer of A');
let editorPw;
let viewerPw;

await check('admins-sign-in-and-add-members', adminA, async () => {
  await signIn(adminA, ADMIN_A, PASSWORD);
  await signIn(adminB, ADMIN_B, PASSWORD);
  editorPw = await addMember(adminB, B, 'editor@b.example.org', 'editor');
  viewerPw = await addMember(adminA, A, 'viewer@a.example.org', 'viewer');
  expect(editorPw.length >= 12 && viewerPw.length >= 12, 'no password shown for the new members');
});

await check('editor-of-b-sees-only-b', editorB, async () => {
  await signIn(editorB, 'editor@b.example.org', editorPw);
  const orgs = await editorB.locator('a.ws-org').allTextContents();
  expect(orgs.length === 1 && orgs[0] === B, `the editor of B sees organisations ${orgs}`);
  for (const path of [`/publish/org/${A}`, `/publish/org/${A}/datasets`]) {
    const r = await editorB.goto(base + path);
    expect(r.status() === 403, `${path} answered ${r.status()} to the editor of B`);
    await editorB.locator('#refusal').waitFor();
    const html = await editorB.content();
    expect(!html.includes('viewer@a.example.org') && !html.includes('data-dataset='), `${path} showed A's data to B`);
  }
});

await check('editor-of-b-cannot-change-a', editorB, async () => {
  expect(await forge(editorB, `/publish/org/${A}/keys`, {}) === 403, 'a key of A was created by the editor of B');
  const status = await forge(editorB, `/publish/org/${A}/members`, { email: 'intruder@b.example.org', name: 'X', role: 'admin' });
  expect(status === 403, `adding a member to A answered ${status}`);
  await adminA.goto(`${base}/publish/org/${A}`);
  expect(await adminA.locator('#keys tbody tr').count() === 0, 'A has a key it did not create');
  expect(!(await adminA.content()).includes('intruder@b.example.org'), 'the intruder is a member of A');
});

await check('editor-publishes-for-b', editorB, async () => {
  await editorB.goto(`${base}/publish/org/${B}`);
  await Promise.all([editorB.waitForURL(`${base}/publish/org/${B}/datasets`), editorB.locator('#publish-dataset').click()]);
  const datasets = await editorB.locator('section.ws-dataset').evaluateAll((s) => s.map((e) => e.dataset.dataset));
  expect(datasets.length > 0 && datasets.every((d) => d.startsWith(`${B}/`)), `the publishing page lists ${datasets}`);
});

await check('viewer-of-a-cannot-publish', viewerA, async () => {
  await signIn(viewerA, 'viewer@a.example.org', viewerPw);
  await viewerA.goto(`${base}/publish/org/${A}`);
  expect(await viewerA.locator('#publish-dataset').count() === 0, 'the viewer is offered "Publish a dataset"');
  expect(await viewerA.locator('#create-key, #add-member').count() === 0, 'the viewer is offered admin forms');
  const r = await viewerA.goto(`${base}/publish/org/${A}/datasets`);
  expect(r.status() === 403, `the publishing page answered ${r.status()} to a viewer`);
  expect(await forge(viewerA, `/publish/org/${A}/keys`, {}) === 403, 'the viewer created a key');
});

await check('csrf-token-required', adminA, async () => {
  await adminA.goto(`${base}/publish/org/${A}`);
  await adminA.evaluate(() => document.querySelectorAll('input[name=csrf]').forEach((i) => { i.value = 'forged'; }));
  const [response] = await Promise.all([
    adminA.waitForResponse((r) => r.url().endsWith('/keys')),
    adminA.locator('#create-key button').click(),
  ]);
  expect(response.status() === 403, `a key form with a forged token answered ${response.status()}`);
  await adminA.goto(`${base}/publish/org/${A}`);
  expect(await adminA.locator('#keys tbody tr').count() === 0, 'a key was created with a forged token');
});

await check('admin-key-shown-once-in-hindi', adminA, async () => {
  await adminA.goto(`${base}/publish/org/${A}?lang=hi`);
  expect((await adminA.locator('h1').textContent()).includes('कार्यक्षेत्र'), 'the workspace is not in Hindi');
  await Promise.all([adminA.waitForURL(`${base}/publish/org/${A}/keys`), adminA.locator('#create-key button').click()]);
  const key = await adminA.locator('#shown-once').inputValue();
  expect(/^pdc_[0-9a-f]{12}_/.test(key), `no key shown: ${key}`);
  await adminA.goto(`${base}/publish/org/${A}`);
  expect(await adminA.locator('#keys tbody tr').count() === 1, 'the new key is not listed');
  expect(!(await adminA.content()).includes(key), 'the key is shown a second time');
});

// wsmore: versions and withdrawal, the story editor's live preview, the profile; organisations apart on each.
const DATASET_A = 'case-resolution-by-district-year';
const DATASET_B = 'annual-outcomes-families';

await check('story-editor-live-preview', editorB, async () => {
  await editorB.goto(`${base}/publish/org/${B}/stories/new`);
  await editorB.locator('#story-slug').fill('camp-for-unpaid-wages');
  await editorB.locator('#story-title').fill('A camp for unpaid wages');
  const districts = editorB.locator('#story-districts');
  if (await districts.evaluate((e) => e.tagName === 'SELECT')) {
    await districts.selectOption({ index: 0 });
  } else {
    await districts.fill('201');
  }
  await editorB.locator('#story-body').focus();
  await editorB.keyboard.type('**Wages** recovered <script>window.injected = 1</script>. Call 98765 43210.');
  await editorB.locator('#story-preview strong').waitFor();
  await editorB.locator('#story-findings li[data-field=body]').waitFor();
  const findings = await editorB.locator('#story-findings').textContent();
  expect(!findings.includes('98765 43210'), `the finding quotes the phone unmasked: ${findings}`);
  expect(await editorB.evaluate(() => window.injected === undefined), 'a script in the story ran in the preview');
  expect(await editorB.locator('#story-preview script').count() === 0, 'the preview kept a script element');
  await editorB.locator('#story-body').fill('');
  await editorB.keyboard.type('**Wages** were recovered for the workers of the camp.');
  await editorB.waitForFunction(() => document.querySelectorAll('#story-findings li').length === 0);
});

await check('story-needs-every-consent-then-publishes', editorB, async () => {
  for (const c of ['names', 'faces', 'details']) {
    await editorB.locator(`#consent-${c}`).focus();
    await editorB.keyboard.press('Space');
  }
  const [refused] = await Promise.all([
    editorB.waitForResponse((r) => r.url().endsWith('/stories/save')),
    editorB.locator('#story-save').press('Enter'),
  ]);
  expect(refused.status() === 422, `three of four consents answered ${refused.status()}`);
  await editorB.waitForLoadState('load');
  await editorB.locator('#consent-recorded').focus();
  await editorB.keyboard.press('Space');
  await Promise.all([editorB.waitForURL(`${base}/publish/org/${B}/stories`), editorB.locator('#story-save').press('Enter')]);
  expect(await editorB.locator('li[data-story="camp-for-unpaid-wages"]').count() === 1, 'the story is not listed');
  const r = await editorB.goto(`${base}/id/story/${B}/camp-for-unpaid-wages`);
  expect(r.status() === 200 && (await editorB.content()).includes('A camp for unpaid wages'), `the story page answered ${r.status()}`);
});

await check('editor-withdraws-with-reason-and-confirmation', editorB, async () => {
  await editorB.goto(`${base}/publish/org/${B}/datasets/${DATASET_B}/versions`);
  expect(await editorB.locator('#versions tr[data-version="1"] .added').count() === 1, 'v1 shows no change counts');
  expect(await editorB.locator('#replace-dataset').count() === 1, 'no link to replace the dataset');
  await editorB.locator('#withdraw-reason').fill('Two quarters were counted twice.');
  const [unconfirmed] = await Promise.all([
    editorB.waitForResponse((r) => r.url().endsWith('/withdraw')),
    editorB.evaluate(() => { document.getElementById('withdraw-confirm').required = false; document.getElementById('withdraw').requestSubmit(); }),
  ]);
  expect(unconfirmed.status() === 422, `an unconfirmed withdrawal answered ${unconfirmed.status()}`);
  await editorB.waitForLoadState('load');
  await editorB.locator('#withdraw-confirm').focus();
  await editorB.keyboard.press('Space');
  await Promise.all([
    editorB.waitForURL(`${base}/publish/org/${B}/datasets/${DATASET_B}/versions`),
    editorB.locator('#withdraw button').press('Enter'),
  ]);
  expect((await editorB.locator('#withdrawn-note').textContent()).includes('counted twice'), 'the reason is not shown');
  const r = await editorB.goto(`${base}/id/dataset/${B}/${DATASET_B}`);
  expect(r.status() === 410, `the withdrawn dataset answered ${r.status()}`);
});

await check('editor-of-b-cannot-change-a-stories-profile-or-versions', editorB, async () => {
  for (const path of [`/publish/org/${A}/stories/new`, `/publish/org/${A}/profile`, `/publish/org/${A}/datasets/${DATASET_A}/versions`]) {
    const r = await editorB.goto(base + path);
    expect(r.status() === 403, `${path} answered ${r.status()} to the editor of B`);
  }
  const story = { mode: 'new', slug: 'intrusion', title: 'X', language: 'en', date: '2024-05-10', body: 'Text.', consent: 'names' };
  expect(await forge(editorB, `/publish/org/${A}/stories/save`, story) === 403, 'B wrote a story of A');
  expect(await forge(editorB, `/publish/org/${A}/datasets/${DATASET_A}/withdraw`, { reason: 'Mine now.', confirm: 'yes' }) === 403, 'B withdrew A\'s dataset');
  expect(await forge(editorB, `/publish/org/${A}/profile`, { 'name-en': 'Taken over' }) === 403, 'B edited A\'s profile');
  const r = await editorB.goto(`${base}/id/dataset/${A}/${DATASET_A}`);
  expect(r.status() === 200, `A's dataset answered ${r.status()} after B's attempts`);
  expect((await editorB.goto(`${base}/id/story/${A}/intrusion`)).status() === 404, 'the forged story exists');
});

await check('viewer-of-a-cannot-withdraw-write-stories-or-edit-profile', viewerA, async () => {
  await viewerA.goto(`${base}/publish/org/${A}/datasets/${DATASET_A}/versions`);
  expect(await viewerA.locator('#versions tr[data-version="1"]').count() === 1, 'the viewer does not see the versions');
  expect(await viewerA.locator('#withdraw, #replace-dataset').count() === 0, 'the viewer is offered withdraw or replace');
  expect((await viewerA.goto(`${base}/publish/org/${A}/stories/new`)).status() === 403, 'the viewer opened the story editor');
  expect((await viewerA.goto(`${base}/publish/org/${A}/profile`)).status() === 403, 'the viewer opened the profile');
  expect(await forge(viewerA, `/publish/org/${A}/datasets/${DATASET_A}/withdraw`, { reason: 'No.', confirm: 'yes' }) === 403, 'the viewer withdrew');
  const story = { mode: 'new', slug: 'viewer-story', title: 'X', language: 'en', date: '2024-05-10', body: 'Text.', consent: 'names' };
  expect(await forge(viewerA, `/publish/org/${A}/stories/save`, story) === 403, 'the viewer wrote a story');
});

await check('admin-edits-the-profile-in-hindi', adminA, async () => {
  await adminA.goto(`${base}/publish/org/${A}/profile?lang=hi`);
  expect((await adminA.locator('h1').textContent()).includes('प्रोफ़ाइल'), 'the profile page is not in Hindi');
  await adminA.locator('#description-hi').fill('मज़दूरी वसूली में मदद करने वाले केंद्र।');
  await Promise.all([adminA.waitForURL(`${base}/publish/org/${A}/profile`), adminA.locator('#profile button[type=submit]').press('Enter')]);
  await adminA.locator('#ws-notice').waitFor();
  await adminA.goto(`${base}/id/org/${A}?lang=hi`);
  expect((await adminA.content()).includes('मज़दूरी वसूली में मदद करने वाले केंद्र।'), 'the public page does not show the new description');
  expect(await adminA.locator('a[href="/publish/guide"]').count() >= 1, 'the organisation page does not link to the guide');
});

await browser.close();
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nAll ${step} workspace steps passed; screenshots in ${shots}`);
