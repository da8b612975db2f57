package org.pravasi.portal.map;

/** The last segment of a URI minted here: the notation of codes, districts and periods in map URLs. */
final class UriSegments {
    private UriSegments() {}

    /** The last path segment (or fragment) of {@code uri}. */
    static String last(String uri) {
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
        return uri.substring(cut + 1);
    }
}
