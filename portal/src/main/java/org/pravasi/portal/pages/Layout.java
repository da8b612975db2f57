package org.pravasi.portal.pages;

import java.util.List;
import java.util.Map;

/**
 * The shared page shell ({@code pages/layout.jte}): head (one stylesheet, the page's ES modules), skip link, header
 * with navigation, language switch and search box, footer. Every page of the portal goes through {@link #render}.
 */
public final class Layout {
    /** Navigation entries: message key suffix and path. */
    static final List<String[]> NAV = List.of(
            new String[] {"home", "/"},
            new String[] {"search", "/search"},
            new String[] {"map", "/map"},
            new String[] {"datasets", "/datasets"},
            new String[] {"organisations", "/organisations"},
            new String[] {"stories", "/stories"},
            new String[] {"sparql", "/sparql"},
            new String[] {"about", "/about"});

    private Layout() {}

    /** The whole HTML document of {@code page} in the language of {@code ui}. */
    public static String render(Ui ui, PageContent page) {
        return Templates.render("pages/layout.jte", Map.of("ui", ui, "page", page));
    }
}
