package org.pravasi.registry.publish;

import java.util.List;
import org.pravasi.registry.ingest.Finding;

/**
 * What a withdrawal did.
 *
 * @param status withdrawn, refused (a missing or unsafe reason: see the findings) or not found (no current version)
 * @param dataset the dataset URI
 * @param when when it was withdrawn (empty unless withdrawn)
 * @param findings why it was refused
 */
public record WithdrawOutcome(Status status, String dataset, String when, List<Finding> findings) {
    /** The outcome kinds. */
    public enum Status {
        WITHDRAWN,
        REFUSED,
        NOT_FOUND
    }

    /** Copies the findings. */
    public WithdrawOutcome {
        findings = List.copyOf(findings);
    }

    /** Whether the dataset was withdrawn. */
    public boolean withdrawn() {
        return status == Status.WITHDRAWN;
    }
}
