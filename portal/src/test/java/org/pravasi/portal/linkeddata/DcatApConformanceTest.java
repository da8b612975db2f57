package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.ontology.DCAT3;
import org.pravasi.portal.testing.DemoPortal;

/**
 * The catalogue and every dataset record, as the demo portal serves them, against the official DCAT-AP 3.0.0 SHACL
 * shapes ({@code src/test/resources/dcat-ap}, unchanged).
 */
@DisplayName("The catalogue conforms to DCAT-AP 3.0")
class DcatApConformanceTest {
    private static final String BASE = "https://w3id.org/pravasi/";

    @Test
    @DisplayName("/catalog validates against the DCAT-AP 3.0.0 shapes with no violation")
    void catalogueConforms() {
        assertConforms("/catalog", fetch("/catalog", "text/turtle", Lang.TURTLE));
    }

    static Stream<Arguments> datasets() {
        Graph catalogue = fetch("/catalog", "text/turtle", Lang.TURTLE);
        List<Arguments> out = new ArrayList<>();
        catalogue
                .find(Node.ANY, DCAT.dataset.asNode(), Node.ANY)
                .forEachRemaining(
                        t -> out.add(Arguments.of(t.getObject().getURI().substring(BASE.length() - 1))));
        return out.stream().sorted((a, b) -> a.get()[0].toString().compareTo(b.get()[0].toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    @DisplayName("every dataset record validates against the DCAT-AP 3.0.0 shapes with no violation")
    void datasetRecordConforms(String path) {
        assertConforms(path, fetch(path, "text/turtle", Lang.TURTLE));
    }

    static Stream<Arguments> versions() {
        Graph catalogue = fetch("/catalog", "text/turtle", Lang.TURTLE);
        return catalogue
                .find(Node.ANY, DCAT3.hasVersion.asNode(), Node.ANY)
                .mapWith(t -> Arguments.of(t.getObject().getURI().substring(BASE.length() - 1)))
                .toList()
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    @DisplayName("every version's description validates against the DCAT-AP 3.0.0 shapes with no violation")
    void versionConforms(String path) {
        assertConforms(path, fetch(path, "text/turtle", Lang.TURTLE));
    }

    @Test
    @DisplayName("the catalogue lists every demo dataset")
    void catalogueListsTheDemoDatasets() {
        assertTrue(datasets().count() >= 11, "datasets listed: " + datasets().count());
    }

    static Stream<Arguments> serialisations() {
        return Stream.of(
                Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/rdf+xml", Lang.RDFXML),
                Arguments.of("application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serialisations")
    @DisplayName("every serialisation of /catalog states the same conforming graph as the Turtle")
    void everySerialisationIsTheSameGraph(String mediaType, Lang lang) {
        Graph turtle = fetch("/catalog", "text/turtle", Lang.TURTLE);
        Graph other = fetch("/catalog", mediaType, lang);
        assertTrue(turtle.isIsomorphicWith(other), mediaType + " differs from the Turtle");
        assertConforms("/catalog as " + mediaType, other);
    }

    private static void assertConforms(String what, Graph data) {
        assertFalse(data.isEmpty(), what + " is empty");
        DcatApShapes.Report report = DcatApShapes.validate(data);
        assertEquals(0, report.violations(), what + ": " + report.text());
    }

    private static Graph fetch(String path, String mediaType, Lang lang) {
        HttpResponse<String> r = DemoPortal.shared().get(path, mediaType);
        assertEquals(200, r.statusCode(), path + " as " + mediaType + ": " + r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).base(BASE).parse(g);
        return g;
    }
}
