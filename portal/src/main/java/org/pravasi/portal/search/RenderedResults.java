package org.pravasi.portal.search;

import java.util.Optional;
import org.pravasi.registry.web.Json;

/**
 * The JSON body and ETag of the last {@value #CAPACITY} search results sent. The index hands out the same result object
 * for a repeated query until the index changes ({@link SearchIndex#keptResult}), so a body is serialised once and
 * reused for as long as its result object is the answer; a new result (after any change) is rendered afresh.
 * Serialising was two thirds of the cost of answering a repeated query.
 */
final class RenderedResults {
    /** Rendered results kept. */
    static final int CAPACITY = 256;

    private final Kept<SearchQuery, Rendered> kept = new Kept<>(CAPACITY);

    /** The rendering of {@code result} if it is the one kept for {@code query}: no serialising, for an event loop. */
    Optional<Rendered> kept(SearchQuery query, SearchResult result) {
        return kept.peek(query).filter(r -> r.result() == result);
    }

    /** The rendering of {@code result}, the answer to {@code query}: the kept one, or a new one, then kept. */
    Rendered of(SearchQuery query, SearchResult result) {
        return kept(query, result).orElseGet(() -> {
            Rendered fresh = Rendered.of(result);
            kept.put(query, fresh);
            return fresh;
        });
    }

    /**
     * One result as sent.
     *
     * @param result the result
     * @param json its JSON, UTF-8
     * @param etag a strong entity tag: a digest of the JSON, quoted
     */
    record Rendered(SearchResult result, byte[] json, String etag) {
        static Rendered of(SearchResult result) {
            byte[] json = Json.MAPPER.writeValueAsBytes(result);
            return new Rendered(result, json, org.pravasi.portal.web.Revalidated.etag(json));
        }
    }
}
