package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.places.PlaceAliases;

/** Names from the reference graphs (code lists, geography) and organisation graphs, for tags and places. */
final class References {
    static final Node GEO = CatalogTexts.uri(PravasiUris.GEO_GRAPH);
    static final Node CODES = CatalogTexts.uri(PravasiUris.CODES_GRAPH);
    private static final String DISTRICTS = PravasiUris.BASE + "id/district/";
    private static final String STATES = PravasiUris.BASE + "id/state/";

    private final CatalogTexts rdf;

    References(CatalogTexts rdf) {
        this.rdf = rdf;
    }

    /** The preferred labels of a concept (a theme, a country). */
    List<Text> conceptLabels(Node concept) {
        return Text.all(rdf.texts(CODES, concept, SKOS.prefLabel.asNode()));
    }

    /** An organisation's names. */
    List<Text> orgNames(Node org) {
        return Text.all(rdf.texts(org, org, SKOS.prefLabel.asNode()));
    }

    /** The district or state {@code area} names, or empty when it is neither (a country). */
    Optional<Place> place(Node area) {
        if (!area.isURI()) {
            return Optional.empty();
        }
        String u = area.getURI();
        boolean district = u.startsWith(DISTRICTS);
        if (!district && !u.startsWith(STATES)) {
            return Optional.empty();
        }
        List<Text> names = new ArrayList<>(Text.all(rdf.texts(GEO, area, SKOS.prefLabel.asNode())));
        names.addAll(Text.all(rdf.texts(GEO, area, SKOS.altLabel.asNode())));
        names.stream()
                .filter(t -> !t.hindi())
                .map(Text::value)
                .findFirst()
                .ifPresent(name -> PlaceAliases.of(name).forEach(a -> names.add(Text.en(a))));
        Optional<String> state = district
                ? rdf.uris(GEO, area, PV.state.asNode()).stream().findFirst().map(CatalogTexts::lastSegment)
                : Optional.empty();
        return Optional.of(new Place(district, CatalogTexts.lastSegment(area), List.copyOf(names), state));
    }

    /** The state or union territory with LGD code {@code code}, if the geography has it. */
    Optional<Place> state(String code) {
        return place(CatalogTexts.uri(STATES + code)).filter(p -> !p.names().isEmpty());
    }

    /**
     * Adds the places {@code areas} to {@code entry}: district and state codes (a district's state too) and their names
     * as tags; a country's labels as tags.
     */
    void addAreas(IndexEntry.Builder entry, List<Node> areas) {
        for (Node area : areas) {
            Optional<Place> place = place(area);
            if (place.isEmpty()) {
                conceptLabels(area).forEach(entry::tag);
                continue;
            }
            Place p = place.get();
            p.names().forEach(entry::tag);
            if (p.district()) {
                entry.district(p.code());
                p.state().ifPresent(s -> {
                    entry.state(s);
                    state(s).ifPresent(st -> st.names().forEach(entry::tag));
                });
            } else {
                entry.state(p.code());
            }
        }
    }

    /** Adds theme notations and their labels. */
    void addThemes(IndexEntry.Builder entry, List<Node> themes) {
        for (Node t : themes) {
            entry.theme(CatalogTexts.lastSegment(t));
            conceptLabels(t).forEach(entry::tag);
        }
    }
}
