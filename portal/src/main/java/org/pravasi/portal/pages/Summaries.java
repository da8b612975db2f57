package org.pravasi.portal.pages;

import java.util.List;

/** Short descriptions of datasets, stories and organisations, as listed on pages. */
final class Summaries {
    private Summaries() {}

    /**
     * A dataset in a list.
     *
     * @param uri the dataset URI
     * @param title title in the page's language
     * @param description description in the page's language
     * @param publisher the organisation
     * @param modified last change (ISO-8601)
     * @param illustrative whether its figures are illustrative
     * @param themes its themes
     * @param source the source citation
     */
    record Dataset(
            String uri,
            String title,
            String description,
            Link publisher,
            String modified,
            boolean illustrative,
            List<Link> themes,
            String source) {}

    /**
     * A story in a list.
     *
     * @param uri the story URI
     * @param headline its headline
     * @param summary its one-sentence summary
     * @param publisher the organisation
     * @param date publication date
     * @param language the language of the text
     * @param illustrative whether it is an illustrative account
     * @param districts districts it mentions
     */
    record Story(
            String uri,
            String headline,
            String summary,
            Link publisher,
            String date,
            String language,
            boolean illustrative,
            List<Link> districts) {}

    /**
     * An organisation in a list.
     *
     * @param uri the organisation URI
     * @param name its name
     * @param description its description
     * @param illustrative whether it is a fictional demo publisher
     */
    record Organisation(String uri, String name, String description, boolean illustrative) {}
}
