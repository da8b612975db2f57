package org.pravasi.registry.catalog;

/**
 * A dataset as listed in the catalogue and the change feed.
 *
 * @param uri the dataset URI
 * @param identifier {@code org/slug}
 * @param title English title
 * @param publisher the organisation URI
 * @param modified last change (ISO-8601)
 * @param version current version number (empty when withdrawn)
 * @param versionUri current version URI (empty when withdrawn)
 * @param withdrawn whether the dataset was withdrawn
 */
public record DatasetEntry(
        String uri,
        String identifier,
        String title,
        String publisher,
        String modified,
        String version,
        String versionUri,
        boolean withdrawn) {}
