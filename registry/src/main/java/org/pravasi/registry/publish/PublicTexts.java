package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * of a withdrawn one) and of each of its stories (with its districts and declared public figures).
 */
final class PublicTexts {
    private PublicTexts() {}

    /** The texts of {@code org}, but those in graph {@code except} (the text being replaced); call in a transaction. */
    static List<StatedText> of(DatasetGraph dsg, Node org, Node except) {
        List<StatedText> out = new ArrayList<>();
        String slug = org.getURI().substring(org.getURI().lastIndexOf('/') + 1);
        if (!org.equals(except)) {
            out.addAll(GraphTexts.of(dsg, org, "organisation '" + slug + "'", false, Set.of(), List.of()));
        }
        for (Node ds : SameMeasureTables.datasetsOf(dsg, org, except)) {
            String name = "dataset '" + ds.getURI().substring(ds.getURI().lastIndexOf('/') + 1) + "'";
            out.addAll(GraphTexts.of(dsg, ds, name, false, Set.of(), declared(dsg, ds)));
        }
        Iterator<Quad> stories = dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org);
        List<Node> storyGraphs = new ArrayList<>();
        stories.forEachRemaining(q -> {
            Node s = q.getSubject();
            if (q.getGraph().equals(s)
                    && !s.equals(except)
                    && dsg.contains(s, s, RDF.type.asNode(), PV.Story.asNode())) {
                storyGraphs.add(s);
            }
        });
        for (Node s : storyGraphs) {
            String name = "story '" + s.getURI().substring(s.getURI().lastIndexOf('/') + 1) + "'";
            Set<String> districts = new TreeSet<>();
            dsg.find(s, s, PV.district.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) {
                    districts.add(q.getObject().getURI());
                }
            });
            out.addAll(GraphTexts.of(dsg, s, name, false, districts, declared(dsg, s)));
        }
        return out;
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
