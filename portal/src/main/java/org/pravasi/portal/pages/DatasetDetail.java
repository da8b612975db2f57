package org.pravasi.portal.pages;

import java.util.List;
import java.util.Optional;

/**
 * Everything the dataset page shows.
 *
 * @param summary title, description, publisher, themes, source
 * @param licence the licence URI
 * @param keywords keywords
 * @param landingPage the source's web page, if any
 * @param contactPoint the contact URI, if any
 * @param issued first publication (ISO-8601)
 * @param temporal first and last day covered, e.g. {@code 2023-01-01 – 2024-12-31}
 * @param areas the areas covered
 * @param versions every version, newest first
 * @param provenance how the current version was made
 * @param data what the page shows of the current version's observations
 * @param citation how to cite the current version
 */
record DatasetDetail(
        Summaries.Dataset summary,
        String licence,
        List<String> keywords,
        String landingPage,
        String contactPoint,
        String issued,
        String[] temporal,
        List<Link> areas,
        List<Version> versions,
        Optional<Provenance> provenance,
        VersionSummary data,
        Citation citation) {

    /**
     * One version of the dataset.
     *
     * @param uri the version URI
     * @param number its number
     * @param issued when it was published
     * @param observations how many observations it has
     * @param suppressed how many cells were suppressed
     * @param current whether it is the current version
     * @param withdrawn whether the publisher withdrew it
     * @param added codes and periods it added to the version it replaced (the change summary)
     * @param removed codes and periods of the replaced version it no longer has
     */
    record Version(
            String uri,
            int number,
            String issued,
            String observations,
            String suppressed,
            boolean current,
            boolean withdrawn,
            List<Link> added,
            List<Link> removed) {}

    /**
     * The publishing activity of a version.
     *
     * @param activity the activity URI
     * @param started when it started
     * @param ended when it ended
     * @param sha256 the SHA-256 of the version's published table (never of the upload: docs/disclosure.md)
     * @param threshold the disclosure threshold k
     * @param suppressed cells suppressed
     * @param rules the rules applied
     */
    record Provenance(
            String activity,
            String started,
            String ended,
            String sha256,
            String threshold,
            String suppressed,
            List<String> rules) {}

    /**
     * A dataset its publisher withdrew: the record and the versions stay citable.
     *
     * @param summary title, description, publisher; {@code modified} is when it was withdrawn
     * @param versions every earlier version, newest first
     * @param reason the publisher's reason for withdrawing it
     */
    record Withdrawn(Summaries.Dataset summary, List<Version> versions, String reason) {}
}
