package org.pravasi.portal.pages;

/**
 * Text helpers for the templates; the shared markup (dataset, story and centre lists, links, badges) is in the partials
 * {@code pages/datasets.jte}, {@code stories.jte}, {@code centres.jte}, {@code link.jte}, {@code links.jte} and
 * {@code illustrative.jte}.
 */
final class Fragments {
    private Fragments() {}

    /** The date part of an ISO-8601 timestamp. */
    static String date(String iso) {
        return iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso;
    }
}
