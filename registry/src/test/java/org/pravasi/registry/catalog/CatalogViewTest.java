package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.DCAT3;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.testing.PublisherPerTest;
import org.pravasi.registry.testing.TestNode;

/**
 * The catalogue's read model over a real TDB2 store, filled through the real publishing path. One node for the class, a
 * publisher of its own for each test ({@link PublisherPerTest}); a test that reads the whole catalogue has a node of
 * its own.
 */
class CatalogViewTest {
    private static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Legal aid cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    private static final String V1 = "district,quarter,cases\n521,2024-Q1,40\n521,2024-Q2,30\n522,2024-Q1,25\n";
    private static final String V2 = "district,quarter,cases\n521,2024-Q1,41\n521,2024-Q2,30\n522,2024-Q1,25\n";

    @RegisterExtension
    static final PublisherPerTest SHARED = new PublisherPerTest("catalogued-org");

    /** The class's node, or the test's own ({@link #ownNode}). */
    RegistryNode node;

    CatalogView view;

    /** This test's publisher. */
    String org;

    /** Its legal-aid dataset (the URI). */
    String dataset;

    /** A node of the test's own, closed after it. */
    RegistryNode own;

    @BeforeEach
    void publisher() {
        node = SHARED.node();
        org = SHARED.org();
        dataset = "https://w3id.org/pravasi/id/dataset/" + org + "/legal-aid";
        view = CatalogView.over(node.store(), node.uris());
    }

    @AfterEach
    void stop() {
        if (own != null) {
            own.close();
        }
    }

    /** For a test that reads the whole catalogue: a node of its own, holding only what the test publishes. */
    private void ownNode(Path dir) {
        own = TestNode.start(dir);
        own.organisations().upsert(Organisation.named(org, org));
        node = own;
        view = CatalogView.over(node.store(), node.uris());
    }

    private void publish(String csv) {
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        org,
                        "d.json",
                        DESCRIPTOR
                                .replace("\"publisher\": \"mrc-alliance\"", "\"publisher\": \"" + org + "\"")
                                .getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
    }

    @Test
    void anUnknownDatasetHasNoRecordAndNoCurrentVersion(@TempDir Path dir) {
        ownNode(dir);
        assertEquals(Optional.empty(), view.record(dataset));
        assertEquals(Optional.empty(), view.currentVersion(dataset));
        assertEquals(Optional.empty(), view.currentCube(dataset));
        assertEquals(List.of(), view.currentDatasets());
    }

    @Test
    void theFirstPublicationIsVersionOne() {
        publish(V1);
        assertEquals(Optional.of(new VersionRef(dataset + "/v1", 1)), view.currentVersion(dataset));
    }

    @Test
    void aRepublicationMovesTheCurrentVersion() {
        publish(V1);
        publish(V2);
        assertEquals(Optional.of(new VersionRef(dataset + "/v2", 2)), view.currentVersion(dataset));
        assertEquals(
                dataset + "/v2",
                view.currentCube(dataset).orElseThrow().version().uri());
    }

    @Test
    void theRecordCarriesItsPublisherLicenceAndCurrentVersion(@TempDir Path dir) {
        ownNode(dir);
        publish(V1);
        DatasetRecord r = view.record(dataset).orElseThrow();
        assertEquals(org + "/legal-aid", r.identifier());
        assertEquals("https://w3id.org/pravasi/id/org/" + org, r.publisher());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", r.licence());
        assertFalse(r.withdrawn());
        assertTrue(r.isCurrent());
        assertEquals(List.of(r), view.records());
        assertEquals(List.of(dataset), view.currentDatasets());
    }

    @Test
    void aWithdrawnDatasetKeepsOnlyItsTombstone(@TempDir Path dir) {
        ownNode(dir);
        publish(V1);
        assertTrue(node.publisher()
                .withdraw(org, "legal-aid", "Two quarters were counted twice.")
                .withdrawn());
        DatasetRecord r = view.record(dataset).orElseThrow();
        assertTrue(r.isTombstone());
        assertEquals(Optional.empty(), view.currentVersion(dataset));
        assertEquals(Optional.empty(), view.currentCube(dataset));
        assertEquals(List.of(), view.currentDatasets());
    }

    @Test
    void theCurrentCubeHasOneRowPerObservationWithItsCount() {
        publish(V2);
        CubeData cube = view.currentCube(dataset).orElseThrow();
        assertEquals(2, cube.dimensions().size(), "area and period");
        assertTrue(cube.measure().orElseThrow().getURI().endsWith("#cases"));
        assertEquals(3, cube.rows().size());
        assertEquals(
                96, cube.rows().stream().mapToLong(r -> r.count().orElse(0)).sum());
        assertTrue(cube.rows().stream().allMatch(r -> r.keys().stream().allMatch(Optional::isPresent)));
    }

    @Test
    void aWithheldCellHasNoCount() {
        publish("district,quarter,cases\n521,2024-Q1,40\n521,2024-Q2,2\n522,2024-Q1,25\n522,2024-Q2,30\n");
        CubeData cube = view.currentCube(dataset).orElseThrow();
        assertTrue(cube.rows().stream().anyMatch(r -> r.count().isEmpty()), "the cell of 2 is withheld");
        assertTrue(cube.rows().stream().noneMatch(r -> r.count().equals(java.util.OptionalLong.of(2))));
    }

    @Test
    void versionsAreListedNewestFirstWithTheCurrentOneMarked() {
        publish(V1);
        publish(V2);
        List<DatasetVersion> versions = view.versions(dataset);
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.ref().number()).toList());
        assertEquals(
                List.of(true, false),
                versions.stream().map(DatasetVersion::current).toList());
        assertEquals("3", versions.get(0).observations());
    }

    @Test
    void aWithdrawalInvalidatesTheLastVersionAndStatesItsReason() {
        publish(V1);
        assertTrue(node.publisher()
                .withdraw(org, "legal-aid", "Two quarters were counted twice.")
                .withdrawn());
        DatasetVersion last = view.versions(dataset).get(0);
        assertFalse(last.current());
        assertTrue(last.invalidated());
        assertEquals(Optional.of("Two quarters were counted twice."), view.withdrawalReason(dataset));
    }

    @Test
    void theCurrentVersionStatesHowItWasMade() {
        publish(V1);
        Provenance p = view.provenance(dataset, dataset + "/v1").orElseThrow();
        assertFalse(p.activity().isEmpty());
        assertFalse(p.tableSha256().isEmpty());
        assertEquals(Optional.empty(), view.provenance(dataset, dataset + "/v9"));
    }

    @Test
    void theCatalogueDescriptionHoldsEveryListedRecordAndItsPublisher() {
        publish(V1);
        Graph g = view.catalogue();
        Node ds = NodeFactory.createURI(dataset);
        assertTrue(g.contains(ds, DCTerms.identifier.asNode(), Node.ANY));
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/pravasi/id/org/" + org), Node.ANY, Node.ANY));
    }

    @Test
    void aDatasetIsDescribedByItsRecord() {
        publish(V1);
        Graph g = view.describe(dataset);
        assertTrue(g.contains(
                NodeFactory.createURI(dataset),
                DCAT3.hasCurrentVersion.asNode(),
                NodeFactory.createURI(dataset + "/v1")));
        assertTrue(view.describe(dataset + "/nothing").isEmpty());
    }

    @Test
    void rowsGivenInOrderChunkByChunkAreTheCubesRowsInItsOrder() {
        StringBuilder csv = new StringBuilder("district,quarter,cases\n");
        for (String d : List.of("521", "522", "523", "524", "525")) {
            for (int q = 1; q <= 4; q++) {
                csv.append(d)
                        .append(",2024-Q")
                        .append(q)
                        .append(',')
                        .append(20 + q)
                        .append('\n');
            }
        }
        publish(csv.toString());
        CubeData whole = view.currentCube(dataset).orElseThrow();
        CubeShape shape = view.currentShape(dataset).orElseThrow();
        assertEquals(20, whole.rows().size());
        for (int chunk : new int[] {1, 3, 7, 20, CatalogView.IN_ORDER_CHUNK}) {
            List<CubeData.Row> given = new ArrayList<>();
            long n = node.store()
                    .read(() -> CubeRows.eachInOrder(
                            node.store().dataset(),
                            NodeFactory.createURI(shape.version().uri()),
                            shape.structure().dimensions(),
                            shape.structure().measure().orElseThrow(),
                            CatalogView::observationNumber,
                            chunk,
                            given::add));
            assertEquals(20, n, "chunk " + chunk);
            assertEquals(whole.rows(), given, "chunk " + chunk);
        }
        // Numbers that are not 1 to n (here counted down from 1,000) are sorted, not placed.
        List<CubeData.Row> down = new ArrayList<>();
        node.store()
                .read(() -> CubeRows.eachInOrder(
                        node.store().dataset(),
                        NodeFactory.createURI(shape.version().uri()),
                        shape.structure().dimensions(),
                        shape.structure().measure().orElseThrow(),
                        uri -> 1000 - CatalogView.observationNumber(uri),
                        7,
                        down::add));
        assertEquals(whole.rows().reversed(), down);
        List<CubeData.Row> viaView = new ArrayList<>();
        assertEquals(20, view.eachRowInOrder(shape, viaView::add));
        assertEquals(whole.rows(), viaView);
    }
}
