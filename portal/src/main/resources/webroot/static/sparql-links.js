// Where an IRI in SPARQL results may link to: the portal's own page for a Pravasi IRI, the IRI itself when it is
// http(s), and nowhere otherwise (javascript:, data:, file: and every other scheme are shown as text only).
const LOCAL = /^https:\/\/w3id\.org\/pravasi\/((?:id|code)\/.*|def)$/;

export function linkTarget(iri) {
  const local = typeof iri === 'string' ? iri.match(LOCAL) : null;
  if (local) {
    return '/' + local[1];
  }
  let url;
  try {
    url = new URL(iri);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
