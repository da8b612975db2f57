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
}
