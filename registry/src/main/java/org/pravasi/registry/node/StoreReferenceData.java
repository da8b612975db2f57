package org.pravasi.registry.node;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.registry.publish.ReferenceData;

/**
 * Reference data from the ontology (code lists, dimension properties) and the node's installed geography (district and
 * state codes). Without geography, area codes are checked for form only.
 */
final class StoreReferenceData implements ReferenceData {
    private static final Pattern DISTRICT = Pattern.compile("[1-9][0-9]{0,3}");
    private static final Pattern STATE = Pattern.compile("[1-9][0-9]?");

    private final Ontology ontology;
    private final Set<String> districts;
    private final Set<String> states;

    StoreReferenceData(Ontology ontology, Set<String> districts, Set<String> states) {
        this.ontology = ontology;
        this.districts = Set.copyOf(districts);
        this.states = Set.copyOf(states);
    }

    @Override
    public Optional<Node> dimensionProperty(String schemeId) {
        if (!ontology.codes().hasScheme(schemeId)) {
            return Optional.empty();
        }
        Resource scheme = ResourceFactory.createResource(PravasiUris.scheme(schemeId));
        var it = ontology.vocabulary().listSubjectsWithProperty(QB.codeList, scheme);
        try {
            while (it.hasNext()) {
                Resource p = it.next();
                if (p.hasProperty(RDF.type, QB.DimensionProperty)) {
                    return Optional.of(p.asNode());
                }
            }
            return Optional.empty();
        } finally {
            it.close();
        }
    }

    @Override
    public Optional<Node> concept(String schemeId, String notation) {
        return ontology.codes().concept(schemeId, notation).map(Resource::asNode);
    }

    @Override
    public boolean hasScheme(String schemeId) {
        return ontology.codes().hasScheme(schemeId);
    }

    @Override
    public Optional<Node> area(String level, String code) {
        return switch (level) {
            case "district" ->
                known(code, districts, DISTRICT).map(c -> NodeFactory.createURI(PravasiUris.district(c)));
            case "state" -> known(code, states, STATE).map(c -> NodeFactory.createURI(PravasiUris.state(c)));
            case "country" -> concept("country", code);
            default -> Optional.empty();
        };
    }

    @Override
    public boolean hasGeography() {
        return !districts.isEmpty();
    }

    private Optional<String> known(String code, Set<String> set, Pattern form) {
        String c = code.replaceFirst("^0+(?=\\d)", "");
        if (set.isEmpty()) {
            return form.matcher(c).matches() ? Optional.of(c) : Optional.empty();
        }
        return set.contains(c) ? Optional.of(c) : Optional.empty();
    }
}
