package org.pravasi.registry.disclosure;

import java.util.List;

/**
 * A withheld cell that the published table does not protect: everything published shows that it is below the threshold,
 * or determines it exactly.
 *
 * @param key the cell's key
 * @param lower the smallest whole count the published table allows
 * @param upper the largest whole count the published table allows ({@link Long#MAX_VALUE} if none)
 * @param determined whether lower and upper coincide
 * @param reason one sentence naming the key, for a person
 */
public record ProtectionFinding(List<String> key, long lower, long upper, boolean determined, String reason) {

    /** Copies the key. */
    public ProtectionFinding {
        key = List.copyOf(key);
    }
}
