package org.pravasi.portal.pages;

import org.apache.jena.graph.NodeFactory;
import org.pravasi.registry.catalog.CatalogView;

/** Whether a place has a name in the page's language, so that a page can say so when it shows the English one. */
final class LocalNames {
    private LocalNames() {}

    /**
     * Whether {@code uri} has no name of its own in {@code lang} (other than English): its label there is the one it
     * falls back to in English. The reference geography names districts in English only.
     */
    /**
     * How many of the districts among {@code links} a page in {@code lang} names in English for want of a name in its
     * language (by {@link Html#fallBackLang}), each name once: what its note "no Hindi name" counts.
     */
    static long englishDistricts(java.util.Collection<Link> links, String lang) {
        return links.stream()
                .filter(l -> l.uri().contains("/id/district/"))
                .map(Link::label)
                .filter(n -> "en".equals(Html.fallBackLang(n, lang)))
                .distinct()
                .count();
    }

    static boolean missing(CatalogView view, String uri, String lang) {
        if ("en".equals(lang)) {
            return false;
        }
        var n = NodeFactory.createURI(uri);
        return view.labels(lang).label(n).equals(view.labels("en").label(n));
    }
}
