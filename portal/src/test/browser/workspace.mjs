// The publishing workspace in a real browser (Debian's Chromium driven by playwright-core): people of two
// organisations sign in with the keyboard; an editor of B can neither see nor change A's workspace, a viewer of A
// cannot publish, forged posts are refused. Run by WorkspaceBrowserIT, which starts the portal jar, creates the two
// admins with `pravasi-registry accounts add-admin`, and passes:
//   PORTAL_URL   http://127.0.0.1:PORT of the running portal
//   ORG_A, ORG_B the organisations' slugs; ADMIN_A, ADMIN_B their admins' emails; PASSWORD the admins' password
//   SCREENSHOTS  folder for the screenshots;  CHROMIUM the browser executable (default /usr/bin/chromium)
// Exit code 0 when every step passed; 1 with the reasons otherwise.
import { journey, expect } from './journey.mjs';

const { base, newPage, check: step, finish } = await journey({
  prefix: 'ws-',
  needs: ['ORG_A', 'ORG_B', 'ADMIN_A', 'ADMIN_B', 'PASSWORD'],
  usage: 'Set PORTAL_URL, ORG_A, ORG_B, ADMIN_A, ADMIN_B and PASSWORD (see the comment at the top).',
  fullPage: true,
});
const { ORG_A: A, ORG_B: B, ADMIN_A, ADMIN_B, PASSWORD } = process.env;

/** A person's own browser context (own cookies); the browser's log of an expected 401 or 403 is no problem. */
const person = (who) => newPage({ who, ignoreConsole: /status of (40[134]|410|422)/ });
const check = (name, page, fn) => step(name, fn, page);

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

await finish((steps) => `All ${steps} workspace steps passed`);
