package org.pravasi.portal.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of thing the search index holds; {@link #id()} is the value of the {@code type} facet and filter. */
public enum EntryType {
    /** A dataset (its catalogue record, current version). */
    DATASET,
    /** A best-practice story. */
    STORY,
    /** A publishing organisation. */
    ORGANISATION,
    /** A district of the reference geography. */
    DISTRICT,
    /** A state or union territory of the reference geography. */
    STATE,
    /** A concept of a SKOS code list. */
    CONCEPT;

    /** The lower-case name used in JSON, facets and filters, e.g. {@code dataset}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #id()} is {@code id}, if any. */
    public static Optional<EntryType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every id, comma-separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(EntryType::id).collect(Collectors.joining(", "));
    }
}
