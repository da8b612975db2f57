package org.pravasi.registry.federation;

/**
 * The checking work one harvest may still do for one peer: at most {@link HarvestLimits#checksPerRound()} datasets
 * checked and {@link HarvestLimits#checkBytesPerRound()} bytes of graphs read; the rest waits for the next round.
 */
final class CheckBudget {
    private final int maxChecks;
    private final long maxBytes;
    private int checks;
    private long bytes;

    CheckBudget(HarvestLimits limits) {
        this.maxChecks = limits.checksPerRound();
        this.maxBytes = limits.checkBytesPerRound();
    }

    /** Whether this round's share is used up. */
    boolean spent() {
        return checks >= maxChecks || bytes >= maxBytes;
    }

    /** One more dataset to fetch and check (counted even if its download fails). */
    void checking() {
        checks++;
    }

    /** Its graphs were {@code read} bytes long. */
    void read(long read) {
        bytes += read;
    }

    /** The dataset just fetched was not checked (the bytes of the copy checked before): its bytes still count. */
    void unchecked() {
        checks--;
    }

    @Override
    public String toString() {
        return checks + " datasets, " + bytes + " bytes";
    }
}
