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
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.ShownMarkdown;

/**
 * The texts an organisation has published, read back from the store for {@link StatedFiguresCheck}: its profile's
 * descriptions, each of its datasets' titles and descriptions (the current version's, the withdrawal reason of a
 * withdrawn one) and each of its stories (title, summary, body, with its districts and declared public figures).
 */
final class PublicTexts {
    private PublicTexts() {}

    /** The texts of {@code org}, but those in graph {@code except} (the text being replaced); call in a transaction. */
    static List<StatedText> of(DatasetGraph dsg, Node org, Node except) {
        List<StatedText> out = new ArrayList<>();
        String slug = org.getURI().substring(org.getURI().lastIndexOf('/') + 1);
        if (!org.equals(except)) {
            literals(dsg, org, DCTerms.description.asNode())
                    .forEach(t -> out.add(old("organisation '" + slug + "'", "description", t, Set.of(), List.of())));
        }
        for (Node ds : SameMeasureTables.datasetsOf(dsg, org, except)) {
            String name = "dataset '" + ds.getURI().substring(ds.getURI().lastIndexOf('/') + 1) + "'";
            literals(dsg, ds, DCTerms.title.asNode()).forEach(t -> out.add(old(name, "title", t, Set.of(), List.of())));
            literals(dsg, ds, DCTerms.description.asNode())
                    .forEach(t -> out.add(old(name, "description", t, Set.of(), List.of())));
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
            List<String> declared = new ArrayList<>();
            dsg.find(s, Node.ANY, PROV.value.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    declared.add(q.getObject().getLiteralLexicalForm());
                }
            });
            literals(dsg, s, SCHEMA.headline.asNode())
                    .forEach(t -> out.add(old(name, "title", t, districts, declared)));
            literals(dsg, s, SCHEMA.abstract_.asNode())
                    .forEach(t -> out.add(old(name, "summary", t, districts, declared)));
            literals(dsg, s, SCHEMA.articleBody.asNode())
                    .forEach(t -> out.add(old(name, "body", ShownMarkdown.of(t).text(), districts, declared)));
        }
        return out;
    }

    private static StatedText old(String file, String field, String text, Set<String> areas, List<String> declared) {
        return new StatedText(file, field, text, areas, declared, false);
    }

    /** The string literals of {@code predicate} in graph {@code graph}, whatever their subject. */
    private static List<String> literals(DatasetGraph dsg, Node graph, Node predicate) {
        List<String> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }
}
