package org.pravasi.registry.publish;

import java.util.List;
import org.pravasi.registry.ingest.Finding;

/**
 * What a publish did, for the report and the HTTP answer.
 *
 * @param status             published, unchanged (the current version already publishes exactly this), valid (dry
 *                           run), refused (findings), or forbidden (wrong organisation)
 * @param dataset            the dataset URI (empty when the descriptor could not be read)
 * @param version            the new version URI, or the current one when unchanged (empty otherwise)
 * @param versionNumber      that version's number (0 unless published or unchanged)
 * @param observations       rows read
 * @param suppressedPrimary  cells withheld because they were 1..k-1
 * @param suppressedSecondary cells withheld so that no withheld cell can be recovered from totals
 * @param threshold          the threshold k applied
 * @param triples            triples written
 * @param millis             time taken
 * @param findings           every error and warning
 */
public record PublishOutcome(Status status, String dataset, String version, int versionNumber, long observations,
                             int suppressedPrimary, int suppressedSecondary, int threshold, long triples, long millis,
                             List<Finding> findings) {

    /** The outcome kinds. */
    public enum Status { PUBLISHED, UNCHANGED, VALID, REFUSED, FORBIDDEN }

    /** Copies the findings. */
    public PublishOutcome {
        findings = List.copyOf(findings);
    }

    /** A refusal with findings. */
    static PublishOutcome refused(Status status, String dataset, int threshold, long millis, List<Finding> findings) {
        return new PublishOutcome(status, dataset, "", 0, 0, 0, 0, threshold, 0, millis, findings);
    }
}
