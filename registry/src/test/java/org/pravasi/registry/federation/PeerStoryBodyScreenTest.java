package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/** A peer's story body is screened as its page shows it, as a publisher's is: Markdown rendered, links as URLs. */
class PeerStoryBodyScreenTest {
    static final Node STORY = NodeFactory.createURI("https://node-a.example.org/pravasi/id/story/org/safe-return");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call 98765\\-43210 for help.",
                "Call 98765&ensp;43210 for help.",
                "Write to sunita\\@gmail\\.com for help.",
                "In March 2024, 3 *women* from Barsoi were trafficked.",
                "Call &#x202E;0123456789&#x202C; for help.",
                "Call &#x202E;nemow 3&#x202C; from Barsoi."
            })
    void aPeersStoryBodyIsScreenedAsItsPageShowsIt(String body) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(STORY, STORY, SCHEMA.articleBody.asNode(), NodeFactory.createLiteralLang(body, "en"));
        List<String> problems = new ArrayList<>();

        new GraphScreen(PersonalDataScreen.withThreshold(10)).check(dsg, List.of(STORY), problems);

        assertFalse(problems.isEmpty(), body);
    }
}
