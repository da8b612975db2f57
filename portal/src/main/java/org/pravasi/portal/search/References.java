package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.PlaceTexts;
import org.pravasi.registry.places.PlaceAliases;

/**
 * Names of what entries refer to (themes, places, publishers), read once per snapshot: concept labels from the code
 * lists, places from the geography, organisation names. Use within one read transaction.
 */
final class References {
    private final CatalogTexts texts;
    private final Map<String, List<Text>> conceptLabels = new HashMap<>();
    private final Map<String, List<Text>> orgNames = new HashMap<>();
    private final Map<String, Optional<Place>> places = new HashMap<>();

    References(CatalogTexts texts) {
        this.texts = texts;
    }

    /** The preferred labels of a concept (a theme, a country). */
    List<Text> conceptLabels(String concept) {
        return conceptLabels.computeIfAbsent(concept, c -> Text.all(texts.conceptLabels(c)));
    }

    /** An organisation's names. */
    List<Text> orgNames(String org) {
        return orgNames.computeIfAbsent(org, o -> Text.all(texts.organisationNames(o)));
    }

    /** The district or state {@code area} names, or empty when it is neither (a country). */
    Optional<Place> place(String area) {
        return places.computeIfAbsent(area, a -> texts.place(a).map(References::place));
    }

    /** A place's names: preferred labels, alternative labels, then the known former names of its English name. */
    static Place place(PlaceTexts p) {
        List<Text> names = new ArrayList<>(Text.all(p.names()));
        names.addAll(Text.all(p.aliases()));
        names.stream()
                .filter(t -> !t.hindi())
                .map(Text::value)
                .findFirst()
                .ifPresent(name -> PlaceAliases.of(name).forEach(a -> names.add(Text.en(a))));
        return new Place(p.district(), p.code(), List.copyOf(names), p.state());
    }

    /** The state or union territory with LGD code {@code code}, if the geography has it. */
    Optional<Place> state(String code) {
        return texts.state(code).map(References::place).filter(p -> !p.names().isEmpty());
    }

    /**
     * Adds the places {@code areas} to {@code entry}: district and state codes (a district's state too) and their names
     * as tags; a country's labels as tags.
     */
    void addAreas(IndexEntry.Builder entry, List<String> areas) {
        for (String area : areas) {
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
    void addThemes(IndexEntry.Builder entry, List<String> themes) {
        for (String t : themes) {
            entry.theme(lastSegment(t));
            conceptLabels(t).forEach(entry::tag);
        }
    }

    /** The last path segment of a URI: an organisation slug, a notation, an LGD code. */
    static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
