package org.pravasi.portal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Crawlers find every page through robots.txt and the sitemap")
class DiscoveryTest {
    private static final String BASE = "https://w3id.org/pravasi/";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"(/id/(?:org|story|district)/[^\"#?]+)\"");

    /** Each URL of the sitemap and its lastmod. */
    private static Map<String, String> sitemap;

    @BeforeAll
    static void readSitemap() throws Exception {
        HttpResponse<String> r = DemoPortal.shared().get("/sitemap.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(SITEMAP_NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        sitemap = new LinkedHashMap<>();
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
            sitemap.put(
                    url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
        }
    }

    @Test
    @DisplayName("the sitemap lists every dataset of the catalogue")
    void sitemapListsEveryDataset() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DemoPortal.shared().get("/catalog", "text/turtle").body(), Lang.TURTLE)
                .parse(g);
        List<Node> datasets = g.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY)
                .mapWith(t -> t.getObject())
                .toList();
        assertTrue(datasets.size() >= 11, "datasets: " + datasets);
        datasets.forEach(d -> assertTrue(sitemap.containsKey(d.getURI()), d + " is not in the sitemap"));
    }

    @Test
    @DisplayName("the sitemap lists every organisation, story and district page the site links to")
    void sitemapListsEveryLinkedPage() {
        Set<String> linked = new TreeSet<>();
        for (String list : List.of("/organisations", "/stories", "/")) {
            Matcher m =
                    PAGE_LINK.matcher(DemoPortal.shared().get(list, "text/html").body());
            while (m.find()) {
                linked.add(BASE + m.group(1).substring(1));
            }
        }
        assertTrue(linked.stream().anyMatch(u -> u.contains("/id/org/")), "organisations: " + linked);
        assertTrue(linked.stream().anyMatch(u -> u.contains("/id/story/")), "stories: " + linked);
        assertTrue(linked.stream().anyMatch(u -> u.contains("/id/district/")), "districts: " + linked);
        Set<String> missing = new TreeSet<>(linked);
        missing.removeAll(sitemap.keySet());
        assertTrue(missing.isEmpty(), "linked pages not in the sitemap: " + missing);
    }

    @Test
    @DisplayName("every page in the sitemap answers 200 and has a W3C lastmod date")
    void everySitemapPageAnswersAndHasALastmod() {
        assertFalse(sitemap.isEmpty());
        sitemap.forEach((url, lastmod) -> {
            assertTrue(url.startsWith(BASE), url);
            assertEquals(
                    200,
                    DemoPortal.shared()
                            .get(url.substring(BASE.length() - 1), "text/html")
                            .statusCode(),
                    url);
            assertTrue(lastmod.length() >= 10, url + " has no lastmod");
            LocalDate.parse(lastmod.substring(0, 10));
        });
    }

    @Test
    @DisplayName("robots.txt allows the pages, points to the sitemap and disallows queries and the API")
    void robotsAllowsPagesAndDisallowsExpensiveEndpoints() {
        HttpResponse<String> r = DemoPortal.shared().get("/robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = r.body().lines().map(String::strip).toList();
        assertTrue(lines.contains("User-agent: *"), r.body());
        assertTrue(lines.contains("Sitemap: " + BASE + "sitemap.xml"), r.body());
        for (String path : List.of("/sparql?", "/api/", "/dump.nq.gz")) {
            assertTrue(lines.contains("Disallow: " + path), path + " not disallowed:\n" + r.body());
        }
        for (String page :
                List.of("/", "/id/dataset/mrc-alliance/violations-by-district-quarter", "/sparql", "/catalog")) {
            assertFalse(disallowed(lines, page), page + " is disallowed:\n" + r.body());
        }
        assertTrue(disallowed(lines, "/sparql?query=SELECT"), r.body());
        assertTrue(disallowed(lines, "/api/datasets"), r.body());
    }

    /**
     * Whether a robots.txt group of plain prefixes (the longest match wins, as RFC 9309 says) disallows {@code path}.
     */
    private static boolean disallowed(List<String> lines, String path) {
        String allow = "";
        String disallow = "";
        for (String line : lines) {
            if (line.startsWith("Allow: ")
                    && path.startsWith(line.substring(7))
                    && line.length() - 7 > allow.length()) {
                allow = line.substring(7);
            }
            if (line.startsWith("Disallow: ")
                    && path.startsWith(line.substring(10))
                    && line.length() - 10 > disallow.length()) {
                disallow = line.substring(10);
            }
        }
        return disallow.length() > allow.length();
    }
}
