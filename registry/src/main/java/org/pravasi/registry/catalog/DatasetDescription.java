package org.pravasi.registry.catalog;

import java.util.List;

/**
 * What a dataset's record says about it beyond {@link DatasetRecord}: its topics, places, contact and time span. Values
 * are as stored; an absent one is empty.
 *
 * @param themes its themes ({@code dcat:theme})
 * @param spatial the places it covers ({@code dct:spatial})
 * @param keywords its keywords
 * @param illustrative whether it is marked as illustrative (demo) content
 * @param landingPage its landing page
 * @param contact its contact point
 * @param issued when it was first issued
 * @param temporalStart the first day its figures cover
 * @param temporalEnd the last day its figures cover
 */
public record DatasetDescription(
        List<String> themes,
        List<String> spatial,
        List<String> keywords,
        boolean illustrative,
        String landingPage,
        String contact,
        String issued,
        String temporalStart,
        String temporalEnd) {}
