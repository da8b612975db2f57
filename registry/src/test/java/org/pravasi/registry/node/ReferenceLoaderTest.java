package org.pravasi.registry.node;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.store.Store;

@DisplayName("Reference graphs at start-up")
class ReferenceLoaderTest {

    @Test
    @DisplayName(
            "the vocabulary and code lists are written on the first start, found current on the next, and rewritten when they differ")
    void rewritesOnlyWhenChanged(@TempDir Path dir) {
        Ontology ontology = Ontology.load();
        Graph codes = ontology.codeLists().getGraph();
        Node codesGraph = NodeFactory.createURI(PravasiUris.CODES_GRAPH);
        try (Store store = Store.open(dir.resolve("store"))) {
            assertFalse(store.read(() -> ReferenceLoader.same(store.dataset(), PravasiUris.CODES_GRAPH, codes)));
            new ReferenceLoader(store, ontology).load(Optional.empty(), dir);
            assertTrue(store.read(() -> ReferenceLoader.same(
                    store.dataset(),
                    PravasiUris.VOCABULARY_GRAPH,
                    ontology.vocabulary().getGraph())));
            assertTrue(store.read(() -> ReferenceLoader.same(store.dataset(), PravasiUris.CODES_GRAPH, codes)));

            // A stray triple (or an older release) makes the stored graph differ; the next load puts it right.
            Quad stray = Quad.create(
                    codesGraph,
                    NodeFactory.createURI("urn:x:s"),
                    NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("o"));
            store.write(() -> {
                store.dataset().add(stray);
                return null;
            });
            assertFalse(store.read(() -> ReferenceLoader.same(store.dataset(), PravasiUris.CODES_GRAPH, codes)));
            new ReferenceLoader(store, ontology).load(Optional.empty(), dir);
            assertTrue(store.read(() -> ReferenceLoader.same(store.dataset(), PravasiUris.CODES_GRAPH, codes)));
            assertFalse(store.read(() -> store.dataset().contains(stray)));
        }
    }
}
