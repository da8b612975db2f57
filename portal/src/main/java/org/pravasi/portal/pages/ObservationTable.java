package org.pravasi.portal.pages;

import gg.jte.Content;
import java.util.Map;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.UriSpace;

/**
 * The first observations of a cube as an HTML table ({@code pages/observations.jte}); suppressed cells say why they are
 * empty.
 */
final class ObservationTable {
    /** Most rows shown on a page; the downloads have all of them. */
    static final int MAX_ROWS = 1000;

    private ObservationTable() {}

    /**
     * The table of {@code cube}'s first {@link #MAX_ROWS} rows, of {@code total} in all, captioned by the text
     * {@code captionKey} naming {@code title}, with links from every code.
     */
    static Content html(Ui ui, UriSpace space, Cube cube, long total, String captionKey, String title) {
        return Templates.of(
                "pages/observations.jte",
                Map.of(
                        "ui",
                        ui,
                        "space",
                        space,
                        "cube",
                        cube,
                        "total",
                        total,
                        "captionKey",
                        captionKey,
                        "title",
                        title));
    }
}
