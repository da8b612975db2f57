package org.pravasi.portal.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object whose members keep the order they are written in. {@code Map.of} orders its keys differently in each
 * JVM, so a download built from it changed its bytes (and its checksum) from one start of the portal to the next.
 */
final class Ordered {
    private Ordered() {}

    /** An object of {@code keysAndValues}: key, value, key, value… */
    static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Keys and values come in pairs: " + keysAndValues.length + " given");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
