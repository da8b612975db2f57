// The story editor's live preview: as the officer types, the form is posted to the preview endpoint (the same
// sanitiser and screens as saving), and the preview and findings are replaced. Without JavaScript the "Preview"
// button does the same with a page load.
const form = document.getElementById('story-form');
const DELAY_MS = 400;

if (form) {
  let timer = 0;
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    const body = new URLSearchParams(new FormData(form));
    body.set('fragment', '1');
    try {
      const r = await fetch(form.dataset.preview, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      if (mine !== asked || !r.ok) {
        return;
      }
      const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
      for (const id of ['story-preview', 'story-findings']) {
        const fresh = doc.getElementById(id);
        const shown = document.getElementById(id);
        if (fresh && shown) {
          // Copy the list first: adopting a node takes it out of the live childNodes list.
          const nodes = Array.from(fresh.childNodes);
          shown.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
        }
      }
      form.dataset.previewed = String(mine);
    } catch {
      // The preview is a help; the Preview button and saving still work.
    }
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DELAY_MS);
  });
}
