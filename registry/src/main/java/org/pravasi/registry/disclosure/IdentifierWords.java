package org.pravasi.registry.disclosure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An identifier chosen by a publisher or a peer (a dataset's or story's slug, one segment of an IRI) as the words it
 * reads as, for the personal-data screen: percent-decoded, with hyphens and underscores as spaces. The screen finds "Mr
 * Ramesh Kumar" and "3 women", not "mr_ramesh_kumar" or "3-women".
 */
public final class IdentifierWords {
    private IdentifierWords() {}

    /** The words {@code identifier} reads as; itself, with only the joiners replaced, if it is not percent-encoded. */
    public static String of(String identifier) {
        String decoded;
        try {
            decoded = URLDecoder.decode(identifier.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = identifier;
        }
        return decoded.replace('_', ' ').replace('-', ' ');
    }
}
