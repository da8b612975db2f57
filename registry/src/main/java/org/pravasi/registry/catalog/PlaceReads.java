package org.pravasi.registry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;

/** Reads the districts and states of the reference geography; call inside a read transaction. */
final class PlaceReads {
    static final Node GEO = CatalogTexts.uri(PravasiUris.GEO_GRAPH);
    private static final String DISTRICTS = PravasiUris.BASE + "id/district/";
    private static final String STATES = PravasiUris.BASE + "id/state/";

    private final CatalogTexts texts;

    PlaceReads(CatalogTexts texts) {
        this.texts = texts;
    }

    /** Every state, then every district, the geography types. */
    List<PlaceTexts> all() {
        List<PlaceTexts> out = new ArrayList<>();
        for (Node type : List.of(PV.State.asNode(), PV.District.asNode())) {
            for (CatalogTexts.Match m : texts.find(GEO, RDF.type.asNode(), type)) {
                read(m.subject()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The district or state {@code area}; empty when its URI is neither a district's nor a state's. */
    Optional<PlaceTexts> read(Node area) {
        if (!area.isURI()) {
            return Optional.empty();
        }
        String u = area.getURI();
        boolean district = u.startsWith(DISTRICTS);
        if (!district && !u.startsWith(STATES)) {
            return Optional.empty();
        }
        Optional<String> state = district
                ? texts.uris(GEO, area, PV.state.asNode()).stream().findFirst().map(CatalogTexts::lastSegment)
                : Optional.empty();
        return Optional.of(new PlaceTexts(
                u,
                district,
                CatalogTexts.lastSegment(area),
                texts.texts(GEO, area, SKOS.prefLabel.asNode()),
                texts.texts(GEO, area, SKOS.altLabel.asNode()),
                state));
    }

    /** The URI of the state with LGD code {@code code}. */
    static String state(String code) {
        return STATES + code;
    }
}
