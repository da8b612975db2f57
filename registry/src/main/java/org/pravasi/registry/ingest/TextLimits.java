package org.pravasi.registry.ingest;

/**
 * How long the texts of a catalogue record may be, the same when a node publishes and when a portal harvests: every
 * page that lists datasets shows their titles and keywords whole, so a title of megabytes (a peer's, or one sent to the
 * publishing API) made every anonymous view of such a page hundreds of megabytes.
 */
public final class TextLimits {
    /** Characters of a title (each language) in a descriptor; a version's title adds " (version N)". */
    public static final int TITLE = 300;
    /** Characters of a description (each language) or of a source note in a descriptor. */
    public static final int DESCRIPTION = 10_000;
    /** Characters of one keyword. */
    public static final int KEYWORD = 100;
    /** Keywords of one dataset. */
    public static final int KEYWORDS = 50;
    /**
     * Characters of a name, title, label or keyword received from a peer: a version's title, an organisation's name.
     */
    public static final int NAME_RECEIVED = 500;
    /** Characters of any other text received from a peer. */
    public static final int TEXT_RECEIVED = 20_000;

    private TextLimits() {}
}
