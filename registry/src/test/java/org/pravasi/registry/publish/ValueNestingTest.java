package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;

/** Which district lies in which state: the installed reference geography first, then the LGD table shipped. */
class ValueNestingTest {
    private static final Node GEO = NodeFactory.createURI(PravasiUris.GEO_GRAPH);

    @Test
    void aDistrictOnlyTheInstalledGeographyKnowsIsPlacedInItsState() {
        DatasetGraph dsg = geography("9999", "99");
        Txn.executeRead(dsg, () -> {
            ValueNesting nesting = ValueNesting.read(dsg);
            assertTrue(nesting.knowsStateOf(PravasiUris.district("9999")));
            assertEquals(
                    Optional.of(PravasiUris.state("99")),
                    nesting.within(PravasiUris.district("9999"), Set.of(PravasiUris.state("99"))));
        });
    }

    @Test
    void theInstalledGeographyWinsOverTheShippedTable() {
        // District 350 lies in state 21 by the shipped LGD table; a newer geography moved it.
        DatasetGraph dsg = geography("350", "22");
        Txn.executeRead(dsg, () -> {
            ValueNesting nesting = ValueNesting.read(dsg);
            Set<String> states = Set.of(PravasiUris.state("21"), PravasiUris.state("22"));
            assertEquals(Optional.of(PravasiUris.state("22")), nesting.within(PravasiUris.district("350"), states));
        });
    }

    @Test
    void withoutAGeographyTheShippedTablePlacesDistrictsAndNothingElse() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dsg, () -> {
            ValueNesting nesting = ValueNesting.read(dsg);
            assertTrue(nesting.knowsStateOf(PravasiUris.district("350")));
            assertEquals(
                    Optional.of(PravasiUris.state("21")),
                    nesting.within(PravasiUris.district("350"), Set.of(PravasiUris.state("21"))));
            assertFalse(nesting.knowsStateOf(PravasiUris.district("9999")));
        });
    }

    private static DatasetGraph geography(String district, String state) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(
                dsg,
                () -> dsg.add(
                        GEO,
                        NodeFactory.createURI(PravasiUris.district(district)),
                        PV.state.asNode(),
                        NodeFactory.createURI(PravasiUris.state(state))));
        return dsg;
    }
}
