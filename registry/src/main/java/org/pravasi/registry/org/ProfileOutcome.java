package org.pravasi.registry.org;

import java.util.List;
import org.pravasi.registry.ingest.Finding;

/**
 * What an edit of an organisation's profile did.
 *
 * @param saved whether the new profile was written
 * @param findings why it was refused (where, what, how to fix); empty when saved
 */
public record ProfileOutcome(boolean saved, List<Finding> findings) {
    /** Copies the findings. */
    public ProfileOutcome {
        findings = List.copyOf(findings);
    }
}
