package org.pravasi.registry.store;

import java.util.Locale;

/**
 * What the store's last compaction left and learned: its size right after, and the share of the growth before it that
 * the compaction reclaimed (garbage: index blocks that transactions copied), from which the live part of the next
 * growth is estimated. A store that grows mostly by new data (a first harvest of a peer's many datasets) reclaims
 * little, and compacting it again at twice its size would copy it for little; one that replaces the same data (a
 * dataset published again and again) reclaims nearly all its growth.
 *
 * @param size bytes right after the last compaction; 0 when unknown
 * @param garbageShare the share of the growth before it that was reclaimed, 0..1; 1 when unknown (all growth is read as
 *     garbage, as before this estimate existed)
 */
public record LastCompaction(long size, double garbageShare) {
    /** No compaction known: a store never compacted by this node, or whose record cannot be read. */
    public static final LastCompaction UNKNOWN = new LastCompaction(0, 1);

    /** Checks the values. */
    public LastCompaction {
        if (size < 0 || !(garbageShare >= 0 && garbageShare <= 1)) {
            throw new IllegalArgumentException(
                    "A compaction leaves 0 or more bytes and reclaims a share 0..1 of the growth, not " + size + " and "
                            + garbageShare);
        }
    }

    /**
     * The record after a compaction took the store from {@code before} to {@code after} bytes. The share is learned
     * only from a growth that began at a known compacted size (a store's first compaction also counts its first load as
     * growth), and kept when there was no growth to learn from.
     */
    public LastCompaction next(long before, long after) {
        long growth = before - size;
        if (size == 0) {
            return new LastCompaction(after, 1);
        }
        if (growth <= 0) {
            return new LastCompaction(after, garbageShare);
        }
        double share = (double) (before - after) / growth;
        return new LastCompaction(after, Math.max(0, Math.min(1, share)));
    }

    /**
     * The store's live data, estimated at {@code current} bytes: what the last compaction left plus the live growth.
     */
    public double estimatedLive(long current) {
        return size + Math.max(0, current - size) * (1 - garbageShare);
    }

    /** The record as kept in {@code data/tdb2/compacted-size}: the size, a space, the share. */
    public String format() {
        return size + " " + String.format(Locale.ROOT, "%.4f", garbageShare);
    }

    /**
     * Reads {@link #format()}'s text, or an older node's (the size alone: share 1); {@link #UNKNOWN} if it is not
     * either.
     */
    public static LastCompaction parse(String text) {
        String[] parts = text.strip().split("\\s+");
        try {
            long size = Long.parseLong(parts[0]);
            double share = parts.length > 1 ? Double.parseDouble(parts[1]) : 1;
            return parts.length <= 2 ? new LastCompaction(size, share) : UNKNOWN;
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
