package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;

/**
 * Reads the concepts of the code lists with the listed datasets that use them. A dataset uses a concept when an
 * observation of its current version has the concept on a dimension whose {@code qb:codeList} is the concept's scheme
 * (one index lookup per dataset and dimension), or when its record has the concept as a theme. Call inside a read
 * transaction.
 */
final class ConceptReads {
    static final Node CODES = CatalogTexts.uri(PravasiUris.CODES_GRAPH);
    private static final Node VOCABULARY = CatalogTexts.uri(PravasiUris.VOCABULARY_GRAPH);

    private final CatalogTexts texts;
    private final DatasetGraph dsg;
    private final Map<Node, List<Node>> dimensions = new HashMap<>();

    ConceptReads(CatalogTexts texts, DatasetGraph dsg) {
        this.texts = texts;
        this.dsg = dsg;
    }

    /** A listed dataset: its record and the graph of its current version. */
    private record Listed(Node uri, Node version, Optional<String> identifier, List<CatalogTexts.LangText> titles) {}

    List<ConceptTexts> all() {
        List<Listed> listed = listed();
        List<ConceptTexts> out = new ArrayList<>();
        for (CatalogTexts.Match m : texts.find(CODES, SKOS.inScheme.asNode(), Node.ANY)) {
            read(m.subject(), m.object(), listed).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ConceptTexts> read(Node concept, Node scheme, List<Listed> listed) {
        Optional<String> notation = texts.string(CODES, concept, SKOS.notation.asNode());
        String schemeId = PravasiUris.schemeId(scheme.isURI() ? scheme.getURI() : null);
        if (!concept.isURI() || notation.isEmpty() || schemeId == null) {
            return Optional.empty();
        }
        return Optional.of(new ConceptTexts(
                concept.getURI(),
                scheme.getURI(),
                schemeId,
                notation.get(),
                texts.texts(CODES, scheme, SKOS.prefLabel.asNode()),
                texts.texts(CODES, concept, SKOS.prefLabel.asNode()),
                texts.texts(CODES, concept, SKOS.altLabel.asNode()),
                texts.texts(CODES, concept, SKOS.definition.asNode()),
                uses(concept, scheme, schemeId, listed)));
    }

    private List<ConceptTexts.Use> uses(Node concept, Node scheme, String schemeId, List<Listed> listed) {
        List<Node> dims = dimensions.computeIfAbsent(scheme, s -> {
            List<Node> found = new ArrayList<>();
            dsg.find(VOCABULARY, Node.ANY, QB.codeList.asNode(), s).forEachRemaining(q -> found.add(q.getSubject()));
            return found;
        });
        List<ConceptTexts.Use> out = new ArrayList<>();
        for (Listed d : listed) {
            if (dims.stream().anyMatch(dim -> dsg.contains(d.version(), Node.ANY, dim, concept))) {
                out.add(new ConceptTexts.Use(d.uri().getURI(), d.identifier(), d.titles(), Optional.of(schemeId)));
            } else if (dsg.contains(d.uri(), d.uri(), DCAT.theme.asNode(), concept)) {
                out.add(new ConceptTexts.Use(d.uri().getURI(), d.identifier(), d.titles(), Optional.empty()));
            }
        }
        return out;
    }

    private List<Listed> listed() {
        List<Listed> out = new ArrayList<>();
        for (DatasetRecord r : CatalogView.records(dsg)) {
            if (r.withdrawn() || r.current().isEmpty()) {
                continue;
            }
            Node ds = CatalogTexts.uri(r.uri());
            out.add(new Listed(
                    ds,
                    CatalogTexts.uri(r.current().get().uri()),
                    Optional.of(r.identifier()).filter(id -> !id.isEmpty()),
                    texts.texts(ds, ds, DCTerms.title.asNode())));
        }
        return out;
    }
}
