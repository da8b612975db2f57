// Runs the query of #sparql-form against /sparql and shows the results as a table (text only, never HTML). Where
// scripts run, the text area becomes YASQE and the results show in YASR (YASGUI, from its WebJar).
import { linkTarget } from './sparql-links.js';

const form = document.getElementById('sparql-form');
const out = document.getElementById('sparql-results');

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function render(body) {
  if (typeof body.boolean === 'boolean') {
    out.replaceChildren(cell('p', String(body.boolean)));
    return;
  }
  const vars = body.head.vars;
  const rows = body.results.bindings;
  if (rows.length === 0) {
    out.replaceChildren(cell('p', out.dataset.empty));
    return;
  }
  const table = document.createElement('table');
  table.className = 'data';
  table.append(cell('caption', rows.length + ' ' + out.dataset.rows));
  const head = document.createElement('tr');
  vars.forEach((v) => {
    const th = cell('th', '?' + v);
    th.scope = 'col';
    head.append(th);
  });
  table.append(document.createElement('thead'));
  table.tHead.append(head);
  const tbody = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const v of vars) {
      const b = row[v];
      const td = document.createElement('td');
      const href = b && b.type === 'uri' ? linkTarget(b.value) : null;
      if (href) {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = b.value;
        td.append(a);
      } else if (b && b.type === 'uri') {
        td.textContent = b.value;
      } else if (b) {
        td.textContent = b.value + (b['xml:lang'] ? ' @' + b['xml:lang'] : '');
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.tabIndex = 0;
  wrap.append(table);
  out.replaceChildren(wrap);
}

// IRIs that may not be links (javascript:, data:, ...) become plain text before YASR sees them: YASR links every IRI.
export function safeResults(body) {
  if (!body || !body.results || !Array.isArray(body.results.bindings)) {
    return body;
  }
  const bindings = body.results.bindings.map((row) => {
    const out = {};
    for (const [name, b] of Object.entries(row)) {
      if (b && b.type === 'uri' && !linkTarget(b.value)) {
        out[name] = { type: 'literal', value: b.value };
      } else if (b && b.datatype && !linkTarget(b.datatype)) {
        out[name] = { type: b.type, value: b.value };
      } else {
        out[name] = b;
      }
    }
    return out;
  });
  return { ...body, results: { ...body.results, bindings } };
}

let yasqe = null;
let yasr = null;
let yasrHolder = null;

function queryText() {
  return yasqe ? yasqe.getValue() : form.elements.query.value;
}

async function run(query) {
  out.replaceChildren(cell('p', out.dataset.running));
  const started = Date.now();
  try {
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query }),
    });
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
      const problem = type.includes('json') ? await response.json() : { title: response.statusText, detail: await response.text() };
      const p = cell('p', (problem.title || 'Error') + ': ' + (problem.detail || ''));
      p.className = 'error';
      p.setAttribute('role', 'alert');
      out.replaceChildren(p);
      return;
    }
    if (!type.includes('sparql-results+json')) {
      out.replaceChildren(cell('pre', await response.text()));
    } else if (yasr) {
      const body = safeResults(await response.json());
      out.replaceChildren(yasrHolder);
      yasr.setResponse({
        data: JSON.stringify(body),
        contentType: 'application/sparql-results+json',
        status: 200,
        executionTime: Date.now() - started,
      });
    } else {
      render(await response.json());
    }
  } catch (e) {
    out.replaceChildren(cell('p', String(e)));
  }
}

// Downloads the query's results as CSV: the endpoint answers format=csv as an attachment.
function downloadCsv(query) {
  const a = document.createElement('a');
  a.href = '/sparql?format=csv&query=' + encodeURIComponent(query);
  a.download = 'query-results.csv';
  document.body.append(a);
  a.click();
  a.remove();
}

function startEditor() {
  const Yasgui = window.Yasgui;
  const holder = document.getElementById('sparql-editor');
  if (!Yasgui || !holder) {
    return;
  }
  const textarea = form.elements.query;
  const prefixes = JSON.parse(form.dataset.prefixes || '{}');
  holder.hidden = false;
  // Only the completers that need no outside service: prefixes come from this portal, not prefix.cc, and the
  // class and property completers (which ask Linked Open Vocabularies) are left out.
  Yasgui.Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
  yasqe = new Yasgui.Yasqe(holder, {
    prefixCcApi: form.dataset.prefixesUrl,
    createShareableLink: null,
    value: textarea.value,
    persistenceId: null,
    showQueryButton: false,
    resizeable: true,
    editorHeight: '20rem',
    requestConfig: { endpoint: '/sparql', method: 'POST' },
  });
  textarea.hidden = true;
  const input = yasqe.getInputField();
  input.setAttribute('aria-labelledby', 'sparql-query-label');
  document.getElementById('sparql-query-label').htmlFor = '';
  // The editor's scrolling area can be scrolled from the keyboard too (axe: scrollable-region-focusable).
  const scroller = yasqe.getScrollerElement();
  scroller.tabIndex = 0;
  scroller.setAttribute('aria-labelledby', 'sparql-query-label');
  yasqe.on('change', () => {
    textarea.value = yasqe.getValue();
  });
  yasrHolder = document.createElement('div');
  yasrHolder.className = 'yasr-holder';
  yasrHolder.tabIndex = 0;
  yasr = new Yasgui.Yasr(yasrHolder, {
    persistenceId: null,
    prefixes,
    pluginOrder: ['table', 'response'],
    defaultPlugin: 'table',
  });
  const csv = document.getElementById('sparql-run-csv');
  csv.hidden = false;
  csv.addEventListener('click', () => downloadCsv(queryText()));
  const insert = document.getElementById('sparql-insert-prefixes');
  insert.hidden = false;
  insert.addEventListener('click', () => yasqe.addPrefixes(prefixes));
  document.querySelectorAll('a.load-example').forEach((a) => {
    a.addEventListener('click', (event) => {
      const code = a.closest('details').querySelector('pre.query code');
      if (!code) {
        return;
      }
      event.preventDefault();
      yasqe.setValue(code.textContent);
      form.scrollIntoView();
      yasqe.focus();
    });
  });
  form.classList.add('has-editor');
}

// Loads YASGUI (one script and one stylesheet from its WebJar, served here) only on the page that needs it.
function loadEditor() {
  const base = form.dataset && form.dataset.editor;
  if (!base || typeof document.createElement !== 'function' || !document.head) {
    return;
  }
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = base + 'yasgui.min.css';
  document.head.append(css);
  const script = document.createElement('script');
  script.src = base + 'yasgui.min.js';
  script.addEventListener('load', startEditor);
  document.head.append(script);
}

if (form && out) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(queryText());
  });
  loadEditor();
}
