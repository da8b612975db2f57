package org.pravasi.registry.federation;

/**
 * A rule of this portal's harvest that a peer dataset can break: the part of a refusal that is shown publicly (the
 * peers page, {@code GET /api/peers}). Its name is stable for tools to match; its sentence says what the rule asks and
 * never what a given dataset holds (which cells, what bound), since a refused table is one this portal judged unsafe to
 * show. The detail of a refusal goes to the operator's log only ({@link Refusal}).
 */
enum RefusalRule {
    /** The change feed's entry cannot be followed. */
    FEED(
            "feed",
            "the change feed's entry for it is not one this portal follows (an identifier of the form org/slug, a"
                    + " version URI of the form <dataset>/vN with N of at most nine digits, a withdrawal of one of the"
                    + " peer's own datasets, a time a clock can show)"),
    /** The download could not be read within the limits. */
    DOWNLOAD(
            "download",
            "its graphs could not be read within this portal's limits (size, time, statement length, valid N-Quads"
                    + " in canonical form, every triple in a named graph)"),
    /** The graphs break the rules of what a harvested dataset holds, disclosure apart. */
    CONTENT(
            "content",
            "its graphs break this portal's rules for a harvested dataset (its record, version and publisher, URIs"
                    + " under the peer's base, texts, times, observations with their dimension values and counts none"
                    + " of which is below this portal's threshold, and the personal-data screen)"),
    /** The dataset's own table does not keep its withheld counts secret. */
    DISCLOSURE(
            "disclosure",
            "its table, as published, could give a withheld or small count away (docs/disclosure.md, \"What a"
                    + " harvesting portal does\")"),
    /** Read with what this portal holds of the publisher, the table gives a withheld count away. */
    READ_TOGETHER(
            "read-together",
            "read together with the publisher's other tables or earlier versions that this portal holds, its table"
                    + " does not keep every withheld count secret (docs/disclosure.md, \"Tables read together\" and"
                    + " \"Versions read together\")"),
    /** The publisher's name reads as the name of another organisation held here (docs/security.md). */
    PUBLISHER_NAME(
            "publisher-name",
            "its publisher's name, in some language, reads as the name of another organisation this portal holds"
                    + " (docs/security.md, \"one organisation, one name\")"),
    /** The graphs clash with what the store holds. */
    STORE(
            "store",
            "its graphs clash with what this portal stores (a graph of another source, or a changed copy of a"
                    + " version held here that is too large to check)"),
    /** The check itself failed. */
    UNCHECKED("unchecked", "this portal could not check it"),
    /** Any other refusal: a producer that names no rule says no more than this. */
    OTHER("other", "it failed one of this portal's harvest checks");

    private final String id;
    private final String sentence;

    RefusalRule(String id, String sentence) {
        this.id = id;
        this.sentence = sentence;
    }

    /** The stable name, as listed in {@code rules} at {@code GET /api/peers}. */
    String id() {
        return id;
    }

    /** What the rule asks, in words fit for a public page. */
    String sentence() {
        return sentence;
    }
}
