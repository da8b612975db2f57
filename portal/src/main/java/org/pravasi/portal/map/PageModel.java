package org.pravasi.portal.map;

import java.util.List;

/**
 * Everything the map page shows, gathered on a worker thread.
 *
 * @param indicators the mappable indicators
 * @param resolution the checked request (lenient), with what was dropped
 * @param result     the figures, or {@code null} when nothing can be mapped
 * @param geography  districts and states of the reference geography
 * @param params     the page's own parameters
 * @param embed      whether this is the embeddable version
 * @param origin     scheme, host and port the request came to, for the embed code
 * @param baseUri    the node's instance base URI, to make local links
 */
record PageModel(List<Indicator> indicators, Resolution resolution, MapResult result, DistrictDirectory geography,
                 PageParams params, boolean embed, String origin, String baseUri) {

    /** The selection shown (present whenever {@code result} is). */
    Selection selection() {
        return resolution.selection().orElseThrow();
    }

    /** The path of the page (full or embed). */
    String path() {
        return embed ? "/embed/map" : "/map";
    }

    /** The URL of this page with another sort order. */
    String sortLink(String sort) {
        return path() + "?" + MapLinks.query(selection(), params.state(), sort);
    }

    /** The permalink of the full page. */
    String permalink() {
        return "/map?" + MapLinks.query(selection(), params.state(), params.sort());
    }

    /** The URL of the embeddable map. */
    String embedLink() {
        return origin + "/embed/map?" + MapLinks.query(selection(), params.state(), null);
    }
}
