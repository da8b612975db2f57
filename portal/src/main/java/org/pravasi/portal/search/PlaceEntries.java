package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.PlaceTexts;

/** Reads the districts and states of the reference geography into index entries (none when it is not installed). */
final class PlaceEntries {
    private final CatalogTexts texts;
    private final References refs;

    PlaceEntries(CatalogTexts texts, References refs) {
        this.texts = texts;
        this.refs = refs;
    }

    List<IndexEntry> all() {
        List<IndexEntry> out = new ArrayList<>();
        for (PlaceTexts p : texts.places()) {
            read(p).ifPresent(out::add);
        }
        return out;
    }

    private Optional<IndexEntry> read(PlaceTexts found) {
        Place p = References.place(found);
        if (p.names().isEmpty()) {
            return Optional.empty();
        }
        String kind = p.district() ? Fields.DISTRICT : Fields.STATE;
        IndexEntry.Builder e = IndexEntry.builder(found.uri(), p.district() ? EntryType.DISTRICT : EntryType.STATE)
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
