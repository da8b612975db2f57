package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.catalog.CatalogTexts;

/** Reads the concepts of the SKOS code lists into index entries; the {@code _T} totals are left out. */
final class ConceptEntries {
    /** Notation of the total concept every dimension scheme has. */
    static final String TOTAL = "_T";

    private static final String THEME_SCHEME = "theme";

    private final CatalogTexts rdf;

    ConceptEntries(CatalogTexts rdf) {
        this.rdf = rdf;
    }

    List<IndexEntry> all() {
        List<IndexEntry> out = new ArrayList<>();
        rdf.find(References.CODES, SKOS.inScheme.asNode(), Node.ANY)
                .forEach(q -> read(q.subject(), q.object()).ifPresent(out::add));
        return out;
    }

    private Optional<IndexEntry> read(Node concept, Node scheme) {
        Node g = References.CODES;
        Optional<String> notation = rdf.string(g, concept, SKOS.notation.asNode());
        String schemeId = PravasiUris.schemeId(scheme.isURI() ? scheme.getURI() : null);
        if (notation.isEmpty()
                || TOTAL.equals(notation.get())
                || schemeId == null
                || Text.all(rdf.texts(g, concept, SKOS.prefLabel.asNode())).isEmpty()) {
            return Optional.empty();
        }
        IndexEntry.Builder e =
                IndexEntry.builder(concept.getURI(), EntryType.CONCEPT).key(schemeId + ":" + notation.get());
        Text.all(rdf.texts(g, concept, SKOS.prefLabel.asNode())).forEach(e::title);
        Text.all(rdf.texts(g, concept, SKOS.altLabel.asNode())).forEach(e::title);
        Text.all(rdf.texts(g, concept, SKOS.definition.asNode())).forEach(e::body);
        Text.all(rdf.texts(g, scheme, SKOS.prefLabel.asNode())).forEach(e::tag);
        e.tag(Text.en(notation.get().replace('-', ' ')));
        if (THEME_SCHEME.equals(schemeId)) {
            e.theme(notation.get());
        }
        e.language("en").language("hi");
        return Optional.of(e.build());
    }
}
