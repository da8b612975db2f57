package org.pravasi.portal.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pravasi.portal.testing.DemoPortal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

@DisplayName("Atom feeds of new and updated datasets and stories: site-wide, per organisation, per district")
class FeedsTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DATASETS = "https://w3id.org/pravasi/id/dataset/";

    static DemoPortal portal;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    /** The feed at {@code path}, parsed, after checking the elements RFC 4287 requires of a feed and its entries. */
    static Element feed(String path) throws Exception {
        HttpResponse<String> r = portal.get(path, "application/atom+xml");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"),
                r.headers().toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertAbsolute(one(feed, "id"));
        assertFalse(one(feed, "title").isBlank());
        OffsetDateTime.parse(one(feed, "updated"));
        assertTrue(links(feed, "self").size() == 1, "one rel=self link");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        Set<String> ids = new HashSet<>();
        OffsetDateTime previous = null;
        for (Element e : children(feed, "entry")) {
            String id = one(e, "id");
            assertAbsolute(id);
            assertTrue(ids.add(id), "entry ids are unique: " + id);
            assertFalse(one(e, "title").isBlank(), id);
            OffsetDateTime updated = OffsetDateTime.parse(one(e, "updated"));
            assertTrue(previous == null || !updated.isAfter(previous), "newest first: " + id);
            previous = updated;
            assertTrue(feedAuthor || !children(e, "author").isEmpty(), "an author for " + id);
            List<Element> alternate = links(e, "alternate");
            assertEquals(1, alternate.size(), "one alternate link for " + id);
            assertAbsolute(alternate.get(0).getAttribute("href"));
        }
        return feed;
    }

    static void assertAbsolute(String iri) {
        URI u = URI.create(iri);
        assertTrue(u.isAbsolute(), "an absolute IRI: " + iri);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && ATOM.equals(el.getNamespaceURI()) && name.equals(el.getLocalName())) {
                out.add(el);
            }
        }
        return out;
    }

    static String one(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in " + parent.getLocalName());
        return found.get(0).getTextContent();
    }

    static List<Element> links(Element parent, String rel) {
        return children(parent, "link").stream()
                .filter(l -> rel.equals(l.getAttribute("rel")))
                .toList();
    }

    static List<String> ids(Element feed, String kind) {
        return children(feed, "entry").stream()
                .filter(e -> children(e, "category").stream().anyMatch(c -> kind.equals(c.getAttribute("term"))))
                .map(e -> one(e, "id"))
                .toList();
    }

    @Test
    @DisplayName("the site feed is valid Atom and lists every current dataset and the stories")
    void siteFeed() throws Exception {
        Element feed = feed("/feeds/all");
        List<String> datasets = ids(feed, "dataset");
        assertTrue(datasets.contains(DATASETS + "mrc-alliance/violations-by-district-quarter"), datasets.toString());
        assertTrue(datasets.size() >= 10, datasets.toString());
        assertFalse(ids(feed, "story").isEmpty(), "the demo stories are in the feed");
        assertEquals("en", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    @Test
    @DisplayName("a publicly cached feed links under the node's base URI, whatever Host the request names")
    void theFeedsLinksDoNotFollowTheRequestsHost() throws Exception {
        java.net.URI at = portal.uri("/feeds/all");
        String answer;
        try (java.net.Socket socket = new java.net.Socket(at.getHost(), at.getPort())) {
            socket.getOutputStream()
                    .write(("GET /feeds/all HTTP/1.1\r\nHost: attacker.example\r\nAccept: application/atom+xml\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
        assertFalse(answer.contains("attacker.example"), "no link to the Host the request named");
        assertTrue(answer.contains("href=\"https://w3id.org/pravasi/id/dataset/"), "entry links under the base URI");
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("vary: accept-language, cookie"), answer);
    }

    @Test
    @DisplayName("an organisation's feed has its datasets and stories only")
    void organisationFeed() throws Exception {
        Element feed = feed("/feeds/organisation/mrc-alliance");
        List<String> datasets = ids(feed, "dataset");
        assertFalse(datasets.isEmpty());
        datasets.forEach(d -> assertTrue(d.startsWith(DATASETS + "mrc-alliance/"), d));
        ids(feed, "story").forEach(s -> assertTrue(s.contains("/mrc-alliance/"), s));
        List<String> all = ids(feed("/feeds/all"), "dataset").stream()
                .filter(d -> d.startsWith(DATASETS + "mrc-alliance/"))
                .toList();
        assertEquals(Set.copyOf(all), Set.copyOf(datasets));
    }

    @Test
    @DisplayName("a district's feed has the datasets that cover it and the stories about it")
    void districtFeed() throws Exception {
        Element katihar = feed("/feeds/district/201");
        assertTrue(
                ids(katihar, "dataset").contains(DATASETS + "mrc-alliance/violations-by-district-quarter"),
                ids(katihar, "dataset").toString());
        Element gurugram = feed("/feeds/district/62");
        Set<String> site = Set.copyOf(ids(feed("/feeds/all"), "dataset"));
        assertTrue(site.containsAll(ids(gurugram, "dataset")));
        assertTrue(ids(gurugram, "dataset").size() < site.size(), "not every dataset covers Gurugram");
    }

    @Test
    @DisplayName("a feed in Hindi has Hindi titles and says so")
    void hindiFeed() throws Exception {
        Element feed = feed("/feeds/all?lang=hi");
        assertEquals("hi", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertTrue(
                Pattern.compile("\\p{IsDevanagari}").matcher(one(feed, "title")).find(), one(feed, "title"));
    }

    @ParameterizedTest
    @CsvSource({
        "/feeds/organisation/no-such-org",
        "/feeds/organisation/..%2Fetc",
        "/feeds/district/abc",
        "/feeds/district/999999"
    })
    @DisplayName("a feed of nothing known is a 404 that says where the feeds are")
    void unknownScopes(String path) {
        HttpResponse<String> r = portal.get(path, "application/atom+xml");
        assertEquals(404, r.statusCode(), r.body());
    }

    @ParameterizedTest
    @CsvSource({
        "/,/feeds/all",
        "/id/org/mrc-alliance,/feeds/organisation/mrc-alliance",
        "/id/district/201,/feeds/district/201",
        "/datasets,/feeds/all"
    })
    @DisplayName("pages link to their feeds in the head (for feed readers) and in the page (for people)")
    void pagesLinkToTheirFeeds(String page, String feed) {
        HttpResponse<String> r = portal.get(page, "text/html");
        assertEquals(200, r.statusCode(), page);
        String head = r.body().substring(0, r.body().indexOf("</head>"));
        String body = r.body().substring(r.body().indexOf("<body"));
        assertTrue(
                head.contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                        && head.contains("href=\"" + feed + "\""),
                page + " head: " + head);
        assertTrue(body.contains("href=\"" + feed + "\""), page + ": a visible link to " + feed);
        assertNotNull(feed);
    }
}
