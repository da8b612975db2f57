package org.pravasi.registry.events;

import java.time.Instant;
import java.util.Objects;

/**
 * Something changed in the catalogue: a dataset version or story was published, or a dataset was withdrawn.
 *
 * @param kind what happened
 * @param uri the dataset (or story) URI, stable across versions
 * @param version the new version URI (empty for a withdrawal or a story)
 * @param org the organisation slug
 * @param modified when the change was committed
 */
public record ChangeEvent(Kind kind, String uri, String version, String org, Instant modified) {

    /** The kinds of change. */
    public enum Kind {
        PUBLISHED,
        WITHDRAWN,
        STORY_PUBLISHED,
        HARVESTED,
        /** An organisation's profile (name, description, centres) was edited in the workspace. */
        ORGANISATION_CHANGED
    }

    /** Checks the parts. */
    public ChangeEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uri, "uri");
        version = Objects.requireNonNullElse(version, "");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(modified, "modified");
    }
}
