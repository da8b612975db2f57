package org.pravasi.registry.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the portal remembers about one peer between harvests (kept in {@code data/federation/peers.json}).
 *
 * @param url the peer's URL
 * @param base the base URI it declared at its first successful harvest ("" before)
 * @param cursor the change-feed position: the newest change applied ("" before the first harvest)
 * @param lastAttempt when a harvest last started ("" never)
 * @param lastSuccess when a harvest last completed ("" never)
 * @param lastError why the last harvest failed ("" when it succeeded), at most {@link PeerTexts#MAX_ERROR} characters
 *     without a direction control
 * @param failures harvests failed in a row
 * @param refused its datasets refused at their latest change (the others are harvested)
 */
public record PeerState(
        String url,
        String base,
        String cursor,
        String lastAttempt,
        String lastSuccess,
        String lastError,
        int failures,
        List<DatasetRefusal> refused) {

    /** Copies the refusals (a state file written before refusals were kept reads as none); bounds the error. */
    public PeerState {
        lastError = lastError == null ? "" : PeerTexts.error(lastError);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    /** A peer never harvested. */
    static PeerState fresh(Peer peer) {
        return new PeerState(peer.url(), "", "", "", "", "", 0, List.of());
    }

    /**
     * The oldest refused change: the change feed is read from there, so that a refused dataset is never skipped for
     * good.
     */
    Optional<Instant> oldestRefusal() {
        return refused.stream().map(r -> Instant.parse(r.modified())).min(Instant::compareTo);
    }

    /** This state with {@code r} replacing any earlier refusal of the same dataset. */
    PeerState refusing(DatasetRefusal r) {
        List<DatasetRefusal> out = new ArrayList<>(
                refused.stream().filter(o -> !o.dataset().equals(r.dataset())).toList());
        out.add(r);
        return new PeerState(url, base, cursor, lastAttempt, lastSuccess, lastError, failures, out);
    }

    /** This state without a refusal of {@code dataset}. */
    PeerState accepting(String dataset) {
        return new PeerState(
                url,
                base,
                cursor,
                lastAttempt,
                lastSuccess,
                lastError,
                failures,
                refused.stream().filter(o -> !o.dataset().equals(dataset)).toList());
    }

    Optional<Instant> cursorInstant() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(cursor));
    }

    PeerState attempted(Instant when) {
        return new PeerState(url, base, cursor, when.toString(), lastSuccess, lastError, failures, refused);
    }

    PeerState advanced(String newBase, Optional<Instant> newCursor) {
        return new PeerState(
                url,
                newBase,
                newCursor.map(Instant::toString).orElse(cursor),
                lastAttempt,
                lastSuccess,
                lastError,
                failures,
                refused);
    }

    PeerState succeeded(Instant when) {
        return new PeerState(url, base, cursor, lastAttempt, when.toString(), "", 0, refused);
    }

    PeerState failed(String error) {
        return new PeerState(url, base, cursor, lastAttempt, lastSuccess, error, failures + 1, refused);
    }
}
