package org.pravasi.registry.workspace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one distinct value of a column stands for. Only a {@link Status#RESOLVED} value is written to the pipeline's
 * CSV; the others wait for the officer's choice.
 *
 * @param value the value as written in the upload
 * @param status resolved, ambiguous (several candidates matched exactly) or unresolved (none did)
 * @param match the identifier, when resolved
 * @param candidates the exact matches when ambiguous, or ranked suggestions when unresolved (never applied)
 * @param reason one sentence saying why, for the officer
 */
public record Reconciled(
        String value, Status status, Optional<Candidate> match, List<Candidate> candidates, String reason) {

    /** The outcome for a value. */
    public enum Status {
        /** Matched one identifier exactly (after normalisation), or by the officer's choice. */
        RESOLVED,
        /** Matched several identifiers exactly; the officer chooses (or adds a state). */
        AMBIGUOUS,
        /** Matched nothing exactly; suggestions only. */
        UNRESOLVED
    }

    /** Checks the parts and that a match is present exactly when resolved. */
    public Reconciled {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        if (match.isPresent() != (status == Status.RESOLVED)) {
            throw new IllegalArgumentException("a match is given exactly when the value is resolved");
        }
    }

    /** A value resolved to {@code match}. */
    static Reconciled resolved(String value, Candidate match) {
        return new Reconciled(value, Status.RESOLVED, Optional.of(match), List.of(), match.why());
    }

    /** A value that matched several identifiers exactly. */
    static Reconciled ambiguous(String value, List<Candidate> candidates, String reason) {
        return new Reconciled(value, Status.AMBIGUOUS, Optional.empty(), candidates, reason);
    }

    /**
     * The most characters a value is read as a name: no district, state, period or category name comes near, and every
     * step after this one (patterns, edit distances against every known name) costs more with a value's length. A
     * longer cell or chosen identifier is answered at once, never matched.
     */
    public static final int MAX_NAME_CHARS = 100;

    /** The answer for a value longer than {@link #MAX_NAME_CHARS}, when it is; {@code what} names what it should be. */
    static Optional<Reconciled> tooLong(String value, String what) {
        if (value.length() <= MAX_NAME_CHARS) {
            return Optional.empty();
        }
        return Optional.of(unresolved(
                value,
                List.of(),
                "This value is " + value.length() + " characters long; no " + what + " is longer than " + MAX_NAME_CHARS
                        + ". Check that the column holds one " + what + " per cell."));
    }

    /** A value that matched nothing exactly, with ranked suggestions. */
    static Reconciled unresolved(String value, List<Candidate> suggestions, String reason) {
        return new Reconciled(value, Status.UNRESOLVED, Optional.empty(), suggestions, reason);
    }
}
