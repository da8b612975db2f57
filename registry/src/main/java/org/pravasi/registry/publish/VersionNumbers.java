package org.pravasi.registry.publish;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * The number of a version from its URI, {@code <dataset>/vN}: the one spelling of a version number that publishing
 * mints, a harvest accepts (the change feed, the record, {@code BareCounts}), and the archives keep and list. Two
 * spellings let a peer number versions that one part accepts and another never keeps (review 38c, finding 1).
 */
public final class VersionNumbers {
    /** N: no leading zero, at most nine digits, so that it fits an int. */
    public static final String DIGITS = "[1-9][0-9]{0,8}";

    /** The highest version number. */
    public static final int MAX = 999_999_999;

    private static final Pattern NUMBER = Pattern.compile(DIGITS);

    private VersionNumbers() {}

    /** N when {@code version} is a URI ending in {@code /vN}; empty for anything else. */
    public static OptionalInt of(Node version) {
        if (!version.isURI()) {
            return OptionalInt.empty();
        }
        String uri = version.getURI();
        int at = uri.lastIndexOf("/v");
        if (at < 0) {
            return OptionalInt.empty();
        }
        String n = uri.substring(at + 2);
        return NUMBER.matcher(n).matches() ? OptionalInt.of(Integer.parseInt(n)) : OptionalInt.empty();
    }

    /** Whether {@code version} is {@code <dataset>/vN} with N as {@link #DIGITS} spells it. */
    public static boolean isVersionOf(String dataset, String version) {
        return version.length() > dataset.length() + 2
                && version.startsWith(dataset + "/v")
                && NUMBER.matcher(version.substring(dataset.length() + 2)).matches();
    }
}
