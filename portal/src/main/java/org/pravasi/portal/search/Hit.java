package org.pravasi.portal.search;

import java.util.List;

/**
 * One search result, as sent in JSON.
 *
 * @param uri the entity URI
 * @param type {@link EntryType#id()}
 * @param title the title in the display language where there is one (plain text: escape it)
 * @param snippet a passage with matches wrapped in {@code <mark>}; HTML-escaped apart from those tags
 * @param org the organisation slug, or empty
 * @param themes theme notations
 * @param districts LGD district codes
 * @param states LGD state codes
 * @param period the period covered or the date, or {@code null}
 * @param languages languages of its text
 * @param modified last change (ISO-8601), or {@code null}
 * @param illustrative whether it is demo data
 * @param source the peer node it was harvested from, or empty for this portal's own
 * @param concept for a code-list concept: its code list and the datasets that use it; {@code null} for other hits
 */
public record Hit(
        String uri,
        String type,
        String title,
        String snippet,
        String org,
        List<String> themes,
        List<String> districts,
        List<String> states,
        DateRange period,
        List<String> languages,
        String modified,
        boolean illustrative,
        String source,
        ConceptHit concept) {}
