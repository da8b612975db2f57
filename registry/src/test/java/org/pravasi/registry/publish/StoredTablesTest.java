package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PROV;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.TestNode;

/**
 * The node's tables of version graphs, kept in memory for disclosure control: a kept table is the table a fresh read of
 * the store gives, a harvest's rewrite of a graph under the same URI is read afresh, and the memory is bounded by the
 * tables' weight.
 */
class StoredTablesTest {
    private static final String ORG = "mrc-alliance";
    private static final String BASE = "https://w3id.org/pravasi/id/dataset/mrc-alliance/";

    /** Katihar (201) 2023 is 3: withheld, with its complements. */
    private static final String CSV =
            "district,year,cases\n201,2023,3\n201,2024,20\n214,2023,30\n214,2024,40\n188,2023,50\n188,2024,60\n";

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

    private static String descriptor(String slug) {
        return """
                {"slug": "%s", "publisher": "mrc-alliance", "title": "Cases", "description": "Test.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "year", "role": "period", "granularity": "year"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(slug);
    }

    /** Publishes the table as {@code slug}; returns the dataset. */
    private Node publish(String slug) {
        PublishOutcome o = LegalAidCases.publish(node, descriptor(slug), CSV, ORG, false);
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
        return NodeFactory.createURI(BASE + slug);
    }

    /** The dataset's current table through {@code tables}. */
    private KeyedTable current(StoredTables tables, Node dataset) {
        return node.store()
                .read(() -> SameMeasureTables.current(node.store().dataset(), tables, dataset))
                .orElseThrow();
    }

    /** The dataset's current table read from the store, without a cache. */
    private KeyedTable fresh(Node dataset) {
        return current(new StoredTables(0, 0), dataset);
    }

    private static void assertSameTable(KeyedTable expected, KeyedTable actual) {
        assertEquals(expected.dataset(), actual.dataset());
        assertEquals(expected.measure(), actual.measure());
        assertEquals(expected.dimensions(), actual.dimensions());
        assertEquals(expected.keys(), actual.keys());
        assertArrayEquals(expected.values(), actual.values());
        assertEquals(expected.withheld(), actual.withheld());
        assertArrayEquals(expected.lines(), actual.lines());
    }

    @Test
    void aKeptTableIsTheTableAFreshReadGives() {
        Node ds = publish("cases");
        StoredTables tables = new StoredTables();
        KeyedTable first = current(tables, ds);
        KeyedTable second = current(tables, ds);

        assertEquals(new StoredTables.Figures(1, 1, 1, 6 * 3), tables.figures());
        KeyedTable read = fresh(ds);
        assertSameTable(read, first);
        assertSameTable(read, second);
        assertEquals(6, read.keys().size());
        assertTrue(
                read.withheld()
                        .get(read.keys()
                                .indexOf(read.keys().stream()
                                        .filter(k -> k.get(0).endsWith("/201")
                                                && k.get(1).endsWith("2023"))
                                        .findFirst()
                                        .orElseThrow())),
                "Katihar 2023 is read as withheld");
    }

    @Test
    void whatACallerDoesToItsTableDoesNotChangeTheKeptOne() {
        Node ds = publish("cases");
        StoredTables tables = new StoredTables();
        for (int i = 0; i < 2; i++) { // the table read, then the table kept
            KeyedTable mine = current(tables, ds);
            mine.values()[0] = 999;
            mine.withheld().flip(0, mine.keys().size());
        }

        assertSameTable(fresh(ds), current(tables, ds));
    }

    @Test
    void aGraphRewrittenUnderItsUriByAHarvestIsReadAfresh() {
        Node ds = publish("cases");
        StoredTables tables = new StoredTables();
        KeyedTable before = current(tables, ds);
        Node version = NodeFactory.createURI(BASE + "cases/v1");
        // A harvest replaces the graph's statements and stamps it with its time (HarvestWriter).
        node.store().write(() -> {
            DatasetGraph dsg = node.store().dataset();
            Quad count = dsg.find(version, Node.ANY, before.measure(), Node.ANY).next();
            dsg.delete(count);
            dsg.add(version, count.getSubject(), count.getPredicate(), literal("7", XSDDatatype.XSDinteger));
            dsg.add(
                    version,
                    version,
                    PROV.generatedAtTime.asNode(),
                    literal("2026-12-04T16:00:00Z", XSDDatatype.XSDdateTime));
            return null;
        });

        KeyedTable after = current(tables, ds);
        assertSameTable(fresh(ds), after);
        assertNotEquals(java.util.Arrays.toString(before.values()), java.util.Arrays.toString(after.values()));
        assertEquals(2, tables.figures().misses());
    }

    private static Node literal(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    @Test
    void theMemoryKeptIsBoundedByTheTablesWeight() {
        long weight = 6 * 3; // six observations, two dimensions and the count
        StoredTables tables = new StoredTables(3 * weight, weight);
        for (int i = 1; i <= 6; i++) {
            Node ds = publish("cases-" + i);
            assertSameTable(fresh(ds), current(tables, ds));
            StoredTables.Figures f = tables.figures();
            assertTrue(f.weight() <= 3 * weight, () -> "kept " + f);
            assertTrue(f.tables() <= 3, () -> "kept " + f);
        }
    }

    @Test
    void aTableHeavierThanOneKeptIsReadEveryTime() {
        Node ds = publish("cases");
        StoredTables tables = new StoredTables(1_000, 6 * 3 - 1);
        current(tables, ds);
        assertSameTable(fresh(ds), current(tables, ds));
        assertEquals(new StoredTables.Figures(0, 2, 0, 0), tables.figures());
    }

    @Test
    void aNegativeBoundIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StoredTables(-1, 0));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void aReplacedVersionsMeasureIsReadFromTheArchiveOnceEvenWhenItsTableIsNotKept() {
        Node dataset = publish("cases");
        PublishOutcome v2 =
                LegalAidCases.publish(node, descriptor("cases"), CSV.replace("188,2024,60", "188,2024,65"), ORG, false);
        assertEquals(
                PublishOutcome.Status.PUBLISHED,
                v2.status(),
                () -> v2.findings().toString());
        StoredTables tables = new StoredTables(new VersionArchive(node.config().dataDir(), node.uris()), 0, 0);
        DatasetGraph dsg = node.store().dataset();

        java.util.Set<Node> first = node.store().read(() -> tables.replacedMeasures(dsg, dataset));
        java.util.Set<Node> again = node.store().read(() -> tables.replacedMeasures(dsg, dataset));
        long reads = tables.figures().misses();

        assertEquals(1, reads, "version 1's table read from the archive once, for both");
        assertEquals(java.util.Set.of(current(tables, dataset).measure()), first, "version 1's measure");
        assertEquals(first, again);
        assertEquals(1, node.store().read(() -> tables.replaced(dsg, dataset)).size(), "its table is still there");
    }

    @Test
    void releasesComeNewestFirstAndAVersionShowingWhatANewerOneShowsIsLeftOut() {
        Node dataset = publish("cases");
        String changed = CSV.replace("188,2024,60", "188,2024,65");
        for (String csv : java.util.List.of(changed, CSV, changed)) {
            PublishOutcome o = LegalAidCases.publish(node, descriptor("cases"), csv, ORG, false);
            assertEquals(
                    PublishOutcome.Status.PUBLISHED,
                    o.status(),
                    () -> o.findings().toString());
        }
        StoredTables tables = new StoredTables(new VersionArchive(node.config().dataDir(), node.uris()), 0, 0);
        java.util.List<Integer> releases = new java.util.ArrayList<>();

        node.store().read(() -> {
            SameMeasureTables.forEachRelease(node.store().dataset(), tables, dataset, r -> releases.add(r.number()));
            return null;
        });

        assertEquals(
                java.util.List.of(0, 3),
                releases,
                "version 4 (current), then 3; version 2 shows what 4 does, read from the store in another order, and"
                        + " version 1 what 3 does");
    }

    /** A peer's dataset, as a harvest stores it: not under this node's base. */
    private static final Node PEER_DATASET = NodeFactory.createURI("https://peer.example.org/id/dataset/org-a/cases");

    private static final Node PEER_V3 = NodeFactory.createURI(PEER_DATASET.getURI() + "/v3");

    /** Writes {@code counts} (state code to count) as the peer's current version 3, in place of what it held. */
    private void writePeerVersion(java.util.Map<String, Long> counts) {
        Node state = NodeFactory.createURI(org.pravasi.ontology.PV.NS + "state");
        Node cases = NodeFactory.createURI(org.pravasi.ontology.PV.NS + "cases");
        Node component = NodeFactory.createURI(PEER_V3.getURI() + "/structure/dimension/1");
        node.store().write(() -> {
            DatasetGraph dsg = node.store().dataset();
            org.pravasi.registry.store.GraphEraser.erase(dsg, PEER_V3);
            dsg.add(PEER_DATASET, PEER_DATASET, org.pravasi.ontology.DCAT3.hasCurrentVersion.asNode(), PEER_V3);
            dsg.add(PEER_V3, component, org.pravasi.ontology.QB.dimension.asNode(), state);
            dsg.add(
                    PEER_V3,
                    NodeFactory.createURI(PEER_V3.getURI() + "/structure/measure"),
                    org.pravasi.ontology.QB.measure.asNode(),
                    cases);
            counts.forEach((code, count) -> {
                Node obs = NodeFactory.createURI(PEER_V3.getURI() + "/obs/" + code);
                dsg.add(PEER_V3, obs, org.pravasi.ontology.QB.dataSet.asNode(), PEER_V3);
                dsg.add(PEER_V3, obs, state, NodeFactory.createURI("https://peer.example.org/id/state/" + code));
                dsg.add(PEER_V3, obs, cases, NodeFactory.createLiteralDT(count.toString(), XSDDatatype.XSDinteger));
            });
            return null;
        });
    }

    /** What the checks of versions read together read beside the peer's current version 3. */
    private java.util.List<KeyedTable> replacedOfPeer(StoredTables tables) {
        return node.store().read(() -> tables.replaced(node.store().dataset(), PEER_DATASET));
    }

    @Test
    @DisplayName(
            "the table a harvest kept under a version URI is read beside the graph now current under that URI, unless"
                    + " the two tables are the same")
    void aKeptTableIsReadBesideAnotherTableUnderItsUri() {
        VersionArchive archive = new VersionArchive(node.config().dataDir(), node.uris());
        // Bihar (10) 40 and Jharkhand (20) 30, served here and kept as a harvest replaced it...
        writePeerVersion(java.util.Map.of("10", 40L, "20", 30L));
        node.store().write(() -> {
            archive.keepHarvested(node.store().dataset(), PEER_V3);
            return null;
        });
        StoredTables tables = new StoredTables(archive, 0, 0);
        // ...then written again with the same table: nothing to read beside it.
        writePeerVersion(java.util.Map.of("10", 40L, "20", 30L));
        assertEquals(java.util.List.of(), replacedOfPeer(tables), "the same table is not read twice");

        // A store that holds another table under that URI (harvested before a harvest refused it) still reads the
        // first.
        writePeerVersion(java.util.Map.of("20", 31L, "9", 50L));
        java.util.List<KeyedTable> replaced = replacedOfPeer(tables);

        assertEquals(1, replaced.size(), "the table first served under version 3 is read: " + replaced);
        assertTrue(
                replaced.getFirst().keys().contains(java.util.List.of("https://peer.example.org/id/state/10")),
                "Bihar's 40 is in it: " + replaced.getFirst().keys());
    }
}
