package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.testing.TestNode;

/** The cube read from the quad indexes by node id is the cube a lookup per observation and dimension gives. */
class CubeRowsTest {
    private static final String DATASET =
            "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter";

    @TempDir
    Path dir;

    RegistryNode node;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void everyObservationKeepsItsKeysAndItsCountUnlessWithheld() {
        PublishOutcome o = TestNode.publishDemo(node, "mrc-alliance", "violations-by-district-quarter");
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
        CubeData cube =
                CatalogView.over(node.store(), node.uris()).currentCube(DATASET).orElseThrow();
        List<CubeData.Row> expected =
                node.store().read(() -> byLookups(node.store().dataset(), cube));
        assertEquals(expected, cube.rows());
        assertTrue(cube.rows().stream().anyMatch(r -> r.count().isEmpty()), "the demo data has withheld cells");
        assertTrue(cube.rows().stream().anyMatch(r -> r.count().isPresent()));
        assertTrue(cube.dimensions().size() >= 3, cube.dimensions().toString());
    }

    /** The rows as a lookup per observation and dimension reads them (the reader CubeRows replaced), same order. */
    private static List<CubeData.Row> byLookups(DatasetGraph dsg, CubeData cube) {
        Node v = NodeFactory.createURI(cube.version().uri());
        Node confidential = CatalogView.CONFIDENTIAL;
        List<CubeData.Row> out = new ArrayList<>();
        for (CubeData.Row r : cube.rows()) {
            Node obs = NodeFactory.createURI(r.uri());
            assertTrue(dsg.contains(v, obs, org.pravasi.ontology.QB.dataSet.asNode(), v), r.uri());
            List<Optional<Node>> keys = new ArrayList<>();
            for (Node d : cube.dimensions()) {
                var it = dsg.find(v, obs, d, Node.ANY);
                keys.add(it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty());
            }
            OptionalLong count = OptionalLong.empty();
            var m = dsg.find(v, obs, cube.measure().orElseThrow(), Node.ANY);
            if (!dsg.contains(v, obs, SDMX.obsStatus.asNode(), confidential) && m.hasNext()) {
                count = OptionalLong.of(Long.parseLong(m.next().getObject().getLiteralLexicalForm()));
            }
            out.add(new CubeData.Row(r.uri(), List.copyOf(keys), count));
        }
        long observations = org.apache.jena.atlas.iterator.Iter.count(
                dsg.find(v, Node.ANY, org.pravasi.ontology.QB.dataSet.asNode(), v));
        assertEquals(observations, out.size(), "one row per observation");
        return out;
    }
}
