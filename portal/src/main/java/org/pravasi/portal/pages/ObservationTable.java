package org.pravasi.portal.pages;

import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.UriSpace;

/** The observations of a cube as an HTML table; suppressed cells say why they are empty. */
final class ObservationTable {
    /** Most rows shown on a page; the downloads have all of them. */
    static final int MAX_ROWS = 1000;

    private ObservationTable() {
    }

    /** The table, with a caption and links from every code to its page. */
    static String html(Ui ui, UriSpace space, Cube cube, String caption) {
        StringBuilder sb = new StringBuilder(cube.rows().size() * 200);
        sb.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"").append(Html.escape(caption)).append("\">\n")
                .append("<table class=\"data\">\n<caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr>");
        for (Cube.Component d : cube.dimensions()) {
            sb.append("<th scope=\"col\">").append(Html.escape(d.label())).append("</th>");
        }
        sb.append("<th scope=\"col\" class=\"num\">").append(Html.escape(cube.measure().label())).append("</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (Cube.Row r : cube.rows()) {
            if (++n > MAX_ROWS) {
                break;
            }
            sb.append("<tr>");
            for (Cube.Term t : r.keys()) {
                sb.append("<td>").append(t.uri().isEmpty() ? Html.escape(t.label()) : Html.link(space.href(t.uri()), t.label())).append("</td>");
            }
            if (r.suppressed()) {
                sb.append("<td class=\"num suppressed\">").append(ui.e("dataset.suppressedCell")).append("</td>");
            } else {
                sb.append("<td class=\"num\">").append(Numbers.format(r.value().getAsLong())).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
        if (cube.rows().size() > MAX_ROWS) {
            sb.append("<p class=\"note\">").append(Html.escape(ui.f("dataset.moreRows", MAX_ROWS, cube.rows().size()))).append("</p>\n");
        }
        return sb.toString();
    }
}
