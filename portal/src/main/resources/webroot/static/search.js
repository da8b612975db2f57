// Typeahead for the search boxes (#q, #site-q): fills a <datalist> from /api/suggest. The forms work without it.
const DELAY_MS = 150;

/** On a Hindi page, a name in Latin letters only is a name the data have only in English (Html.fallBackLang). */
function fallBack(name, lang) {
  return lang === 'hi' && /\p{Script=Latin}/u.test(name) && !/\p{Script=Devanagari}/u.test(name);
}

function attach(input) {
  let list = input.list;
  if (!list) {
    list = document.createElement('datalist');
    list.id = input.id + '-suggestions';
    input.after(list);
    input.setAttribute('list', list.id);
  }
  const lang = document.documentElement.lang === 'hi' ? 'hi' : 'en';
  let timer = 0;
  let controller = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      list.replaceChildren();
      return;
    }
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const url = '/api/suggest?size=8&lang=' + lang + '&q=' + encodeURIComponent(text);
        const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!response.ok) {
          return;
        }
        const body = await response.json();
        list.replaceChildren(...body.suggestions.map((s) => {
          const option = document.createElement('option');
          option.value = s.title;
          if (fallBack(s.title, lang)) option.lang = 'en';
          return option;
        }));
      } catch (e) {
        if (e.name !== 'AbortError') {
          list.replaceChildren();
        }
      }
    }, DELAY_MS);
  });
}

for (const id of ['q', 'site-q']) {
  const input = document.getElementById(id);
  if (input) {
    attach(input);
  }
}
