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
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/**
 * The personal-data screen of harvested graphs remembers what it screened within a bound counted in values, not in
 * observations, and still screens every text and reports each finding once.
 */
class GraphScreenBoundsTest {
    static final Node VERSION = NodeFactory.createURI("https://node-a.example.org/pravasi/id/dataset/org/slug/v1");
    static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    static final String PHONE = "9876543210";
    static final int REMEMBERED = 64;

    final GraphScreen screen = new GraphScreen(PersonalDataScreen.withThreshold(5), REMEMBERED);

    /** A version graph of {@code observations} observations, each with its own IRI and label. */
    static DatasetGraph version(int observations, String labelOfLast) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (int i = 0; i < observations; i++) {
            Node o = NodeFactory.createURI(VERSION.getURI() + "/obs/o" + i);
            dsg.add(VERSION, o, QB.dataSet.asNode(), VERSION);
            String label = i == 0 || i == observations - 1 ? labelOfLast : "cell number " + i;
            dsg.add(VERSION, o, LABEL, NodeFactory.createLiteralString(label));
        }
        return dsg;
    }

    @Test
    @DisplayName("what one bundle's screen remembers stays within its bound however many observations it has")
    void remembersABoundedNumberOfValues() {
        List<String> problems = new ArrayList<>();
        GraphScreen.Pass pass = screen.pass(problems);

        pass.run(version(50 * REMEMBERED, "cell number 0"), List.of(VERSION));

        assertTrue(
                pass.largestRemembered() <= REMEMBERED,
                "remembered " + pass.largestRemembered() + " values, more than " + REMEMBERED);
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("a dataset with more than 4 Mi characters of text to screen is refused, not screened for minutes")
    void refusesMoreTextThanTheScreenMayRead() {
        DatasetGraph dsg = version(1, "cell number 0");
        dsg.add(VERSION, VERSION, LABEL, NodeFactory.createLiteralString("x".repeat(4 * 1024 * 1024 + 1)));
        List<String> problems = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> screen.check(dsg, List.of(VERSION), problems));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.getFirst().contains("more than 4194304 characters")
                        && problems.getFirst().contains("shorter or fewer texts"),
                problems.getFirst());
    }

    @Test
    @DisplayName("personal data past the bound is still found, and a text found twice is reported once")
    void screensEveryTextPastTheBound() {
        List<String> problems = new ArrayList<>();

        screen.check(version(50 * REMEMBERED, "call " + PHONE), List.of(VERSION), problems);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains("phone"), problems.getFirst());
    }
}
