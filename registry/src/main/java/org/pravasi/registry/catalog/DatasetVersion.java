package org.pravasi.registry.catalog;

import java.util.List;

/**
 * One version of a dataset as its record lists it, with its change summary.
 *
 * @param ref the version's URI and number
 * @param issued when it was published (ISO-8601 as stored; empty when none)
 * @param observations its number of observations, as stored (empty when none)
 * @param suppressedCells its number of withheld cells, as stored (empty when none)
 * @param current whether it is the dataset's current version
 * @param invalidated whether a withdrawal invalidated it
 * @param addedCodes codes it added to the previous version (URIs)
 * @param removedCodes codes it removed from the previous version (URIs)
 */
public record DatasetVersion(
        VersionRef ref,
        String issued,
        String observations,
        String suppressedCells,
        boolean current,
        boolean invalidated,
        List<String> addedCodes,
        List<String> removedCodes) {}
