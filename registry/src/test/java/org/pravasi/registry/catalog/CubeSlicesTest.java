package org.pravasi.registry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;

@DisplayName("A selection's observations, read from the store's indexes")
class CubeSlicesTest {
    static final String BASE = "https://w3id.org/pravasi/id/dataset/org/slug/v";
    static final Node SERVICE = NodeFactory.createURI("https://w3id.org/pravasi/def/service");
    static final Node MEASURE = NodeFactory.createURI("https://w3id.org/pravasi/def/cases");
    static final Node LEGAL = NodeFactory.createURI("https://w3id.org/pravasi/code/service/legal-aid");
    static final Node WAGES = NodeFactory.createURI("https://w3id.org/pravasi/code/service/wage-claim");
    static final List<Node> DIMS = List.of(SDMX.refArea.asNode(), SDMX.refPeriod.asNode(), SERVICE);
    static final long ANY_SIZE = 1_000_000;

    @TempDir
    static Path dir;

    static DatasetGraph dsg;
    /** A small and a large version: 10 and 1,000 districts, each with 4 quarters × 2 services. */
    static CubeShape small;

    static CubeShape large;

    static Node district(int lgd) {
        return NodeFactory.createURI("https://w3id.org/pravasi/id/district/" + lgd);
    }

    static Node quarter(int q) {
        return NodeFactory.createURI("https://w3id.org/pravasi/id/period/2024-Q" + q);
    }

    /** Writes a version of {@code districts} districts (from 201); every third observation is withheld. */
    static CubeShape version(int number, int districts) {
        Node g = NodeFactory.createURI(BASE + number);
        int obs = 0;
        for (int d = 0; d < districts; d++) {
            for (int q = 1; q <= 4; q++) {
                for (Node service : List.of(LEGAL, WAGES)) {
                    Node o = NodeFactory.createURI(g.getURI() + "/obs/" + ++obs);
                    dsg.add(g, o, RDF.type.asNode(), QB.Observation.asNode());
                    dsg.add(g, o, QB.dataSet.asNode(), g);
                    dsg.add(g, o, SDMX.refArea.asNode(), district(201 + d));
                    dsg.add(g, o, SDMX.refPeriod.asNode(), quarter(q));
                    dsg.add(g, o, SERVICE, service);
                    if (obs % 3 == 0) {
                        dsg.add(g, o, SDMX.obsStatus.asNode(), CatalogView.CONFIDENTIAL);
                    } else {
                        dsg.add(g, o, MEASURE, NodeFactory.createLiteralDT("" + obs, XSDDatatype.XSDinteger));
                    }
                }
            }
        }
        return shape(number);
    }

    static CubeShape shape(int number) {
        return CubeSlices.shape(
                dsg,
                "https://w3id.org/pravasi/id/dataset/org/slug",
                new VersionRef(BASE + number, number),
                new CubeShape.Structure(DIMS, Optional.of(MEASURE)),
                CubeSlicesTest::number);
    }

    static long number(String uri) {
        return Long.parseLong(uri.substring(uri.lastIndexOf('/') + 1));
    }

    @BeforeAll
    static void store() {
        dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Txn.executeWrite(dsg, () -> {
            small = version(1, 10);
            large = version(2, 1000);
        });
    }

    @AfterAll
    static void close() {
        dsg.close();
    }

    static CubeSlice slice(CubeShape shape, long atMost, Set<Node> area, Set<Node> period, Set<Node> service) {
        return Txn.calculateRead(
                dsg,
                () -> CubeSlices.slice(
                        dsg, shape, Arrays.asList(area, period, service), atMost, CubeSlicesTest::number));
    }

    /** The oracle: every observation of the version, read whole, kept when it meets the bounds. */
    static List<CubeData.Row> filtered(CubeShape shape, Set<Node> area, Set<Node> period, Set<Node> service) {
        List<Set<Node>> bounds = Arrays.asList(area, period, service);
        List<CubeData.Row> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (CubeData.Row r :
                    CubeRows.read(dsg, NodeFactory.createURI(shape.version().uri()), DIMS, MEASURE)) {
                boolean keep = true;
                for (int i = 0; i < bounds.size(); i++) {
                    keep &= bounds.get(i) == null
                            || r.keys().get(i).filter(bounds.get(i)::contains).isPresent();
                }
                if (keep) {
                    out.add(r);
                }
            }
        });
        out.sort((a, b) -> Long.compare(number(a.uri()), number(b.uri())));
        return out;
    }

    @Test
    void aDistrictsSelectionReadsTheSameWhateverTheDatasetsSize() {
        CubeSlice inSmall = slice(small, ANY_SIZE, Set.of(district(205)), null, null);
        CubeSlice inLarge = slice(large, ANY_SIZE, Set.of(district(205)), null, null);
        assertEquals(8, inSmall.rows().size());
        assertEquals(8, inLarge.rows().size());
        assertEquals(8 * 6, inLarge.quads(), "the quads of the district's 8 observations, no others");
        assertEquals(inSmall.quads(), inLarge.quads());
        assertEquals(inSmall.indexEntries(), inLarge.indexEntries());
    }

    @Test
    void theNarrowestBoundIsReadWhereverItStands() {
        // Quarter 1 holds 2,000 of the large version's observations, legal aid 4,000, the district 8.
        CubeSlice s = slice(large, ANY_SIZE, Set.of(district(205)), Set.of(quarter(1)), Set.of(LEGAL));
        assertEquals(filtered(large, Set.of(district(205)), Set.of(quarter(1)), Set.of(LEGAL)), s.rows());
        assertEquals(1, s.rows().size());
        assertEquals(8 * 6, s.quads());
        assertTrue(
                s.indexEntries() <= 3 * (CubeSlices.FIRST_BUDGET + 1),
                "read " + s.indexEntries() + " index entries to choose among 8, 2,000 and 4,000 observations");
        Set<Node> every = new java.util.HashSet<>();
        for (int d = 0; d < 1000; d++) {
            every.add(district(201 + d));
        }
        CubeSlice later = slice(large, ANY_SIZE, every, Set.of(quarter(1)), null);
        assertEquals(2000, later.rows().size());
        assertEquals(2000 * 6, later.quads(), "the quarter's observations, not the 8,000 of every district");
    }

    @Test
    void rowsAreThoseOfTheWholeCubeThatMeetEveryBound() {
        List<List<Set<Node>>> selections = List.of(
                Arrays.asList(null, null, null),
                Arrays.asList(Set.of(district(201), district(209)), null, null),
                Arrays.asList(null, Set.of(quarter(2), quarter(3)), Set.of(WAGES)),
                Arrays.asList(Set.of(district(203)), Set.of(quarter(4)), Set.of(LEGAL, WAGES)),
                Arrays.asList(Set.of(district(999)), null, null),
                Arrays.asList(null, Set.of(NodeFactory.createURI("https://example.org/never")), null));
        for (List<Set<Node>> b : selections) {
            CubeSlice s = slice(small, ANY_SIZE, b.get(0), b.get(1), b.get(2));
            assertFalse(s.tooLarge());
            assertEquals(filtered(small, b.get(0), b.get(1), b.get(2)), s.rows(), "selection " + b);
        }
    }

    @Test
    void withheldCellsHaveNoCount() {
        CubeSlice s = slice(small, ANY_SIZE, Set.of(district(201)), null, null);
        for (CubeData.Row r : s.rows()) {
            assertEquals(number(r.uri()) % 3 == 0, r.count().isEmpty(), r.uri());
        }
    }

    @Test
    void aSelectionLargerThanAllowedIsTooLargeAndStopsReading() {
        CubeSlice s = slice(large, 500, null, Set.of(quarter(1)), null);
        assertTrue(s.tooLarge());
        assertTrue(s.rows().isEmpty());
        assertEquals(0, s.quads());
        assertTrue(s.indexEntries() <= 500 + 256 + 2, "read " + s.indexEntries());
        CubeSlice whole = slice(large, 500, null, null, null);
        assertTrue(whole.tooLarge());
        assertTrue(whole.indexEntries() <= 501, "read " + whole.indexEntries());
    }

    @Test
    void eachDimensionsValuesComeInTheOrderOfTheirFirstObservation() {
        Node g = NodeFactory.createURI(BASE + 3);
        Txn.executeWrite(dsg, () -> {
            // The store meets the later value first (lower node id), the version's first observation has the other.
            Node early = NodeFactory.createURI("https://w3id.org/pravasi/code/service/zz-met-first");
            dsg.add(NodeFactory.createURI("https://example.org/elsewhere"), early, RDF.type.asNode(), early);
            Node late = NodeFactory.createURI("https://w3id.org/pravasi/code/service/aa-met-later");
            int obs = 0;
            for (Node service : List.of(late, early, late)) {
                Node o = NodeFactory.createURI(g.getURI() + "/obs/" + ++obs);
                dsg.add(g, o, QB.dataSet.asNode(), g);
                dsg.add(g, o, SDMX.refArea.asNode(), district(201));
                dsg.add(g, o, SDMX.refPeriod.asNode(), quarter(1));
                dsg.add(g, o, SERVICE, service);
            }
        });
        CubeShape s = Txn.calculateRead(dsg, () -> shape(3));
        assertEquals(
                List.of("aa-met-later", "zz-met-first"),
                s.values().get(2).stream()
                        .map(n -> n.getURI().substring(n.getURI().lastIndexOf('/') + 1))
                        .toList());
        assertEquals(List.of(district(201)), s.values().get(0));
    }
}
