package org.pravasi.registry.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the search index reads of a dataset that is listed (typed {@code dcat:Dataset}, not withdrawn, with a title):
 * its texts in every language and the references and dates it is found by. URIs are in the order of the store's reads.
 *
 * @param uri the dataset's URI
 * @param titles its titles, English first, then Hindi, untagged, the rest
 * @param descriptions its descriptions, in the same order
 * @param keywords its keywords, in the same order
 * @param identifier its identifier ({@code org/slug}), if any
 * @param publisher the publishing organisation's URI, if any
 * @param themes the URIs of its themes
 * @param areas the URIs of the areas it covers
 * @param start the first day of its period, if it has a whole period
 * @param end the last day of its period, if it has a whole period
 * @param languages its language codes
 * @param modified when it was last modified, if known
 * @param illustrative whether it is illustrative (demo) data
 * @param source the URI of the node it was harvested from, if it is a copy
 */
public record DatasetTexts(
        String uri,
        List<CatalogTexts.LangText> titles,
        List<CatalogTexts.LangText> descriptions,
        List<CatalogTexts.LangText> keywords,
        Optional<String> identifier,
        Optional<String> publisher,
        List<String> themes,
        List<String> areas,
        Optional<LocalDate> start,
        Optional<LocalDate> end,
        List<String> languages,
        Optional<Instant> modified,
        boolean illustrative,
        Optional<String> source) {}
