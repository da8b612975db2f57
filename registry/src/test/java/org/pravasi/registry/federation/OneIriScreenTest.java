package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.publish.Disclosure;

/**
 * Publishing and harvesting read an IRI with one screen: what a node may publish a portal harvests, and what a portal
 * refuses no node publishes. Before, the harvest read an IRI's segments as words decoded once and publishing read the
 * whole IRI decoded three times, so each let through what the other refused.
 */
class OneIriScreenTest {
    static final Node RECORD =
            NodeFactory.createURI("https://node-a.example.org/pravasi/id/dataset/mrc-alliance/legal-aid");
    static final Node GRAPH =
            NodeFactory.createURI("https://node-a.example.org/pravasi/graph/record/mrc-alliance/legal-aid");

    private final Disclosure publishing = new Disclosure(10);
    private final GraphScreen harvest = new GraphScreen(PersonalDataScreen.withThreshold(10));

    /** The problems the harvest finds in {@code <record> predicate <iri>}. */
    private List<String> harvested(Node predicate, String iri) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(GRAPH, RECORD, predicate, NodeFactory.createURI(iri));
        List<String> problems = new ArrayList<>();
        harvest.check(dsg, List.of(GRAPH), problems);
        return problems;
    }

    /** The findings publishing gives {@code iri} as a descriptor's {@code sourceUrl}. */
    private Findings published(String iri) {
        Findings findings = new Findings();
        publishing.screenIri("d.json", "sourceUrl", iri, findings);
        return findings;
    }

    /** The findings publishing gives {@code iri} as a descriptor's {@code contactPoint}. */
    private Findings publishedContactPoint(String iri) {
        Findings findings = new Findings();
        publishing.screenContactPoint("d.json", "contactPoint", iri, findings);
        return findings;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://forms.example.org/survey?name=Sunita+Devi&village=Barsoi&age=16",
                "https://example.org/contact/sunita.devi%2540gmail.com",
                "https://example.org/98765%252043210",
                "https://x.org/news#3-women-from-barsoi",
                "https://example.org/people/Mr_Ramesh_Kumar/case",
                "https://example.org/people/9876543210",
                "https://ramesh-9876543210.example.org/",
                "https://example.org/write?to=sunita@jan-sahas.org",
                "https://example.org/u/sunita%252540gmail.com"
            })
    @DisplayName("an IRI holding personal data or a small count is refused at publishing")
    void publishingRefuses(String iri) {
        assertFalse(published(iri).list().isEmpty(), iri);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://forms.example.org/survey?name=Sunita+Devi&village=Barsoi&age=16",
                "https://example.org/contact/sunita.devi%2540gmail.com",
                "https://example.org/98765%252043210",
                "https://x.org/news#3-women-from-barsoi",
                "https://example.org/people/Mr_Ramesh_Kumar/case",
                "https://example.org/people/9876543210",
                "https://ramesh-9876543210.example.org/",
                "https://example.org/write?to=sunita@jan-sahas.org",
                "https://example.org/u/sunita%252540gmail.com"
            })
    @DisplayName("the same IRI is refused at harvest")
    void harvestRefuses(String iri) {
        assertEquals(1, harvested(DCAT.landingPage.asNode(), iri).size(), iri);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://pib.gov.in/PressReleasePage.aspx?PRID=2036940",
                "https://example.org/reports/Dr.Sharma-2024.pdf",
                "https://creativecommons.org/licenses/by/4.0/",
                "https://node.example.org/id/dataset/mrc-alliance/legal-aid",
                "https://lgdirectory.gov.in/district/201",
                "https://example.org/search?q=migrant+workers&page=2",
                "https://example.org/data?district_name=Katihar&file_name=a.csv",
                "https://eshram.gov.in/dashboard#registrations-by-state",
                "https://example.org/report-2024#table-3"
            })
    @DisplayName("an ordinary IRI is published and harvested")
    void bothAcceptAnOrdinaryIri(String iri) {
        assertEquals(List.of(), published(iri).list(), iri);
        assertEquals(List.of(), harvested(DCAT.landingPage.asNode(), iri), iri);
    }

    @Test
    @DisplayName("a free-mail contact point is refused at publishing")
    void publishingRefusesAFreeMailContactPoint() {
        assertFalse(publishedContactPoint("mailto:sunita.devi.katihar@gmail.com")
                .list()
                .isEmpty());
    }

    @Test
    @DisplayName("a free-mail contact point is refused at harvest")
    void harvestRefusesAFreeMailContactPoint() {
        List<String> problems = harvested(DCAT.contactPoint.asNode(), "mailto:sunita.devi.katihar@gmail.com");

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains("a personal e-mail address"), problems.getFirst());
    }

    @Test
    @DisplayName("an organisation's own address as a contact point is published and harvested")
    void bothAcceptAnOrganisationsContactPoint() {
        assertEquals(
                List.of(),
                publishedContactPoint("mailto:info@mrc-alliance.example.org").list());
        assertEquals(List.of(), harvested(DCAT.contactPoint.asNode(), "mailto:info@mrc-alliance.example.org"));
    }

    @Test
    @DisplayName("an address anywhere but a contact point is an e-mail address, even the organisation's")
    void anAddressOutsideAContactPointIsRefused() {
        assertFalse(published("mailto:info@mrc-alliance.example.org").list().isEmpty());
        assertEquals(
                1,
                harvested(DCTerms.source.asNode(), "mailto:info@mrc-alliance.example.org")
                        .size());
    }

    @Test
    @DisplayName("an address that is a contact point of one statement is still screened where it is not one")
    void aContactPointIsScreenedAgainWhereItIsNotOne() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node address = NodeFactory.createURI("mailto:info@mrc-alliance.example.org");
        dsg.add(GRAPH, RECORD, DCAT.contactPoint.asNode(), address);
        dsg.add(GRAPH, RECORD, DCTerms.source.asNode(), address);
        List<String> problems = new ArrayList<>();

        harvest.check(dsg, List.of(GRAPH), problems);

        assertEquals(1, problems.size(), problems::toString);
    }
}
