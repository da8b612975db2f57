/**
 * Full-text search over the portal: one Lucene index of datasets, stories, organisations, districts, states and
 * code-list concepts, kept in step with the store, served as JSON.
 *
 * <p>Entry points: {@link org.pravasi.portal.search.SearchIndex} (the index: {@code open(dir)}, search, suggest,
 * rebuild), {@link org.pravasi.portal.search.IndexSync} (start-up reconciliation by store fingerprint, rebuilds,
 * re-indexing on change events) and {@link org.pravasi.portal.search.PortalSearch} (the wiring used by
 * {@code Portal}). The index lives in {@code <data>/index}; it is derived data and may be deleted at any time
 * while the portal is stopped: the next start rebuilds it.
 *
 * <h2>Matching</h2>
 * Every text is indexed three ways: English ({@code EnglishAnalyzer}: stemming, stop words), Hindi
 * ({@code HindiAnalyzer}: Indic normalisation, stemming) and folded (lower case, diacritics and nukta removed, no
 * stemming). A query searches all of them: titles weigh 4, tags (keywords, themes, place and organisation names,
 * alternative names) 2, body text 1. All words must match; {@code "two words"} is a phrase; {@code word*} a prefix;
 * {@code -word} excludes; words of five or more letters also match one typo away. Empty {@code q} lists the most
 * recently changed things first. District documents carry their LGD names, any {@code skos:altLabel} of the
 * geography, and the former names in {@code PlaceAliases} (Gurgaon, Allahabad, Mewat, …).
 *
 * <h2>{@code GET /api/search}</h2>
 * Parameters: {@code q} (text, ≤ 500 characters), {@code type} ({@code dataset|story|organisation|district|state|concept}),
 * {@code org} (slug), {@code theme} (notation), {@code state} and {@code district} (LGD codes), {@code from} and
 * {@code to} (years: things whose period overlaps them), {@code page} (from 1), {@code size} (1–100, default 10),
 * {@code lang} ({@code en} or {@code hi}: the language of titles, labels and preferred snippets). Filters may repeat
 * or list values with commas: values of one filter are alternatives, different filters all apply. A bad value
 * gets {@code 400 application/problem+json} whose {@code detail} says what is wrong.
 * <pre>{@code
 * {
 *   "total": 3, "page": 1, "size": 10,
 *   "hits": [{
 *     "uri": "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter",
 *     "type": "dataset",
 *     "title": "Rights violations recorded by district, quarter and violation type",
 *     "snippet": "… bonded labour, <mark>trafficking</mark> cases with …",
 *     "org": "mrc-alliance", "themes": ["violations", "wages"], "districts": ["62", "201"], "states": ["6", "10"],
 *     "period": {"start": "2023-01-01", "end": "2024-12-31"}, "languages": ["en", "hi"],
 *     "modified": "2026-01-31T12:00:00Z", "illustrative": true
 *   }],
 *   "facets": {"type": {"dataset": 2, "concept": 1}, "org": {"mrc-alliance": 2}, "theme": {"trafficking": 2},
 *              "state": {"10": 1}, "district": {"201": 1}, "year": {"2024": 2, "2023": 1}},
 *   "labels": {"org": {"mrc-alliance": "Corridor Alliance of Migrant Rights Centres"}, "theme": {"trafficking": "Trafficking"},
 *              "state": {"10": "Bihar"}, "district": {"201": "Katihar"}}
 * }
 * }</pre>
 * {@code title} is plain text (escape it); {@code snippet} is HTML with everything escaped except the
 * {@code <mark>} tags. {@code period} and {@code modified} are {@code null} where unknown (places, concepts,
 * organisations). Facets count all matches (filters applied), largest first, at most 50 values each; {@code labels}
 * names the facet and hit values that have a document in the index (district names need the reference geography).
 *
 * <h2>{@code GET /api/suggest}</h2>
 * Parameters: {@code q} (≤ 100 characters: each word starts a word of a title or name, the last may be
 * unfinished), {@code size} (1–10, default 10), {@code lang}. Answer:
 * {@code {"q": "kat", "suggestions": [{"uri": "…/id/district/201", "title": "Katihar", "type": "district"}]}}.
 */
package org.pravasi.portal.search;
