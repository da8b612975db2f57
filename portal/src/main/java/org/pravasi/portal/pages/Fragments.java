package org.pravasi.portal.pages;

import java.util.List;
import org.pravasi.portal.linkeddata.UriSpace;

/** Pieces of markup shared by several pages: dataset, story and organisation list items, badges, link lists. */
final class Fragments {
    private Fragments() {
    }

    /** A link to a resource with a CSS class: its local page when served here. */
    static String link(UriSpace space, Link l, String cssClass) {
        return "<a class=\"" + cssClass + "\" href=\"" + Html.escape(Html.safeHref(space.href(l.uri()))) + "\">" + Html.escape(l.label()) + "</a>";
    }

    /** The "illustrative" badge, linking to the explanation, or nothing. */
    static String illustrative(Ui ui, boolean illustrative) {
        return illustrative ? " <a class=\"badge illustrative\" href=\"/about#illustrative\">" + ui.e("badge.illustrative") + "</a>" : "";
    }

    /** Links separated by commas. */
    static String links(UriSpace space, List<Link> links, String cssClass) {
        StringBuilder sb = new StringBuilder();
        for (Link l : links) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(link(space, l, cssClass));
        }
        return sb.toString();
    }

    /** A list of datasets, each with its publisher, themes and last change. */
    static String datasets(Ui ui, UriSpace space, List<Summaries.Dataset> datasets) {
        if (datasets.isEmpty()) {
            return "<p>" + ui.e("list.noDatasets") + "</p>\n";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"cards\">\n");
        for (Summaries.Dataset d : datasets) {
            sb.append("<li class=\"card\"><h3>").append(link(space, new Link(d.uri(), d.title()), "dataset-link")).append("</h3>")
                    .append(illustrative(ui, d.illustrative()))
                    .append("<p class=\"meta\">").append(ui.e("label.publisher")).append(": ").append(link(space, d.publisher(), "org-link"));
            if (!d.themes().isEmpty()) {
                sb.append(" · ").append(ui.e("label.themes")).append(": ").append(links(space, d.themes(), "theme-link"));
            }
            sb.append(" · ").append(ui.e("label.modified")).append(": <time>").append(Html.escape(date(d.modified()))).append("</time></p>")
                    .append("<p>").append(Html.escape(shorten(d.description(), 280))).append("</p></li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    /** A list of stories, each with its publisher, date and summary. */
    static String stories(Ui ui, UriSpace space, List<Summaries.Story> stories) {
        if (stories.isEmpty()) {
            return "<p>" + ui.e("list.noStories") + "</p>\n";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"cards\">\n");
        for (Summaries.Story s : stories) {
            sb.append("<li class=\"card\"><h3>").append(link(space, new Link(s.uri(), s.headline()), "story-link")).append("</h3>")
                    .append(illustrative(ui, s.illustrative()))
                    .append("<p class=\"meta\">").append(link(space, s.publisher(), "org-link")).append(" · <time>")
                    .append(Html.escape(s.date())).append("</time></p><p>").append(Html.escape(s.summary())).append("</p></li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    /** The date part of an ISO-8601 timestamp. */
    static String date(String iso) {
        return iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso;
    }

    /** The text cut at a word boundary near {@code max} characters, with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
