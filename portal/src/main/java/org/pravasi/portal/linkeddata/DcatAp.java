package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.EuAuthority;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.VCARD4;

/**
 * Turns a catalogue description into its DCAT-AP 3.0 form, in place: what the records state in the project's plain form
 * (a language tag, a citation, a {@code mailto:} contact) is stated as the resources DCAT-AP asks for, and every
 * resource a DCAT-AP shape checks with {@code sh:class} gets its type, since harvesters and SHACL validators do no
 * inference. The store keeps the plain form; every serialisation of {@code /catalog} and of a dataset record is written
 * from the graph this returns. See docs/data-model.md, "DCAT-AP".
 */
final class DcatAp {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node NAME = FOAF.name.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();
    private static final Node PUBLISHER = DCTerms.publisher.asNode();
    private static final Node CONTACT_POINT = DCAT.contactPoint.asNode();

    private DcatAp() {}

    /** Rewrites {@code g}, a catalogue or dataset description, into DCAT-AP 3.0; returns it. */
    static Graph apply(Graph g) {
        languages(g);
        sources(g);
        contactPoints(g);
        agents(g);
        themes(g);
        versionDescriptions(g);
        catalogPublisher(g);
        typeObjects(g, DCTerms.license.asNode(), DCTerms.LicenseDocument.asNode());
        typeObjects(g, DCAT.mediaType.asNode(), DCTerms.MediaType.asNode());
        typeObjects(g, DCAT.compressFormat.asNode(), DCTerms.MediaType.asNode());
        typeObjects(g, DCAT.packageFormat.asNode(), DCTerms.MediaType.asNode());
        typeObjects(g, DCTerms.format.asNode(), DCTerms.MediaTypeOrExtent.asNode());
        typeObjects(g, DCTerms.conformsTo.asNode(), DCTerms.Standard.asNode());
        typeObjects(g, DCTerms.spatial.asNode(), DCTerms.Location.asNode());
        typeObjects(g, DCAT.landingPage.asNode(), FOAF.Document.asNode());
        typeObjects(g, FOAF.page.asNode(), FOAF.Document.asNode());
        typeObjects(g, DCAT.accessURL.asNode(), RDFS.Resource.asNode());
        typeObjects(g, DCAT.downloadURL.asNode(), RDFS.Resource.asNode());
        typeObjects(g, DCAT.endpointURL.asNode(), RDFS.Resource.asNode());
        typeObjects(g, PROV.wasGeneratedBy.asNode(), PROV.Activity.asNode());
        return g;
    }

    /** {@code dct:language "en"} becomes the EU language concept, typed {@code dct:LinguisticSystem}. */
    private static void languages(Graph g) {
        Node language = DCTerms.language.asNode();
        for (Triple t : triples(g, language)) {
            if (t.getObject().isLiteral()) {
                g.delete(t);
                EuAuthority.language(t.getObject().getLiteralLexicalForm())
                        .ifPresent(iri -> g.add(t.getSubject(), language, uri(iri)));
            }
        }
        typeObjects(g, language, DCTerms.LinguisticSystem.asNode());
    }

    /**
     * A citation in {@code dct:source} (DCAT-AP keeps that property for source datasets) becomes a provenance statement
     * labelled with it.
     */
    private static void sources(Graph g) {
        for (Triple t : triples(g, DCTerms.source.asNode())) {
            if (t.getObject().isLiteral() && t.getSubject().isURI()) {
                g.delete(t);
                Node statement = uri(t.getSubject().getURI() + "#provenance");
                g.add(t.getSubject(), DCTerms.provenance.asNode(), statement);
                g.add(statement, TYPE, DCTerms.ProvenanceStatement.asNode());
                g.add(statement, LABEL, t.getObject());
            }
        }
    }

    /**
     * A contact point given as a {@code mailto:} or web IRI becomes an organisation's vCard named after the publisher
     * (or the organisation itself) with that address: an organisation's public contact, never a person.
     */
    private static void contactPoints(Graph g) {
        for (Triple t : triples(g, CONTACT_POINT)) {
            Node address = t.getObject();
            if (!address.isURI() || !t.getSubject().isURI() || g.contains(address, TYPE, VCARD4.Kind.asNode())) {
                continue;
            }
            g.delete(t);
            Node card = uri(t.getSubject().getURI() + "#contact-point");
            g.add(t.getSubject(), CONTACT_POINT, card);
            g.add(card, TYPE, VCARD4.Kind.asNode());
            g.add(card, TYPE, VCARD4.Organization.asNode());
            g.add(
                    card,
                    address.getURI().startsWith("mailto:") ? VCARD4.hasEmail.asNode() : VCARD4.hasURL.asNode(),
                    address);
            Node org = g.find(t.getSubject(), PUBLISHER, Node.ANY)
                    .nextOptional()
                    .map(Triple::getObject)
                    .orElse(t.getSubject());
            List<Node> names = objects(g, org, NAME);
            if (names.isEmpty()) {
                g.add(card, VCARD4.fn.asNode(), NodeFactory.createLiteralLang("Contact point", "en"));
            }
            names.forEach(n -> g.add(card, VCARD4.fn.asNode(), n));
        }
    }

    /**
     * Publishers and creators are {@code foaf:Agent}s with a name (their label, else their IRI); an agent's
     * {@code dct:type} given as text becomes a concept labelled with it.
     */
    private static void agents(Graph g) {
        typeObjects(g, PUBLISHER, FOAF.Agent.asNode());
        typeObjects(g, DCTerms.creator.asNode(), FOAF.Agent.asNode());
        for (Node agent : subjects(g, TYPE, FOAF.Agent.asNode())) {
            if (!g.contains(agent, NAME, Node.ANY)) {
                List<Node> labels = objects(g, agent, PREF_LABEL);
                labels.addAll(objects(g, agent, LABEL));
                if (labels.isEmpty() && agent.isURI()) {
                    // A harvested record whose publisher's graph is missing: the agent is known by its IRI only.
                    labels.add(NodeFactory.createLiteralString(agent.getURI()));
                }
                labels.forEach(l -> g.add(agent, NAME, l));
            }
            for (Node type : objects(g, agent, DCTerms.type.asNode())) {
                if (type.isLiteral() && agent.isURI()) {
                    g.delete(agent, DCTerms.type.asNode(), type);
                    Node concept = uri(agent.getURI() + "#type");
                    g.add(agent, DCTerms.type.asNode(), concept);
                    g.add(concept, TYPE, SKOS.Concept.asNode());
                    g.add(concept, PREF_LABEL, type);
                }
            }
        }
    }

    /** Themes are concepts of a concept scheme with a title; the labels come with the description. */
    private static void themes(Graph g) {
        typeObjects(g, DCAT.theme.asNode(), SKOS.Concept.asNode());
        typeObjects(g, SKOS.inScheme.asNode(), SKOS.ConceptScheme.asNode());
        for (Node scheme : subjects(g, TYPE, SKOS.ConceptScheme.asNode())) {
            if (!g.contains(scheme, TITLE, Node.ANY)) {
                objects(g, scheme, PREF_LABEL).forEach(l -> g.add(scheme, TITLE, l));
            }
        }
    }

    /** A version that states no description of its own is described by its dataset's description. */
    private static void versionDescriptions(Graph g) {
        for (Triple t : triples(g, DCAT3.isVersionOf.asNode())) {
            if (!g.contains(t.getSubject(), DESCRIPTION, Node.ANY)) {
                objects(g, t.getObject(), DESCRIPTION).forEach(d -> g.add(t.getSubject(), DESCRIPTION, d));
            }
        }
    }

    /** A catalogue without a publisher is published by the node that serves it: the Pravasi Data Commons. */
    private static void catalogPublisher(Graph g) {
        for (Node catalog : subjects(g, TYPE, DCAT.Catalog.asNode())) {
            if (catalog.isURI() && !g.contains(catalog, PUBLISHER, Node.ANY)) {
                Node agent = uri(catalog.getURI() + "#publisher");
                g.add(catalog, PUBLISHER, agent);
                g.add(agent, TYPE, FOAF.Agent.asNode());
                g.add(agent, NAME, NodeFactory.createLiteralLang("Pravasi Data Commons", "en"));
                g.add(agent, NAME, NodeFactory.createLiteralLang("प्रवासी डेटा कॉमन्स", "hi"));
            }
        }
    }

    private static void typeObjects(Graph g, Node property, Node type) {
        for (Triple t : triples(g, property)) {
            if (!t.getObject().isLiteral()) {
                g.add(t.getObject(), TYPE, type);
            }
        }
    }

    private static List<Triple> triples(Graph g, Node property) {
        return g.find(Node.ANY, property, Node.ANY).toList();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
