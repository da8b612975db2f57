package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pravasi.portal.map.MapApiTest.VIOLATIONS;
import static org.pravasi.portal.map.MapApiTest.enc;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.web.Assets;

@DisplayName("The map page and its embeddable version")
class MapPageTest {
    static final String ZERO_SUPPRESSED_NODATA =
            "/map?dataset=" + enc(VIOLATIONS) + "&period=2023-Q1&violationType=debt-bondage&all=1";

    static String row(String html, String lgd) {
        Matcher m = Pattern.compile(
                        "<tr class=\"pv-(\\w+)\" data-lgd=\"" + lgd + "\">.*?data-status=\"(\\w+)\">([^<]*)</td>")
                .matcher(html);
        assertTrue(m.find(), "the table has a row for district " + lgd);
        return m.group(2) + ":" + m.group(3);
    }

    @Test
    @DisplayName(
            "renders the map, the form, the time control, the legend, the attribution and the same figures as a table")
    void pageHasMapAndTable() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        HttpResponse<String> r = DemoPortal.shared().get("/map");
        assertEquals(200, r.statusCode());
        String html = r.body();
        for (String id : new String[] {
            "pv-map",
            "pv-map-form",
            "pv-dataset",
            "pv-period",
            "pv-state",
            "pv-time-range",
            "pv-legend",
            "pv-map-table",
            "pv-permalink",
            "pv-embed-code",
            "pv-attribution"
        }) {
            assertTrue(html.contains("id=\"" + id + "\""), "has #" + id);
        }
        assertTrue(html.contains("DataMeet India community (CC BY 2.5 IN)"), "shows the boundaries' attribution");
        assertTrue(html.contains("data-api=\"/api/map?dataset="), "tells the script where the figures are");
        assertTrue(html.contains("<script type=\"module\" src=\"" + Assets.url("/map/map.js") + "\">"));
    }

    @Test
    @DisplayName("shows zero as 0, a suppressed district as suppressed and a district without observations as no data")
    void tableDistinguishesZeroSuppressedAndNoData() {
        assumeTrue(
                DemoPortal.geography().isPresent(),
                "needs the reference geography (pravasi.test.geo) to list districts without data");
        String html = DemoPortal.shared().get(ZERO_SUPPRESSED_NODATA).body();
        assertEquals("value:0", row(html, "62"));
        assertEquals("suppressed:Suppressed to protect privacy", row(html, "201"));
        assertEquals("nodata:No data", row(html, "1"));
        String hindi =
                DemoPortal.shared().get(ZERO_SUPPRESSED_NODATA + "&lang=hi").body();
        assertTrue(hindi.contains("<html lang=\"hi\">"), "the Hindi page says so");
        assertEquals("suppressed:निजता की रक्षा के लिए छिपाया गया", row(hindi, "201"));
        assertEquals("nodata:कोई डेटा नहीं", row(hindi, "1"));
    }

    @Test
    @DisplayName(
            "sorts the table on the server, so sorting works without script, and marks the sorted column for screen readers")
    void tableSortsOnTheServer() {
        String html = DemoPortal.shared()
                .get("/map?dataset=" + enc(MapApiTest.FAMILIES) + "&period=2024-Q1&sort=name")
                .body();
        assertTrue(
                html.contains("aria-sort=\"ascending\" data-sort=\"name\""), "the district column is sorted ascending");
        Matcher names = Pattern.compile("<th scope=\"row\"><a href=\"/id/district/\\w+\">([^<]+)</a>")
                .matcher(html);
        String previous = "";
        int rows = 0;
        while (names.find()) {
            assertTrue(previous.compareToIgnoreCase(names.group(1)) <= 0, previous + " before " + names.group(1));
            previous = names.group(1);
            rows++;
        }
        assertTrue(rows > 1, "several districts listed");
    }

    @Test
    @DisplayName(
            "loads scripts only from files of its own (strict CSP, no inline script, no outside host) and may be framed only as /embed/map")
    void pagesAreSelfContained() {
        HttpResponse<String> page = DemoPortal.shared().get("/map");
        HttpResponse<String> embed = DemoPortal.shared().get("/embed/map");
        for (HttpResponse<String> r : java.util.List.of(page, embed)) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertFalse(
                    Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(r.body()).find(), "no inline script");
            assertFalse(
                    Pattern.compile("(src|href)=\"(https?:)?//(?!127\\.0\\.0\\.1)[^\"]*\\.(js|css|png|json)")
                            .matcher(r.body())
                            .find(),
                    "no asset from another host");
        }
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        assertTrue(
                embed.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        assertTrue(embed.body().contains("class=\"pv-embed\""));
        assertFalse(embed.body().contains("id=\"pv-map-form\""), "the embed has no form");
        assertTrue(embed.body().contains("id=\"pv-map-table\""), "the embed carries the table too");
    }

    @Test
    @DisplayName(
            "names the embed's main landmark after its title, in English and Hindi, unlike the main of a page framing it")
    void embedNamesItsMainLandmark() {
        for (String lang : java.util.List.of("en", "hi")) {
            String html = DemoPortal.shared().get("/embed/map?lang=" + lang).body();
            assertTrue(html.contains("<main id=\"main\" aria-labelledby=\"pv-map-title\">"), lang + ": named main");
            Matcher title =
                    Pattern.compile("<h1 id=\"pv-map-title\"[^>]*>([^<]+)</h1>").matcher(html);
            assertTrue(title.find(), lang + ": the main's name is the map's title");
            assertEquals(1, html.split("id=\"pv-map-title\"", -1).length - 1, lang + ": one title");
        }
    }

    @Test
    @DisplayName("has a permalink naming dataset, period, filters and state, which reproduces the same view")
    void permalinkReproducesTheView() {
        String html = DemoPortal.shared()
                .get("/map?dataset=" + enc(VIOLATIONS) + "&period=2023-Q2&violationType=wage-theft&state=10")
                .body();
        Matcher m = Pattern.compile("id=\"pv-permalink\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find());
        String link = m.group(1).replace("&amp;", "&");
        assertTrue(
                link.contains("period=2023-Q2")
                        && link.contains("violationType=wage-theft")
                        && link.contains("dataset="),
                link);
        String again = DemoPortal.shared().get(link).body();
        assertTrue(again.contains("<option value=\"2023-Q2\" selected>"), "the period is kept");
        assertTrue(again.contains("<option value=\"wage-theft\" selected>"), "the filter is kept");
    }

    @Test
    @DisplayName("has every English map text in Hindi too")
    void everyTextIsTranslated() {
        var en = MapTexts.read("en");
        var hi = MapTexts.read("hi");
        assertEquals(en.keySet(), hi.keySet());
    }
}
