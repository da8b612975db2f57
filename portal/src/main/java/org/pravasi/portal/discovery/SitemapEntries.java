package org.pravasi.portal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.OrganisationRecord;
import org.pravasi.registry.catalog.StoryRecord;
import org.pravasi.registry.store.Store;

/**
 * The pages a sitemap lists, with their last change: every current dataset, every organisation, every story, every
 * district with data or a story, and the list pages. Withdrawn datasets (410) and copies harvested under another node's
 * base (not served here) are left out.
 */
final class SitemapEntries {
    /** The list pages, last changed with the newest entry. */
    static final List<String> LIST_PAGES =
            List.of("/", "/datasets", "/catalog", "/organisations", "/stories", "/map", "/sparql", "/about");

    private static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?");

    /**
     * One page.
     *
     * @param path its path on this portal
     * @param lastModified its last change as a W3C date or date-time
     */
    record Entry(String path, String lastModified) {}

    private final Store store;
    private final CatalogView catalogue;
    private final UriSpace space;

    SitemapEntries(Store store, CatalogView catalogue, UriSpace space) {
        this.store = store;
        this.catalogue = catalogue;
        this.space = space;
    }

    /** Every page, in path order; read in one transaction. */
    List<Entry> read() {
        return store.read(() -> {
            Map<String, String> pages = new TreeMap<>();
            for (DatasetRecord r : catalogue.records()) {
                if (!r.isCurrent()) {
                    continue;
                }
                String modified = date(r.modified());
                put(pages, r.uri(), modified);
                put(pages, r.publisher(), modified);
                for (String place : catalogue.description(r.uri()).spatial()) {
                    if (place.contains("/id/district/")) {
                        put(pages, place, modified);
                    }
                }
            }
            for (StoryRecord s : catalogue.stories()) {
                String published = date(s.published());
                put(pages, s.uri(), published);
                put(pages, s.publisher(), published);
                s.districts().forEach(d -> put(pages, d, published));
            }
            String newest = pages.values().stream()
                    .filter(v -> !v.isEmpty())
                    .max(Comparator.naturalOrder())
                    .orElse("");
            for (OrganisationRecord o : catalogue.organisations(catalogue.labels("en"))) {
                put(pages, o.uri(), newest);
            }
            List<Entry> out = new ArrayList<>();
            LIST_PAGES.forEach(p -> out.add(new Entry(p, newest)));
            pages.forEach((uri, modified) -> space.pathOf(uri).ifPresent(p -> out.add(new Entry(p, modified))));
            return out;
        });
    }

    /** Records {@code uri} as changed at {@code date}, keeping the newest date it was changed at. */
    private static void put(Map<String, String> pages, String uri, String date) {
        if (uri == null || uri.isEmpty()) {
            return;
        }
        pages.merge(uri, date, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The lexical date if it is a W3C date or date-time, else empty (the sitemap then omits it). */
    private static String date(String lexical) {
        return Optional.ofNullable(lexical)
                .filter(d -> DATE.matcher(d).matches())
                .orElse("");
    }
}
