package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PROV;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/**
 * The public figures a harvested dataset declares are bounded, and so is the work of matching them: a peer cannot make
 * the screen run for hours (on the harvest thread, or inside the store's write transaction) by declaring tens of
 * thousands of figures whose own phrases are each a count of people, or by quoting them in long texts.
 */
class DeclaredFiguresScreenTest {
    static final Node RECORD = NodeFactory.createURI("https://node-a.example.org/pravasi/id/dataset/org/slug");
    static final Node DESCRIPTION = NodeFactory.createURI("http://purl.org/dc/terms/description");
    static final Node SOURCE = NodeFactory.createURI("https://news.example.org/press-note");
    /** A bound for a pathological input, far above what the screen takes now: before, it took hours. */
    static final Duration GENEROUS = Duration.ofSeconds(20);

    final GraphScreen screen = new GraphScreen(PersonalDataScreen.withThreshold(10));

    /** {@code n} blank-node declarations {@code "3 women aaaN"}, each quoted from {@link #SOURCE}, in the record. */
    static DatasetGraph declaring(int n) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (int i = 0; i < n; i++) {
            declare(dsg, "3 women aaa" + i);
        }
        return dsg;
    }

    static void declare(DatasetGraph dsg, String phrase) {
        Node figure = NodeFactory.createBlankNode();
        dsg.add(RECORD, figure, PROV.value.asNode(), NodeFactory.createLiteralString(phrase));
        dsg.add(RECORD, figure, PROV.wasQuotedFrom.asNode(), SOURCE);
    }

    private List<String> screened(DatasetGraph dsg) {
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(GENEROUS, () -> screen.check(dsg, List.of(RECORD), problems));
        return problems;
    }

    @Test
    @DisplayName("a record declaring 5,000 public figures is refused within seconds, not after hours")
    void fiveThousandDeclaredFiguresAreRefusedQuickly() {
        List<String> problems = screened(declaring(5_000));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.getFirst().contains("more than 300 public figures")
                        && problems.getFirst().contains("at most 300"),
                problems.getFirst());
    }

    @Test
    @DisplayName("a record may declare 300 public figures, each covering its own count, but not 301")
    void theDeclaredFiguresOfOneDatasetAreCapped() {
        assertEquals(List.of(), screened(declaring(300)));

        List<String> problems = screened(declaring(301));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains("at most 300"), problems.getFirst());
    }

    @Test
    @DisplayName("the same phrase declared on every version counts once towards the cap")
    void repeatedDeclarationsCountOnce() {
        DatasetGraph dsg = declaring(300);
        for (int i = 0; i < 300; i++) {
            declare(dsg, "3 WOMEN   aaa" + i);
        }

        assertEquals(List.of(), screened(dsg));
    }

    @Test
    @DisplayName("a declared phrase longer than publishing allows (200 characters) is refused")
    void aDeclaredPhraseLongerThanPublishingAllowsIsRefused() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        String phrase = "3 women " + "a".repeat(193);
        declare(dsg, phrase);

        List<String> problems = screened(dsg);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.getFirst().contains("201 characters")
                        && problems.getFirst().contains("at most 200"),
                problems.getFirst());
    }

    @Test
    @DisplayName("texts that would take the matching of declared figures past its work budget are refused")
    void matchingPastItsWorkBudgetIsRefused() {
        DatasetGraph dsg = declaring(300);
        // 40,000 counts, each inside a phrase that all 300 declarations quote ("3 women"): each declaration must be
        // sought in 560,000 characters.
        dsg.add(RECORD, RECORD, DESCRIPTION, NodeFactory.createLiteralString("3 women aaa0. ".repeat(40_000)));

        List<String> problems = screened(dsg);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.getFirst().contains("public figures")
                        && problems.getFirst().contains("units of work"),
                problems.getFirst());
    }

    @Test
    @DisplayName("a declared figure still covers only its own counts: an undeclared count beside it is refused")
    void anUndeclaredCountBesideDeclaredOnesIsRefused() {
        DatasetGraph dsg = declaring(300);
        dsg.add(
                RECORD,
                RECORD,
                DESCRIPTION,
                NodeFactory.createLiteralString("3 women aaa7 were found; 2 girls from Barsoi were not."));

        List<String> problems = screened(dsg);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains("2 girls"), problems.getFirst());
    }
}
