package org.pravasi.ontology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** An immutable index of SKOS schemes, built once from a model. */
final class SkosCodeLists implements CodeLists {
    private final Map<String, Map<String, Resource>> conceptsByScheme;
    private final Map<Resource, Map<String, String>> labels;

    private SkosCodeLists(
            Map<String, Map<String, Resource>> conceptsByScheme, Map<Resource, Map<String, String>> labels) {
        this.conceptsByScheme = conceptsByScheme;
        this.labels = labels;
    }

    /**
     * Indexes every skos:ConceptScheme under the code base in {@code codes}, with its concepts' notations and labels.
     */
    public static SkosCodeLists index(Model codes) {
        Map<String, Map<String, Resource>> byScheme = new TreeMap<>();
        Map<Resource, Map<String, String>> labels = new HashMap<>();
        codes.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).forEach(scheme -> {
            String id = PravasiUris.schemeId(scheme.getURI());
            if (id != null) {
                byScheme.put(id, new TreeMap<>());
            }
        });
        codes.listStatements(null, SKOS.inScheme, (RDFNode) null).forEach(s -> {
            Map<String, Resource> concepts = byScheme.get(PravasiUris.schemeId(uriOf(s.getObject())));
            Statement notation = s.getSubject().getProperty(SKOS.notation);
            if (concepts != null && notation != null) {
                concepts.put(notation.getString(), s.getSubject());
                labels.put(s.getSubject(), prefLabels(s.getSubject()));
            }
        });
        Map<String, Map<String, Resource>> frozen = new TreeMap<>();
        byScheme.forEach((id, concepts) -> frozen.put(id, Map.copyOf(concepts)));
        return new SkosCodeLists(Map.copyOf(frozen), Map.copyOf(labels));
    }

    private static String uriOf(RDFNode node) {
        return node.isURIResource() ? node.asResource().getURI() : null;
    }

    private static Map<String, String> prefLabels(Resource concept) {
        Map<String, String> byLang = new HashMap<>();
        concept.listProperties(SKOS.prefLabel).forEach(s -> {
            if (s.getObject().isLiteral()) {
                Literal label = s.getLiteral();
                byLang.put(label.getLanguage(), label.getLexicalForm());
            }
        });
        return Map.copyOf(byLang);
    }

    @Override
    public boolean hasScheme(String id) {
        return id != null && conceptsByScheme.containsKey(id);
    }

    @Override
    public Optional<Resource> concept(String schemeId, String notation) {
        if (schemeId == null || notation == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                conceptsByScheme.getOrDefault(schemeId, Map.of()).get(notation));
    }

    @Override
    public Set<String> notations(String schemeId) {
        return schemeId == null
                ? Set.of()
                : conceptsByScheme.getOrDefault(schemeId, Map.of()).keySet();
    }

    @Override
    public Optional<String> label(Resource concept, String lang) {
        if (concept == null || lang == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.getOrDefault(concept, Map.of()).get(lang));
    }

    @Override
    public List<String> schemeIds() {
        return conceptsByScheme.keySet().stream().sorted().toList();
    }
}
