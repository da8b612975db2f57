package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.LegalAidCases;
import org.pravasi.registry.testing.TestNode;

/**
 * The tables of one write transaction: what they give is what a fresh read of the store gives
 * ({@link SameMeasureTables#read}), before and after the datasets written are announced; a dataset written and not
 * announced is missing, which is why every write must be.
 */
class TablesInOneWriteTest {
    private static final String ORG = "mrc-alliance";
    private static final Node ORG_URI = NodeFactory.createURI("https://w3id.org/pravasi/id/org/" + ORG);
    private static final Node CASES = NodeFactory.createURI(PV.NS + "cases");
    private static final String BASE = "https://w3id.org/pravasi/id/dataset/" + ORG + "/";

    @TempDir
    Path dir;

    RegistryNode node;
    StoredTables stored;

    @BeforeEach
    void start() {
        node = TestNode.start(dir);
        stored = new StoredTables();
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private Node publish(String slug, String measure, String csv) {
        String descriptor = """
                {"slug": "%s", "publisher": "%s", "title": "Cases", "description": "Test.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "year", "role": "period", "granularity": "year"},
                             {"name": "n", "role": "measure", "measure": "%s"}]}
                """.formatted(slug, ORG, measure);
        PublishOutcome o = LegalAidCases.publish(node, descriptor, csv, ORG, false);
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
        return NodeFactory.createURI(BASE + slug);
    }

    private static String csv(int scale) {
        return "district,year,n\n201,2023,3\n201,2024,20\n214,2023,30\n214,2024,40\n188,2023,50\n188,2024," + 60 * scale
                + "\n";
    }

    /** {@code ORG}'s tables of cases but {@code except}'s, as one write's tables and as a fresh read give them. */
    private void assertSameAsAFreshRead(TablesInOneWrite oneWrite, Node except) {
        node.store().read(() -> {
            var dsg = node.store().dataset();
            List<KeyedTable> kept = oneWrite.read(dsg, ORG_URI, except, CASES);
            List<KeyedTable> fresh = SameMeasureTables.read(dsg, new StoredTables(0, 0), ORG_URI, except, CASES);
            assertEquals(
                    fresh.stream().map(KeyedTable::dataset).toList(),
                    kept.stream().map(KeyedTable::dataset).toList());
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(fresh.get(i).keys(), kept.get(i).keys());
                assertArrayEquals(fresh.get(i).values(), kept.get(i).values());
                assertEquals(fresh.get(i).withheld(), kept.get(i).withheld());
            }
            return null;
        });
    }

    private void announce(TablesInOneWrite oneWrite, Node dataset) {
        node.store().read(() -> {
            oneWrite.written(node.store().dataset(), dataset);
            return null;
        });
    }

    @Test
    void givesWhatAFreshReadGivesAsDatasetsAreWrittenAndAnnounced() {
        Node a = publish("cases-a", "cases", csv(1));
        Node b = publish("cases-b", "cases", csv(1));
        publish("cases-c", "individuals", csv(1));
        TablesInOneWrite oneWrite = new TablesInOneWrite(stored);
        assertSameAsAFreshRead(oneWrite, null);
        assertSameAsAFreshRead(oneWrite, a);

        Node d = publish("cases-d", "cases", csv(1)); // a new table of the measure
        announce(oneWrite, d);
        publish("cases-a", "cases", csv(2)); // a replaced one: a new count
        announce(oneWrite, a);
        publish("cases-b", "individuals", csv(1)); // one that now counts another measure
        announce(oneWrite, b);

        assertSameAsAFreshRead(oneWrite, null);
        assertSameAsAFreshRead(oneWrite, d);
    }

    @Test
    void aDatasetWrittenAndNotAnnouncedIsMissing() {
        publish("cases-a", "cases", csv(1));
        TablesInOneWrite oneWrite = new TablesInOneWrite(stored);
        assertSameAsAFreshRead(oneWrite, null);

        publish("cases-d", "cases", csv(1));

        node.store().read(() -> {
            var dsg = node.store().dataset();
            assertNotEquals(
                    SameMeasureTables.read(dsg, stored, ORG_URI, null, CASES).size(),
                    oneWrite.read(dsg, ORG_URI, null, CASES).size());
            return null;
        });
    }
}
