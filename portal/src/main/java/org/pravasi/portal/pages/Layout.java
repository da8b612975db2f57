package org.pravasi.portal.pages;

import java.util.List;

/**
 * The shared page shell: head (one stylesheet, the page's ES modules), skip link, header with navigation,
 * language switch and search box, footer. Every page of the portal goes through {@link #render}.
 */
public final class Layout {
    /** Navigation entries: message key suffix and path. */
    static final List<String[]> NAV = List.of(
            new String[] {"home", "/"}, new String[] {"search", "/search"}, new String[] {"map", "/map"},
            new String[] {"datasets", "/datasets"}, new String[] {"organisations", "/organisations"},
            new String[] {"stories", "/stories"}, new String[] {"sparql", "/sparql"}, new String[] {"about", "/about"});

    private Layout() {
    }

    /** The whole HTML document of {@code page} in the language of {@code ui}. */
    public static String render(Ui ui, PageContent page) {
        StringBuilder sb = new StringBuilder(8192 + page.body().length());
        sb.append("<!doctype html>\n<html lang=\"").append(ui.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(page.title())).append(" · ").append(ui.e("site.name")).append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n");
        for (String script : page.scripts()) {
            sb.append("<script type=\"module\" src=\"").append(Html.escape(script.startsWith("/") ? script : "/static/" + script))
                    .append("\"></script>\n");
        }
        sb.append(page.head()).append("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">").append(ui.e("nav.skip")).append("</a>\n");
        header(ui, page.nav(), sb);
        sb.append("<main id=\"main\" tabindex=\"-1\">\n").append(page.body()).append("\n</main>\n");
        footer(ui, sb);
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void header(Ui ui, String current, StringBuilder sb) {
        sb.append("<header class=\"site-header\">\n<div class=\"bar\">\n<a class=\"brand\" href=\"/\">").append(ui.e("site.name")).append("</a>\n");
        if (!current.equals("home") && !current.equals("search")) {
            sb.append("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
                    .append("<label for=\"site-q\" class=\"visually-hidden\">").append(ui.e("search.label")).append("</label>")
                    .append("<input id=\"site-q\" name=\"q\" type=\"search\" maxlength=\"500\" placeholder=\"")
                    .append(ui.e("search.placeholder")).append("\">")
                    .append("<button type=\"submit\">").append(ui.e("search.submit")).append("</button></form>\n");
        }
        sb.append("<p class=\"lang-switch\"><span class=\"visually-hidden\">").append(ui.e("lang.label")).append(": </span>");
        if (ui.lang().equals("hi")) {
            sb.append("<a href=\"").append(Html.escape(ui.switchHref("en"))).append("\" lang=\"en\" hreflang=\"en\">English</a>")
                    .append(" · <span aria-current=\"true\">हिन्दी</span>");
        } else {
            sb.append("<span aria-current=\"true\">English</span> · <a href=\"").append(Html.escape(ui.switchHref("hi")))
                    .append("\" lang=\"hi\" hreflang=\"hi\">हिन्दी</a>");
        }
        sb.append("</p>\n</div>\n<nav aria-label=\"").append(ui.e("nav.label")).append("\">\n<ul>\n");
        for (String[] item : NAV) {
            sb.append("<li><a href=\"").append(item[1]).append('"');
            if (item[0].equals(current)) {
                sb.append(" aria-current=\"page\"");
            }
            sb.append('>').append(ui.e("nav." + item[0])).append("</a></li>\n");
        }
        sb.append("</ul>\n</nav>\n</header>\n");
    }

    private static void footer(Ui ui, StringBuilder sb) {
        sb.append("<footer class=\"site-footer\">\n<p>").append(ui.e("footer.licence")).append("</p>\n<ul>\n")
                .append("<li><a href=\"/catalog?format=ttl\">").append(ui.e("footer.catalog")).append("</a></li>\n")
                .append("<li><a href=\"/dump.nq.gz\">").append(ui.e("footer.dump")).append("</a></li>\n")
                .append("<li><a href=\"/def\">").append(ui.e("footer.vocabulary")).append("</a></li>\n")
                .append("<li><a href=\"/sparql\">").append(ui.e("nav.sparql")).append("</a></li>\n")
                .append("<li><a href=\"/about\">").append(ui.e("footer.privacy")).append("</a></li>\n")
                .append("</ul>\n</footer>\n");
    }
}
