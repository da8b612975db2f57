/**
 * Full-text search over the portal: one Lucene index of datasets, stories, organisations, districts, states and
 * code-list concepts, kept in step with the store, served as JSON at {@code GET /api/search} and {@code GET
 * /api/suggest}. Fields, analysers, ranking, the typo rule, facets, the API and reconciliation are described in
 * {@code docs/search.md}.
 *
 * <p>Entry points: {@link org.pravasi.portal.search.SearchIndex} (the index: {@code open(dir)}, search, suggest,
 * replace and update documents), {@link org.pravasi.portal.search.IndexSync} (start-up reconciliation by store
 * fingerprint, re-indexing on change events, all on one indexing thread) and
 * {@link org.pravasi.portal.search.PortalSearch} (the wiring used by {@code Portal}).
 *
 * <p>Roles: {@code *Entries} read the store into {@link org.pravasi.portal.search.IndexEntry} records (dataset records
 * through the catalogue's read model, texts in every language with their language tags through
 * {@code registry.catalog.CatalogTexts}; no class of this package reads the raw dataset), {@code EntryDocuments} turns
 * them into Lucene documents, {@code Analysis} and {@code TextQueryParser} decide what matches, {@code Searching},
 * {@code Snippets}, {@code Labels} and {@code Suggester} answer queries on the shared searcher of
 * {@code LuceneSearchIndex}, and {@code SearchParams} and {@code SearchRoutes} are the HTTP edge. The index lives in
 * {@code <data>/index}; it is derived data and may be deleted at any time while the portal is stopped: the next start
 * rebuilds it.
 */
package org.pravasi.portal.search;
