package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("Entity URIs dereference to RDF by content negotiation")
class LinkedDataConnegTest {
    static final String BASE = "https://w3id.org/pravasi/";
    static final String DATASET = "id/dataset/mrc-alliance/violations-by-district-quarter";

    /** The entity, the triple its description must hold, and whether it needs the reference geography. */
    record Entity(String path, String s, String p, String o, boolean needsGeo) {
        @Override
        public String toString() {
            return path;
        }
    }

    static final Entity[] ENTITIES = {
        new Entity("/" + DATASET, BASE + DATASET, DCTerms.publisher.getURI(), BASE + "id/org/mrc-alliance", false),
        new Entity(
                "/id/org/mrc-alliance",
                BASE + "id/org/mrc-alliance",
                RDF.type.getURI(),
                PV.Organisation.getURI(),
                false),
        new Entity("/id/district/201", BASE + "id/district/201", RDF.type.getURI(), PV.District.getURI(), true),
        new Entity(
                "/code/violation-type/withheld-wages",
                BASE + "code/violation-type/withheld-wages",
                SKOS.closeMatch.getURI(),
                BASE + "code/ilo-forced-labour/withholding-of-wages",
                false),
        new Entity(
                "/code/violation-type",
                BASE + "code/violation-type",
                SKOS.hasTopConcept.getURI(),
                BASE + "code/violation-type/wage-theft",
                false),
        new Entity("/def", BASE + "def", RDF.type.getURI(), OWL.Ontology.getURI(), false),
        new Entity("/catalog", BASE + "id/catalog", RDF.type.getURI(), DCAT.Catalog.getURI(), false),
    };

    static Stream<Arguments> entityAndFormat() {
        return Stream.of(ENTITIES)
                .flatMap(e -> Stream.of(
                        Arguments.of(e, "text/turtle", Lang.TURTLE),
                        Arguments.of(e, "application/ld+json", Lang.JSONLD),
                        Arguments.of(e, "application/rdf+xml", Lang.RDFXML),
                        Arguments.of(e, "application/n-triples", Lang.NTRIPLES)));
    }

    static Graph parse(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("entityAndFormat")
    @DisplayName("answers Accept with that RDF format, parseable and holding the entity's key triple")
    void servesEachFormatByAccept(Entity e, String mediaType, Lang lang) {
        assumeTrue(!e.needsGeo() || DemoPortal.geography().isPresent(), "no reference geography (pravasi.test.geo)");
        var r = DemoPortal.shared().get(e.path(), mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
                r.headers().toString());
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        Graph g = parse(r, lang);
        assertTrue(
                g.contains(uri(e.s()), uri(e.p()), uri(e.o())),
                "missing <" + e.s() + "> <" + e.p() + "> <" + e.o() + "> in " + g.size() + " triples");
    }

    @Test
    @DisplayName("format= overrides the Accept header")
    void formatParameterWins() {
        var r = DemoPortal.shared().get("/id/org/mrc-alliance?format=nt", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertFalse(parse(r, Lang.NTRIPLES).isEmpty());
    }

    @Test
    @DisplayName("q-values choose among RDF formats")
    void qualityValuesAreHonoured() {
        var r = DemoPortal.shared().get("/def", "text/turtle;q=0.5, application/ld+json;q=0.9, text/html;q=0.1");
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"),
                r.headers().toString());
    }

    @Test
    @DisplayName("browsers asking for HTML are never sent RDF")
    void browsersGetNoRdf() {
        var r = DemoPortal.shared()
                .get("/id/org/mrc-alliance", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertFalse(
                type.contains("turtle")
                        || type.contains("rdf")
                        || type.contains("ld+json")
                        || type.contains("n-triples"),
                type);
        assertTrue(
                r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")),
                "Vary: Accept on the HTML answer too");
    }

    @Test
    @DisplayName("406 when nothing in Accept is offered, naming the formats that are")
    void notAcceptable() {
        var r = DemoPortal.shared().get("/" + DATASET, "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle") && r.body().contains("application/ld+json"), r.body());
    }

    @Test
    @DisplayName("404 for a URI nothing is known about")
    void unknownUri() {
        assertEquals(
                404,
                DemoPortal.shared()
                        .get("/id/dataset/nobody/nothing", "text/turtle")
                        .statusCode());
        assertEquals(
                404,
                DemoPortal.shared()
                        .get("/code/violation-type/no-such-code", "application/ld+json")
                        .statusCode());
        assertEquals(
                404,
                DemoPortal.shared()
                        .get("/id/org/no-such-org", "application/n-triples")
                        .statusCode());
    }

    @Test
    @DisplayName("a dataset's description lists its downloads as DCAT distributions")
    void datasetHasDistributions() {
        Graph g = parse(DemoPortal.shared().get("/" + DATASET, "text/turtle"), Lang.TURTLE);
        Node ds = uri(BASE + DATASET);
        long downloads = g.find(ds, DCAT.distribution.asNode(), Node.ANY).toList().stream()
                .filter(t ->
                        g.contains(t.getObject(), DCAT.downloadURL.asNode(), uri(BASE + DATASET + "/download.csv")))
                .count();
        assertEquals(1, downloads);
        assertEquals(
                Distributions.DOWNLOADS.size(),
                g.find(ds, DCAT.distribution.asNode(), Node.ANY).toList().size());
    }

    @Test
    @DisplayName("the catalogue lists every demo dataset with its publisher, the dump and the SPARQL service")
    void catalogueIsDcat() {
        Graph g = parse(DemoPortal.shared().get("/catalog", "text/turtle"), Lang.TURTLE);
        Node catalog = uri(BASE + "id/catalog");
        var datasets = g.find(catalog, DCAT.dataset.asNode(), Node.ANY).toList();
        assertEquals(11, datasets.size());
        for (var t : datasets) {
            assertTrue(
                    g.contains(t.getObject(), RDF.type.asNode(), DCAT.Dataset.asNode()),
                    t.getObject().getURI());
            Node publisher = g.find(t.getObject(), DCTerms.publisher.asNode(), Node.ANY)
                    .next()
                    .getObject();
            assertTrue(g.contains(publisher, SKOS.prefLabel.asNode(), Node.ANY), "publisher described: " + publisher);
        }
        assertTrue(g.contains(Node.ANY, DCAT.downloadURL.asNode(), uri(BASE + "dump.nq.gz")));
        assertTrue(g.contains(Node.ANY, DCAT.endpointURL.asNode(), uri(BASE + "sparql")));
    }

    @Test
    @DisplayName("a dataset version dereferences to its observations")
    void versionHasObservations() {
        Graph g = parse(DemoPortal.shared().get("/" + DATASET + "/v1", "application/n-triples"), Lang.NTRIPLES);
        assertEquals(
                384,
                g.find(Node.ANY, RDF.type.asNode(), QB.Observation.asNode())
                        .toList()
                        .size());
    }
}
