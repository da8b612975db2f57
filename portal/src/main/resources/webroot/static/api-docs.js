// Draws the API reference from /api/openapi.json with Swagger UI (its bundle is loaded before this file, both
// deferred; no inline script, as the Content-Security-Policy asks). Without scripts the page still shows the examples.
const root = document.getElementById('swagger-ui');
if (root && typeof window.SwaggerUIBundle === 'function') {
  window.SwaggerUIBundle({
    url: root.dataset.url,
    domNode: root,
    deepLinking: false,
    validatorUrl: null, // never call the public validator: the page talks to this portal only
    supportedSubmitMethods: ['get'], // "Try it out" for reads only; publishing needs a key and curl
    defaultModelsExpandDepth: 0,
  });
  // Swagger UI draws in steps (the spec arrives, then servers and operations): adjust whatever it has drawn.
  new MutationObserver(fitIntoPage).observe(root, { childList: true, subtree: true });
}

// Swagger UI draws a page of its own; inside ours it must not add a second main landmark or skip heading levels
// (axe: landmark-no-duplicate-main, heading-order), and its server choice needs a name (select-name). Its <main> is
// replaced by a <div> holding the same children, which React keeps updating (it never re-creates that element).
function fitIntoPage() {
  for (const main of root.querySelectorAll('main')) {
    const div = document.createElement('div');
    for (const a of main.attributes) if (a.name !== 'style') div.setAttribute(a.name, a.value); // CSP: no inline style
    div.replaceChildren(...main.childNodes);
    main.replaceWith(div);
  }
  for (const title of root.querySelectorAll('h1')) title.setAttribute('aria-level', '3');
  for (const tag of root.querySelectorAll('h3.opblock-tag')) tag.setAttribute('aria-level', '4');
  // Its <label> wraps the menu with no text of its own.
  const servers = root.querySelector('select#servers');
  if (servers && !servers.hasAttribute('aria-label')) {
    servers.setAttribute('aria-label', document.documentElement.lang === 'hi' ? 'सर्वर' : 'Server');
  }
}
