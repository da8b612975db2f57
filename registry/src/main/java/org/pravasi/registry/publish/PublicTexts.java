package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;

/**
 * The texts an organisation has published, read back from the store for {@link StatedFiguresCheck}: every text
 * ({@link GraphTexts}) of its profile, of each of its datasets' records (the current version's, the withdrawal reason
 * of a withdrawn one) and of each of its stories (with its districts and declared public figures), graph by graph.
 */
final class PublicTexts {
    private PublicTexts() {}

    /**
     * One graph of texts.
     *
     * @param graph the graph
     * @param name how findings name it ("story 'slug'")
     * @param modified its {@code dct:modified}, which changes whenever a node rewrites it; empty for the profile
     */
    record Source(Node graph, String name, Optional<String> modified) {}

    /** The graphs of {@code org}'s texts, but {@code except} (the text being replaced); call in a transaction. */
    static List<Source> of(DatasetGraph dsg, Node org, Node except) {
        List<Source> out = new ArrayList<>();
        String slug = org.getURI().substring(org.getURI().lastIndexOf('/') + 1);
        if (!org.equals(except)) {
            out.add(new Source(org, "organisation '" + slug + "'", Optional.empty()));
        }
        for (Node ds : SameMeasureTables.datasetsOf(dsg, org, except)) {
            out.add(new Source(ds, "dataset '" + last(ds) + "'", modified(dsg, ds)));
        }
        Iterator<Quad> stories = dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org);
        stories.forEachRemaining(q -> {
            Node s = q.getSubject();
            if (q.getGraph().equals(s)
                    && !s.equals(except)
                    && dsg.contains(s, s, RDF.type.asNode(), PV.Story.asNode())) {
                out.add(new Source(s, "story '" + last(s) + "'", modified(dsg, s)));
            }
        });
        return out;
    }

    /** The texts of one graph, with a story's districts and each graph's declared phrases. */
    static List<StatedText> texts(DatasetGraph dsg, Source source) {
        Node g = source.graph();
        Set<String> districts = new TreeSet<>();
        dsg.find(g, g, PV.district.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                districts.add(q.getObject().getURI());
            }
        });
        return GraphTexts.of(dsg, g, source.name(), false, districts, declared(dsg, g));
    }

    private static Optional<String> modified(DatasetGraph dsg, Node graph) {
        Iterator<Quad> it = dsg.find(graph, graph, DCTerms.modified.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().toString()) : Optional.empty();
    }

    private static String last(Node n) {
        return n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
    }

    /** The phrases a graph declares public ({@code prov:value} of its public figures). */
    private static List<String> declared(DatasetGraph dsg, Node graph) {
        List<String> declared = new ArrayList<>();
        dsg.find(graph, Node.ANY, PROV.value.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                declared.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return declared;
    }
}
