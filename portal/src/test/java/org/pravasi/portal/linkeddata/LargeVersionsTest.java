package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.store.Compaction;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.ProblemException;

/** A version too large to build in memory is written as read in N-Triples and Turtle, and refused in the others. */
@DisplayName("RDF answers about a large version")
class LargeVersionsTest {
    private static final String V = "https://w3id.org/pravasi/id/dataset/org-a/cases/v1";
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir, Compaction.NEVER);
        store.write(() -> {
            for (int i = 0; i < 25; i++) {
                store.dataset()
                        .add(new Quad(
                                NodeFactory.createURI(V),
                                NodeFactory.createURI(V + "/obs/" + i),
                                P,
                                NodeFactory.createLiteralString("value " + i)));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("over the limit it is large; at the limit it is not")
    void largeIsMoreThanTheLimit() {
        assertTrue(new LargeVersions(store, 24).ifLarge(V).isPresent());
        assertTrue(new LargeVersions(store, 25).ifLarge(V).isEmpty());
    }

    @Test
    @DisplayName("N-Triples and Turtle hold the description around it and every statement of its graph")
    void streamedFormatsHoldEverything() {
        LargeVersions large = new LargeVersions(store, 10);
        Node v = large.ifLarge(V).orElseThrow();
        Graph head = GraphFactory.createGraphMem();
        head.add(Triple.create(NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/org-a/cases"), P, v));
        for (RdfFormat format : new RdfFormat[] {RdfFormat.NTRIPLES, RdfFormat.TURTLE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            large.write(out, format, head, v);

            Graph back = GraphFactory.createGraphMem();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                    .lang(format == RdfFormat.NTRIPLES ? Lang.NTRIPLES : Lang.TURTLE)
                    .parse(back);
            assertEquals(26, back.size(), format + ": the head's statement and the version's 25");
            assertTrue(back.contains(head.find().next()), format.label());
        }
    }

    @Test
    @DisplayName("JSON-LD and RDF/XML, built whole in memory, are refused with 413 naming the streamed formats")
    void inMemoryFormatsAreRefused() {
        LargeVersions large = new LargeVersions(store, 10);
        for (RdfFormat format : Set.of(RdfFormat.JSONLD, RdfFormat.RDFXML)) {
            ProblemException refused =
                    assertThrows(ProblemException.class, () -> large.refuseUnlessStreamed(format, V));
            assertEquals(413, refused.status());
            assertTrue(refused.detail().contains("?format=nt or ?format=ttl"), refused.detail());
        }
        large.refuseUnlessStreamed(RdfFormat.NTRIPLES, V);
        large.refuseUnlessStreamed(RdfFormat.TURTLE, V);
    }
}
