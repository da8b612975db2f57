package org.pravasi.registry.catalog.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;

@DisplayName("Tallies by district, read from the store's indexes")
class DistrictTalliesTest {
    static final String VERSION = "https://w3id.org/pravasi/id/dataset/org/slug/v1";
    static final String MEASURE = "https://w3id.org/pravasi/def/cases";
    static final String SERVICE = "https://w3id.org/pravasi/def/service";
    static final String Q1 = "https://w3id.org/pravasi/id/period/2025-Q1";
    static final String LEGAL = "https://w3id.org/pravasi/code/service/legal-aid";
    static final String WAGES = "https://w3id.org/pravasi/code/service/wage-claim";
    static final int K = 10;

    @TempDir
    static Path dir;

    static DatasetGraph dsg;
    static int next;

    /** One observation of district {@code lgd} in 2025-Q1; {@code value} null: withheld (confidential, no value). */
    static void observation(String lgd, String service, Integer value) {
        Node g = NodeFactory.createURI(VERSION);
        Node obs = NodeFactory.createURI(VERSION + "/obs/" + next++);
        dsg.add(g, obs, QB.dataSet.asNode(), g);
        dsg.add(g, obs, SDMX.refArea.asNode(), NodeFactory.createURI(DistrictTallies.DISTRICT_BASE + lgd));
        dsg.add(g, obs, SDMX.refPeriod.asNode(), NodeFactory.createURI(Q1));
        dsg.add(g, obs, NodeFactory.createURI(SERVICE), NodeFactory.createURI(service));
        if (value == null) {
            dsg.add(g, obs, SDMX.obsStatus.asNode(), NodeFactory.createURI(DistrictTallies.CONFIDENTIAL));
        } else {
            dsg.add(
                    g,
                    obs,
                    NodeFactory.createURI(MEASURE),
                    NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger));
        }
    }

    @BeforeAll
    static void store() {
        dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Txn.executeWrite(dsg, () -> {
            observation("201", LEGAL, 30);
            observation("201", WAGES, 40);
            observation("202", LEGAL, 50);
            observation("202", WAGES, null);
        });
    }

    @AfterAll
    static void close() {
        dsg.close();
    }

    static Map<String, Tally> read(List<DistrictTallies.Filter> filters) {
        DistrictTallies.Query q = new DistrictTallies.Query(VERSION, SDMX.refArea.getURI(), MEASURE, Q1, filters);
        return Txn.calculateRead(dsg, () -> new DistrictTallies(60_000).read(dsg, q));
    }

    @Test
    @DisplayName("counts a district's cells, its withheld cells, and keeps a sum only when it is complete")
    void countsCellsAndWithheldCells() {
        Map<String, Tally> all = read(List.of());
        assertEquals(new Tally(2, 2, 0, 70), all.get("201"));
        assertEquals(new Tally(2, 1, 1, 0), all.get("202"));
        assertEquals(Figure.Status.VALUE, Figure.of(all.get("201"), K).status());
        assertEquals(Figure.Status.SUPPRESSED, Figure.of(all.get("202"), K).status());
    }

    @Test
    @DisplayName("a filter keeps only the cells whose code passes")
    void filterKeepsOnlyItsCodes() {
        Map<String, Tally> legal = read(List.of(new DistrictTallies.Filter(SERVICE, Set.of(LEGAL))));
        assertEquals(Map.of("201", new Tally(1, 1, 0, 30), "202", new Tally(1, 1, 0, 50)), legal);
    }

    @Test
    @DisplayName("a code the store has never held matches nothing, instead of being ignored")
    void unknownCodeMatchesNothing() {
        assertEquals(Map.of(), read(List.of(new DistrictTallies.Filter(SERVICE, Set.of(LEGAL + "-unknown")))));
    }
}
