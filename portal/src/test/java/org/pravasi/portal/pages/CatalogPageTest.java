package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("The catalogue page links every DCAT serialisation it serves")
class CatalogPageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Turtle, text/turtle, TURTLE",
        "JSON-LD, application/ld+json, JSONLD",
        "RDF/XML, application/rdf+xml, RDFXML",
        "N-Triples, application/n-triples, NTRIPLES"
    })
    @DisplayName("/catalog links the serialisation, and the link answers it as RDF with the catalogue")
    void linksSerialisation(String label, String mediaType, String lang) {
        String html = DemoPortal.shared().get("/catalog", "text/html").body();
        Matcher m = Pattern.compile("<a class=\"catalog-format\"[^>]*type=\"" + Pattern.quote(mediaType)
                        + "\" href=\"([^\"]+)\">" + Pattern.quote(label) + "</a>")
                .matcher(html);
        assertTrue(m.find(), "no " + label + " link on /catalog");
        HttpResponse<String> r = DemoPortal.shared().get(m.group(1).replace("&amp;", "&"), "text/html");
        assertEquals(200, r.statusCode(), m.group(1));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), m.group(1));
        Graph g = GraphFactory.createDefaultGraph();
        Lang parsed = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        RDFParser.fromString(r.body(), parsed).parse(g);
        assertTrue(g.size() > 100, label + ": " + g.size() + " triples");
    }
}
