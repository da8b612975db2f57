package org.pravasi.registry.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the search index reads of a story (typed {@code pv:Story}, with a headline): its texts in every language and the
 * references and dates it is found by.
 *
 * @param uri the story's URI
 * @param headlines its headlines, English first, then Hindi, untagged, the rest
 * @param abstracts its abstracts, in the same order
 * @param bodies its article bodies (Markdown), in the same order
 * @param publisher the publishing organisation's URI, if any
 * @param themes the URIs of its themes
 * @param districts the URIs of the districts it is about
 * @param published the day it was published, if known
 * @param languages its language codes
 * @param modified when it was last modified, if known
 * @param illustrative whether it is illustrative (demo) content
 */
public record StoryTexts(
        String uri,
        List<CatalogTexts.LangText> headlines,
        List<CatalogTexts.LangText> abstracts,
        List<CatalogTexts.LangText> bodies,
        Optional<String> publisher,
        List<String> themes,
        List<String> districts,
        Optional<LocalDate> published,
        List<String> languages,
        Optional<Instant> modified,
        boolean illustrative) {}
