package org.pravasi.portal.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.CodeLists;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.store.Store;

/** The lists officers pick from: districts of the reference geography and themes of the code lists. */
final class Pickers {
    private final Store store;
    private final CatalogView catalogue;
    private final CodeLists codes;

    Pickers(Store store, CatalogView catalogue, CodeLists codes) {
        this.store = store;
        this.catalogue = catalogue;
        this.codes = codes;
    }

    /**
     * A choice.
     *
     * @param value what the form sends (an LGD code, a notation)
     * @param label what the officer reads
     */
    record Option(String value, String label) {}

    /** Every district with its state, by label; empty when the node has no reference geography. */
    List<Option> districts(String lang) {
        Node geo = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
        return store.read(() -> {
            Labels labels = catalogue.labels(lang);
            DatasetGraph dsg = store.dataset();
            List<Option> out = new ArrayList<>();
            dsg.find(geo, Node.ANY, RDF.type.asNode(), PV.District.asNode()).forEachRemaining(q -> {
                Node d = q.getSubject();
                dsg.find(geo, d, SKOS.notation.asNode(), Node.ANY).forEachRemaining(n -> {
                    String state = catalogue
                            .stateOf(d.getURI())
                            .map(s -> ", " + labels.label(NodeFactory.createURI(s)))
                            .orElse("");
                    out.add(new Option(n.getObject().getLiteralLexicalForm(), labels.label(d) + state));
                });
            });
            out.sort(Comparator.comparing(Option::label));
            return out;
        });
    }

    /** The themes, by label. */
    List<Option> themes(String lang) {
        return codes.notations("theme").stream()
                .filter(n -> !n.equals("_T"))
                .map(n -> new Option(
                        n,
                        codes.concept("theme", n)
                                .flatMap(c -> codes.label(c, lang).or(() -> codes.label(c, "en")))
                                .orElse(n)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }
}
