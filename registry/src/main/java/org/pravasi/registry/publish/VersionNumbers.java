package org.pravasi.registry.publish;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/** The number of a version from its URI, {@code <dataset>/vN}: what this registry mints, and harvests only so. */
final class VersionNumbers {
    /** At most nine digits: a number that fits an int. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private VersionNumbers() {}

    /** N when {@code version} is a URI ending in {@code /vN}; empty for anything else. */
    static OptionalInt of(Node version) {
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
}
