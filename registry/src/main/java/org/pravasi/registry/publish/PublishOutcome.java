package org.pravasi.registry.publish;

import java.util.List;
import java.util.Objects;
import org.pravasi.registry.ingest.Finding;

/**
 * What a publish did, for the report and the HTTP answer.
 *
 * @param status published, unchanged (the current version already publishes exactly this), valid (dry run), refused
 *     (findings), or forbidden (wrong organisation)
 * @param target the dataset and version concerned
 * @param observations rows read
 * @param withheld the cells disclosure control withheld
 * @param triples triples written
 * @param millis time taken
 * @param findings every error and warning
 */
public record PublishOutcome(
        Status status,
        Target target,
        long observations,
        Withheld withheld,
        long triples,
        long millis,
        List<Finding> findings) {

    /** The outcome kinds. */
    public enum Status {
        PUBLISHED,
        UNCHANGED,
        VALID,
        REFUSED,
        FORBIDDEN
    }

    /**
     * The dataset and version a publish concerns.
     *
     * @param dataset the dataset URI (empty when the descriptor could not be read)
     * @param version the new version URI, or the current one when unchanged (empty otherwise)
     * @param number that version's number (0 unless published or unchanged)
     */
    public record Target(String dataset, String version, int number) {
        /** Checks for nulls. */
        public Target {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(version, "version");
        }

        /** The dataset alone, no version. */
        public static Target dataset(String dataset) {
            return new Target(dataset, "", 0);
        }
    }

    /**
     * The cells disclosure control withheld.
     *
     * @param primary cells withheld because they were 1..k-1
     * @param secondary cells withheld so that no withheld cell can be recovered from totals
     * @param threshold the threshold k applied
     */
    public record Withheld(int primary, int secondary, int threshold) {
        /** Nothing withheld (yet) under {@code threshold}. */
        public static Withheld none(int threshold) {
            return new Withheld(0, 0, threshold);
        }
    }

    /** Checks for nulls and copies the findings. */
    public PublishOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(withheld, "withheld");
        findings = List.copyOf(findings);
    }

    /** A refusal with findings: the dataset if known, no version, nothing counted or written. */
    public static PublishOutcome refused(
            Status status, String dataset, int threshold, long millis, List<Finding> findings) {
        return new PublishOutcome(status, Target.dataset(dataset), 0, Withheld.none(threshold), 0, millis, findings);
    }

    /** The dataset URI (empty when the descriptor could not be read). */
    public String dataset() {
        return target.dataset();
    }

    /** The version URI (empty unless published or unchanged). */
    public String version() {
        return target.version();
    }

    /** The version's number (0 unless published or unchanged). */
    public int versionNumber() {
        return target.number();
    }

    /** Cells withheld because they were 1..k-1. */
    public int suppressedPrimary() {
        return withheld.primary();
    }

    /** Cells withheld so that no withheld cell can be recovered from totals. */
    public int suppressedSecondary() {
        return withheld.secondary();
    }

    /** The threshold k applied. */
    public int threshold() {
        return withheld.threshold();
    }
}
