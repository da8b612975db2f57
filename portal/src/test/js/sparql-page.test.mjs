// Runs the SPARQL page's script (sparql.js, from the folder given as argv[2]) against a minimal stand-in for the
// DOM and fetch, submits a query whose answer holds IRIs of several schemes, and checks which became links.
// Exit code 0 when every check passed; 1 with the reasons otherwise.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

class El {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.textContent = '';
    this.dataset = {};
    this.tHead = null;
  }
  append(...c) {
    this.children.push(...c);
    c.filter((x) => x.tagName === 'THEAD').forEach((x) => { this.tHead = x; });
  }
  replaceChildren(...c) { this.children = c; }
  setAttribute() {}
  addEventListener(type, fn) { this.listener = fn; }
}

const form = new El('form');
form.elements = { query: { value: 'SELECT ?x {}' } };
const out = new El('div');
out.dataset = { rows: 'rows', empty: 'none', running: '…' };
globalThis.document = {
  getElementById: (id) => ({ 'sparql-form': form, 'sparql-results': out })[id],
  createElement: (tag) => new El(tag),
};
const iris = ['https://example.org/a', 'http://example.org/b', 'https://w3id.org/pravasi/code/sector/brick-kilns',
  'javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox', 'file:///etc/passwd', 'urn:isbn:123'];
const answer = { head: { vars: ['x'] }, results: { bindings: iris.map((value) => ({ x: { type: 'uri', value } })) } };
globalThis.fetch = async () => ({
  ok: true,
  headers: { get: () => 'application/sparql-results+json' },
  json: async () => answer,
});

await import(pathToFileURL(join(process.argv[2], 'sparql.js')).href);
await form.listener({ preventDefault() {} });
await new Promise((r) => setTimeout(r, 10));

const links = {};
const cells = [];
(function walk(el) {
  if (el.tagName === 'A') links[el.textContent] = el.href;
  if (el.tagName === 'TD') cells.push(el);
  el.children.forEach(walk);
})(out);

const problems = [];
const expect = (ok, what) => { if (!ok) problems.push(what); };
expect(links['https://example.org/a'] === 'https://example.org/a', 'https IRI is a link');
expect(links['http://example.org/b'] === 'http://example.org/b', 'http IRI is a link');
expect(links['https://w3id.org/pravasi/code/sector/brick-kilns'] === '/code/sector/brick-kilns', 'Pravasi IRI links to its page');
for (const bad of iris.slice(3)) {
  expect(!(bad in links), `no link for ${bad} (got href ${links[bad]})`);
  expect(cells.some((td) => td.textContent === bad), `${bad} is shown as text`);
}
expect(Object.values(links).every((h) => /^(https?:|\/)/.test(h)), `every href is http(s) or local: ${JSON.stringify(links)}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`sparql.js: ${Object.keys(links).length} links, ${iris.length - Object.keys(links).length} IRIs shown as text`);
