package org.pravasi.portal.sparql;

import java.util.HashMap;
import java.util.Map;

/**
 * How many queries each client address has running or waiting, so that one client cannot take every query thread: past
 * {@code perClient} a client is refused until one of its queries ends. Used on the event loop only.
 */
final class ClientSlots {
    private final int perClient;
    private final Map<String, Integer> inFlight = new HashMap<>();

    /** At most {@code perClient} queries per address ({@code 0} = no limit). */
    ClientSlots(int perClient) {
        this.perClient = perClient;
    }

    /** Takes a slot for {@code client}; false when it already has {@code perClient} queries in flight. */
    boolean take(String client) {
        int n = inFlight.getOrDefault(client, 0);
        if (perClient > 0 && n >= perClient) {
            return false;
        }
        inFlight.put(client, n + 1);
        return true;
    }

    /** Gives back a slot taken by {@code client}. */
    void release(String client) {
        inFlight.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
    }

    /** The limit per client. */
    int perClient() {
        return perClient;
    }
}
