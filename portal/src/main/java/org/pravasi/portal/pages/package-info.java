/**
 * The public web pages, rendered on the server from the jte templates in {@code src/main/jte/pages} (see
 * {@link org.pravasi.portal.pages.Templates}): a shared layout (English and Hindi, one stylesheet), home, search,
 * dataset list and pages, organisations, stories, district profiles, the SPARQL page with examples, about, and an HTML
 * view of every other entity URI. Pages read typed records ({@code DatasetRecord}, {@code StoryRecord},
 * {@code OrganisationRecord}, {@code Labels}) from the catalogue's read model,
 * {@link org.pravasi.registry.catalog.CatalogView}, never the raw dataset.
 */
package org.pravasi.portal.pages;
