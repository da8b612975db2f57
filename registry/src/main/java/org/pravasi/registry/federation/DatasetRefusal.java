package org.pravasi.registry.federation;

/**
 * One peer dataset this portal refused, shown at {@code GET /api/peers} and on the peers page until the peer publishes
 * a newer change of it that passes. Nothing of a refused change is stored; the peer's other datasets are harvested as
 * usual.
 *
 * @param dataset the dataset URI the peer announced
 * @param identifier {@code org/slug}
 * @param modified the peer's change that was refused (its {@code modified} instant)
 * @param reason why, and how the peer can fix it
 * @param refusedAt when this portal refused it
 * @param retryAfter when this portal fetches it again at the earliest, whatever change the peer announces before (""
 *     when not known)
 */
public record DatasetRefusal(
        String dataset, String identifier, String modified, String reason, String refusedAt, String retryAfter) {
    /** Longest reason kept: a peer chooses much of the text (IRIs, literals), so it is shortened. */
    static final int MAX_REASON = 2_000;

    /** Shortens the reason. */
    public DatasetRefusal {
        reason = reason == null ? "" : reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
        retryAfter = retryAfter == null ? "" : retryAfter;
    }

    /** A refusal whose next retry is not known. */
    public DatasetRefusal(String dataset, String identifier, String modified, String reason, String refusedAt) {
        this(dataset, identifier, modified, reason, refusedAt, "");
    }
}
