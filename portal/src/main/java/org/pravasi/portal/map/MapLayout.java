package org.pravasi.portal.map;

import gg.jte.Content;
import java.util.Map;
import org.pravasi.portal.pages.Templates;

/**
 * The embeddable map's own minimal document ({@code map/embed.jte}: no header, navigation or footer), and the map's
 * stylesheets and scripts for the portal's shared layout ({@code map/head.jte}). Scripts are external files only (the
 * pages are served with a strict CSP).
 */
final class MapLayout {
    private MapLayout() {}

    /** The whole HTML document of the embeddable map. */
    static String embed(PageModel m, boolean withMap, String leafletVersion) {
        return Templates.render(
                "map/embed.jte",
                Map.of("title", MapHtml.title(m), "m", m, "withMap", withMap, "leafletVersion", leafletVersion));
    }

    /** The stylesheets and scripts the map needs, for the {@code <head>} of the portal's shared layout. */
    static Content head(boolean withMap, String leafletVersion) {
        return Templates.of("map/head.jte", Map.of("withMap", withMap, "leafletVersion", leafletVersion));
    }
}
