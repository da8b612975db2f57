// Runs the query of #sparql-form against /sparql and shows the results as a table (text only, never HTML).
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

if (form && out) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = form.elements.query.value;
    out.replaceChildren(cell('p', out.dataset.running));
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
      if (type.includes('sparql-results+json')) {
        render(await response.json());
      } else {
        out.replaceChildren(cell('pre', await response.text()));
      }
    } catch (e) {
      out.replaceChildren(cell('p', String(e)));
    }
  });
}
