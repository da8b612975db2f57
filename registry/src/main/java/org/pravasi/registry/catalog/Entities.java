package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.PublicFigure;

/** Reads stories, organisations and dataset topics out of a dataset; call inside a read transaction. */
final class Entities {
    private Entities() {}

    static List<String> subjectsOfType(DatasetGraph dsg, Node type) {
        List<String> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                out.add(q.getSubject().getURI());
            }
        });
        return out;
    }

    static Optional<StoryRecord> story(DatasetGraph dsg, Node s) {
        if (!dsg.contains(Node.ANY, s, RDF.type.asNode(), PV.Story.asNode())) {
            return Optional.empty();
        }
        return Optional.of(new StoryRecord(
                s.getURI(),
                first(dsg, s, DCTerms.publisher.asNode()).map(Entities::text).orElse(s.getURI()),
                lexical(dsg, s, SCHEMA.datePublished.asNode()),
                lexical(dsg, s, SCHEMA.inLanguage.asNode()),
                bool(dsg, s, PV.illustrative.asNode()),
                uris(dsg, Node.ANY, s, PV.district.asNode()),
                uris(dsg, Node.ANY, s, DCAT.theme.asNode()),
                publicFigures(dsg, s)));
    }

    /** The story's {@code prov:wasDerivedFrom} figures ({@code <story>#public-figure-N}), in the order of N. */
    private static List<PublicFigure> publicFigures(DatasetGraph dsg, Node s) {
        List<Node> figures = new ArrayList<>();
        dsg.find(Node.ANY, s, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(s.getURI() + "#public-figure-")) {
                figures.add(q.getObject());
            }
        });
        figures.sort(Comparator.comparingInt(f -> figureNumber(f.getURI())));
        List<PublicFigure> out = new ArrayList<>();
        for (Node f : figures) {
            Optional<String> phrase =
                    first(dsg, f, PROV.value.asNode()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
            Optional<String> source = first(dsg, f, PROV.wasQuotedFrom.asNode())
                    .filter(Node::isURI)
                    .map(Node::getURI);
            if (phrase.isPresent() && source.isPresent()) {
                out.add(new PublicFigure(phrase.get(), source.get()));
            }
        }
        return out;
    }

    private static int figureNumber(String uri) {
        String n = uri.substring(uri.lastIndexOf('-') + 1);
        return n.matches("\\d{1,9}") ? Integer.parseInt(n) : Integer.MAX_VALUE;
    }

    static Optional<OrganisationRecord> organisation(DatasetGraph dsg, Node o, Labels labels) {
        if (!dsg.contains(Node.ANY, o, RDF.type.asNode(), PV.Organisation.asNode())) {
            return Optional.empty();
        }
        List<OrganisationRecord.Centre> centres = new ArrayList<>();
        dsg.find(Node.ANY, o, PV.centre.asNode(), Node.ANY).forEachRemaining(q -> {
            Node c = q.getObject();
            centres.add(new OrganisationRecord.Centre(
                    labels.text(c, RDFS.label.asNode()).orElse(""),
                    first(dsg, c, PV.district.asNode()).map(Entities::text).orElse("")));
        });
        return Optional.of(new OrganisationRecord(
                o.getURI(),
                lexical(dsg, o, FOAF.homepage.asNode()),
                lexical(dsg, o, DCAT.contactPoint.asNode()),
                bool(dsg, o, PV.illustrative.asNode()),
                uris(dsg, Node.ANY, o, PV.state.asNode()),
                List.copyOf(centres)));
    }

    static DatasetDescription description(DatasetGraph dsg, Node ds) {
        Optional<Node> temporal = first(dsg, ds, DCTerms.temporal.asNode());
        return new DatasetDescription(
                uris(dsg, ds, ds, DCAT.theme.asNode()),
                uris(dsg, ds, ds, DCTerms.spatial.asNode()),
                uris(dsg, ds, ds, DCAT.keyword.asNode()),
                bool(dsg, ds, PV.illustrative.asNode()),
                lexical(dsg, ds, DCAT.landingPage.asNode()),
                lexical(dsg, ds, DCAT.contactPoint.asNode()),
                lexical(dsg, ds, DCTerms.issued.asNode()),
                temporal.map(t -> lexical(dsg, t, DCAT.startDate.asNode())).orElse(""),
                temporal.map(t -> lexical(dsg, t, DCAT.endDate.asNode())).orElse(""));
    }

    static Optional<String> state(DatasetGraph dsg, Node place) {
        return first(dsg, place, PV.state.asNode()).map(Entities::text);
    }

    private static List<String> uris(DatasetGraph dsg, Node g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(text(q.getObject())));
        return out;
    }

    private static Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static String lexical(DatasetGraph dsg, Node s, Node p) {
        return first(dsg, s, p).map(Entities::text).orElse("");
    }

    private static boolean bool(DatasetGraph dsg, Node s, Node p) {
        return lexical(dsg, s, p).equals("true");
    }

    private static String text(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "";
    }
}
