package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.CatalogTexts;

/** Reads the districts and states of the reference geography into index entries (none when it is not installed). */
final class PlaceEntries {
    private final CatalogTexts rdf;
    private final References refs;

    PlaceEntries(CatalogTexts rdf, References refs) {
        this.rdf = rdf;
        this.refs = refs;
    }

    List<IndexEntry> all() {
        List<IndexEntry> out = new ArrayList<>();
        for (Node type : List.of(PV.State.asNode(), PV.District.asNode())) {
            rdf.find(References.GEO, RDF.type.asNode(), type)
                    .forEach(q -> read(q.subject()).ifPresent(out::add));
        }
        return out;
    }

    private Optional<IndexEntry> read(Node area) {
        Optional<Place> found = refs.place(area);
        if (found.isEmpty() || found.get().names().isEmpty()) {
            return Optional.empty();
        }
        Place p = found.get();
        String kind = p.district() ? Fields.DISTRICT : Fields.STATE;
        IndexEntry.Builder e = IndexEntry.builder(area.getURI(), p.district() ? EntryType.DISTRICT : EntryType.STATE)
                .key(kind + ":" + p.code());
        p.names().forEach(e::title);
        e.tag(Text.en("LGD " + p.code()));
        if (p.district()) {
            e.district(p.code());
            p.state().ifPresent(s -> {
                e.state(s);
                Optional<Place> state = refs.state(s);
                String stateName = state.flatMap(st ->
                                st.names().stream().filter(t -> !t.hindi()).findFirst())
                        .map(Text::value)
                        .orElse(s);
                e.body(Text.en("District of " + stateName + " (LGD district code " + p.code() + ")."));
                state.ifPresent(st -> st.names().forEach(e::tag));
            });
        } else {
            e.state(p.code());
            e.body(Text.en("State or union territory of India (LGD state code " + p.code() + ")."));
        }
        return Optional.of(e.build());
    }
}
