/**
 * The API's description and its page: {@link org.pravasi.portal.apidocs.PortalApi} composes the OpenAPI document the
 * portal serves at {@code /api/openapi.json} (the node's, the harvesting routes' and the portal's own
 * {@code openapi/portal.yaml}), and {@link org.pravasi.portal.apidocs.ApiDocsPage} shows it at {@code /api-docs}: the
 * examples (curl, Python, R) as plain HTML, the reference drawn by Swagger UI from its WebJar.
 */
package org.pravasi.portal.apidocs;
