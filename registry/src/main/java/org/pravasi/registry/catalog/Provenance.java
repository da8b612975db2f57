package org.pravasi.registry.catalog;

import java.util.List;

/**
 * How a version was made: its publishing activity.
 *
 * @param activity the activity URI
 * @param started when it started (ISO-8601 as stored)
 * @param ended when it ended
 * @param tableSha256 the hash of the published table
 * @param threshold the suppression threshold applied
 * @param suppressedCells the number of cells withheld
 * @param rules the disclosure rules applied, sorted
 */
public record Provenance(
        String activity,
        String started,
        String ended,
        String tableSha256,
        String threshold,
        String suppressedCells,
        List<String> rules) {}
