package org.pravasi.registry.federation;

import java.util.List;

/**
 * A peer as shown at {@code GET /api/peers} and on the peers page.
 *
 * @param url the peer's URL
 * @param base the base URI it declared ("" before the first contact)
 * @param status {@code ok}, {@code partial} (harvested, but some datasets refused), {@code failing} (the last harvest
 *     failed as a whole), {@code harvesting} or {@code pending} (never harvested)
 * @param lastAttempt when a harvest last started ("" never)
 * @param lastSuccess when a harvest last completed ("" never)
 * @param lastError why the last harvest failed ("" when it succeeded)
 * @param failures harvests failed in a row
 * @param nextAttempt when the next scheduled harvest is due
 * @param datasets datasets this portal holds from the peer
 * @param cursor the newest change of the peer applied here ("" before the first)
 * @param refused the peer's datasets refused at their latest change: which, why and when
 */
public record PeerStatus(
        String url,
        String base,
        String status,
        String lastAttempt,
        String lastSuccess,
        String lastError,
        int failures,
        String nextAttempt,
        long datasets,
        String cursor,
        List<DatasetRefusal> refused) {

    /**
     * The status shown for a peer: its harvest {@code state} as kept on disk, with what only the running harvester
     * knows.
     *
     * @param state the peer's stored harvest state
     * @param status {@code ok}, {@code partial}, {@code failing}, {@code harvesting} or {@code pending}
     * @param nextAttempt when the next scheduled harvest is due
     * @param datasets datasets this portal holds from the peer
     */
    public static PeerStatus of(PeerState state, String status, String nextAttempt, long datasets) {
        return new PeerStatus(
                state.url(),
                state.base(),
                status,
                state.lastAttempt(),
                state.lastSuccess(),
                state.lastError(),
                state.failures(),
                nextAttempt,
                datasets,
                state.cursor(),
                state.refused());
    }
}
