// The explorer's form, enhanced: a choice in a menu shows it at once (the URL stays the permalink), and the area box
// suggests districts and states from /api/suggest in the page's language, besides the dataset's own areas it lists.
// Without this script the form works with its button.
const DELAY_MS = 150;

/** On a Hindi page, a name in Latin letters only is a name the data have only in English (Html.fallBackLang). */
function fallBack(name, lang) {
  return lang === 'hi' && /\p{Script=Latin}/u.test(name) && !/\p{Script=Devanagari}/u.test(name);
}
const form = document.getElementById('explore-form');
if (form) {
  for (const select of form.querySelectorAll('select')) {
    select.addEventListener('change', () => {
      // A new period length may not fit the period chosen (2024-Q1 by year): start again from every period.
      const period = document.getElementById('explore-period');
      if (select.id === 'explore-granularity' && period) {
        period.value = '';
      }
      form.requestSubmit();
    });
  }
  const input = document.getElementById('explore-area');
  const list = document.getElementById('explore-area-list');
  if (input && list) {
    const ownOptions = [...list.options];
    const own = ownOptions.map((o) => o.value);
    const lang = document.documentElement.lang === 'hi' ? 'hi' : 'en';
    let timer = 0;
    let controller = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < 2) {
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
          const places = body.suggestions.filter((s) => s.type === 'district' || s.type === 'state').map((s) => s.title);
          const names = [...new Set([...places, ...own.filter((n) => n.toLowerCase().startsWith(text.toLowerCase()))])];
          list.replaceChildren(...names.map((n) => {
            const option = document.createElement('option');
            option.value = n;
            if (fallBack(n, lang)) option.lang = 'en';
            return option;
          }));
        } catch (e) {
          if (e.name !== 'AbortError') {
            list.replaceChildren(...ownOptions.map((o) => o.cloneNode()));
          }
        }
      }, DELAY_MS);
    });
  }
}
