package org.pravasi.registry.config;

/**
 * Each client's share of the server's reads ({@code registry.web.ClientShare}): how many of one client's GET and HEAD
 * requests are handled at once, and how many more wait their turn before the next is refused with 429.
 *
 * @param running reads of one client (an IPv4 address or an IPv6 /64) handled at once; {@code 0}: no share, every read
 *     is handled as it comes (behind a reverse proxy every request is the proxy's, so bound clients there)
 * @param waiting reads of one client waiting their turn at most
 */
public record ReadShare(int running, int waiting) {
    /** Default reads of one client at once: half the node's eight shared workers. */
    public static final int DEFAULT_RUNNING = 4;
    /** Default reads of one client waiting: a page's requests at once, several times over. */
    public static final int DEFAULT_WAITING = 32;
    /** The documented default of {@code --reads-per-client 4,32}. */
    public static final ReadShare DEFAULTS = new ReadShare(DEFAULT_RUNNING, DEFAULT_WAITING);
    /** No share: {@code --reads-per-client 0}. */
    public static final ReadShare OFF = new ReadShare(0, 0);

    /** Checks the values, with a message naming the flag that sets them. */
    public ReadShare {
        if (running < 0 || running > 10_000 || waiting < 0 || waiting > 100_000) {
            throw new IllegalArgumentException("--reads-per-client " + running + "," + waiting
                    + " is out of range: use RUNNING,WAITING with 0 <= RUNNING <= 10000 and 0 <= WAITING <= 100000"
                    + " (e.g. 4,32; 0 for no share)");
        }
    }

    /** Whether clients are bounded at all. */
    public boolean bounded() {
        return running > 0;
    }
}
