package org.pravasi.registry.catalog;

import java.util.Optional;

/**
 * A dataset's catalogue record (the graph named by the dataset URI), as far as the read side needs it typed.
 *
 * @param uri the dataset URI
 * @param identifier {@code org/slug}
 * @param publisher the organisation URI (empty when the record names none)
 * @param modified last change, ISO-8601 as stored (empty when none)
 * @param licence the licence URI (empty when none)
 * @param source the source citation (empty when none)
 * @param withdrawn whether the record says the dataset was withdrawn
 * @param current the current version; empty once withdrawn
 */
public record DatasetRecord(
        String uri,
        String identifier,
        String publisher,
        String modified,
        String licence,
        String source,
        boolean withdrawn,
        Optional<VersionRef> current) {

    /** Whether the dataset has a current version (it is listed, downloadable, searchable). */
    public boolean isCurrent() {
        return current.isPresent();
    }

    /** Whether only the tombstone is left: withdrawn, with no current version. */
    public boolean isTombstone() {
        return withdrawn && current.isEmpty();
    }
}
