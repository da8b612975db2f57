package org.pravasi.registry.disclosure;

/**
 * An identifier chosen by a publisher or a peer (a dataset's or story's slug, one segment of an IRI) as the words it
 * reads as, for the personal-data screen: percent-decoded, with hyphens and underscores as spaces. The screen finds "Mr
 * Ramesh Kumar" and "3 women", not "mr_ramesh_kumar" or "3-women".
 */
public final class IdentifierWords {
    private IdentifierWords() {}

    /**
     * The words {@code identifier} reads as, percent-decoded as an IRI is ({@link PreparedText#decoded}); itself, with
     * only the joiners replaced, if it is not percent-encoded.
     */
    public static String of(String identifier) {
        return ofDecoded(PreparedText.decoded(identifier));
    }

    /** The words an identifier already percent-decoded reads as: hyphens and underscores as spaces. */
    static String ofDecoded(String decoded) {
        return decoded.replace('_', ' ').replace('-', ' ');
    }
}
