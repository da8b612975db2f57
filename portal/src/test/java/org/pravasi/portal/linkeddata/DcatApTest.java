package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.VCARD4;

/**
 * Records in the plain form older nodes and peers store (not only the demo's) come out of {@link DcatAp} conforming to
 * the DCAT-AP 3.0.0 shapes.
 */
@DisplayName("DCAT-AP form of records as any node writes them")
class DcatApTest {
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX pv: <https://w3id.org/pravasi/def#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX ds: <https://peer.example.org/id/dataset/ngo/>
            PREFIX org: <https://peer.example.org/id/org/>
            PREFIX theme: <https://w3id.org/pravasi/code/theme/>
            """;

    /** A peer's record: a page as contact, three language tags (one of no language), a version, a citation. */
    private static final String RECORD = PREFIXES + """
            ds:calls a dcat:Dataset ;
                dct:identifier "ngo/calls" ;
                dct:title "Helpline calls by state"@en ;
                dct:description "Calls to a migrant workers' helpline, by state of origin and month."@en ;
                dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                dct:publisher org:ngo ;
                dcat:theme theme:helpline ;
                dct:language "hi-Deva-IN", "en", "zz" ;
                dct:source "Helpline call register, compiled by the network." ;
                dcat:contactPoint <https://ngo.example.org/contact> ;
                dcat:landingPage <https://ngo.example.org/data> ;
                dct:spatial <https://w3id.org/pravasi/id/state/10> ;
                dcat:hasVersion ds:calls\\/v1 ;
                dcat:hasCurrentVersion ds:calls\\/v1 .
            ds:calls\\/v1 a dcat:Dataset, qb:DataSet ;
                dcat:isVersionOf ds:calls ;
                dct:title "Helpline calls by state (version 1)"@en .
            theme:helpline skos:prefLabel "Helpline"@en ; skos:inScheme <https://w3id.org/pravasi/code/theme> .
            <https://w3id.org/pravasi/code/theme> skos:prefLabel "Theme"@en .
            """;

    private static final String PUBLISHER = PREFIXES + """
            org:ngo a pv:Organisation, foaf:Organization ;
                foaf:name "Helpline Network"@en ;
                dct:type "helpline" ;
                dcat:contactPoint <mailto:data@ngo.example.org> .
            """;

    @Test
    @DisplayName("a peer's record with its publisher conforms")
    void peerRecordConforms() {
        Graph g = DcatAp.apply(parse(RECORD + PUBLISHER.substring(PREFIXES.length())));
        DcatApShapes.Report report = DcatApShapes.validate(g);
        assertEquals(0, report.violations(), report.text());
    }

    @Test
    @DisplayName("a record whose publisher's graph is missing still names its publisher")
    void recordWithoutPublisherGraphConforms() {
        Graph g = DcatAp.apply(parse(RECORD));
        DcatApShapes.Report report = DcatApShapes.validate(g);
        assertEquals(0, report.violations(), report.text());
        assertTrue(g.contains(uri("https://peer.example.org/id/org/ngo"), FOAF.name.asNode(), Node.ANY));
    }

    @Test
    @DisplayName("language tags become EU language concepts; a tag of no language is left out")
    void languagesAreConcepts() {
        Graph g = DcatAp.apply(parse(RECORD));
        Set<String> languages =
                objects(g, uri("https://peer.example.org/id/dataset/ngo/calls"), DCTerms.language.asNode()).stream()
                        .map(Node::toString)
                        .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "http://publications.europa.eu/resource/authority/language/HIN",
                        "http://publications.europa.eu/resource/authority/language/ENG"),
                languages);
    }

    @Test
    @DisplayName("a contact page becomes the organisation's vCard with that URL and the publisher's name")
    void contactPageBecomesOrganisationCard() {
        Graph g = DcatAp.apply(parse(RECORD + PUBLISHER.substring(PREFIXES.length())));
        List<Node> cards = objects(g, uri("https://peer.example.org/id/dataset/ngo/calls"), DCAT.contactPoint.asNode());
        assertEquals(1, cards.size(), cards.toString());
        Node card = cards.get(0);
        assertTrue(g.contains(card, RDF.type.asNode(), VCARD4.Organization.asNode()));
        assertEquals(List.of(uri("https://ngo.example.org/contact")), objects(g, card, VCARD4.hasURL.asNode()));
        assertTrue(objects(g, card, VCARD4.hasEmail.asNode()).isEmpty());
        assertEquals(
                List.of(NodeFactory.createLiteralLang("Helpline Network", "en")), objects(g, card, VCARD4.fn.asNode()));
    }

    @Test
    @DisplayName("a citation in dct:source becomes a provenance statement")
    void citationBecomesProvenance() {
        Graph g = DcatAp.apply(parse(RECORD));
        Node ds = uri("https://peer.example.org/id/dataset/ngo/calls");
        assertTrue(objects(g, ds, DCTerms.source.asNode()).isEmpty());
        List<Node> statements = objects(g, ds, DCTerms.provenance.asNode());
        assertEquals(1, statements.size());
        assertFalse(g.find(statements.get(0), Node.ANY, Node.ANY).toList().isEmpty());
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }
}
