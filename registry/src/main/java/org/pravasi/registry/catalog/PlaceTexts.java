package org.pravasi.registry.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A district or a state of the reference geography ({@code graph/geo}), as search reads it.
 *
 * @param uri the place's URI
 * @param district whether it is a district (else a state or union territory)
 * @param code its LGD code (the last segment of its URI)
 * @param names its names ({@code skos:prefLabel}), English first, then Hindi, untagged, the rest; empty when the
 *     geography does not describe it
 * @param aliases its other names ({@code skos:altLabel}), in the same order
 * @param state the LGD code of a district's state, if the geography names it
 */
public record PlaceTexts(
        String uri,
        boolean district,
        String code,
        List<CatalogTexts.LangText> names,
        List<CatalogTexts.LangText> aliases,
        Optional<String> state) {

    /** Copies the lists. */
    public PlaceTexts {
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
    }
}
