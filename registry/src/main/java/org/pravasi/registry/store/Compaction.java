package org.pravasi.registry.store;

/**
 * When the node compacts its store by itself: once {@code data/tdb2} is larger than {@code ratio} times its live data,
 * as estimated from the last compaction ({@link LastCompaction}: its size, plus the part of the growth since that the
 * last compaction's yield says is live), or larger than {@code ratio}² times the last compacted size whatever the
 * estimate says; and never below {@code minBytes}. TDB2 appends on every transaction and reclaims nothing until
 * compacted; compaction copies the current data into a new generation ({@code Data-000N}) and deletes the old one.
 *
 * @param ratio growth over the last compacted size that starts a compaction; 0 = never compact automatically
 * @param minBytes no automatic compaction below this size (compacting a small store saves little)
 */
public record Compaction(double ratio, long minBytes) {
    /**
     * Default growth that starts a compaction: 2, so that the store stays within about twice its live size (three times
     * while a compaction runs, when the old and the new generation are both on disk).
     */
    public static final double DEFAULT_RATIO = 2.0;
    /**
     * Default size below which the store is never compacted automatically: 8 MiB (a compaction costs about a second
     * however small the store; below this size the disk it would save does not matter).
     */
    public static final long DEFAULT_MIN_BYTES = 8L * 1024 * 1024;
    /** The defaults. */
    public static final Compaction DEFAULT = new Compaction(DEFAULT_RATIO, DEFAULT_MIN_BYTES);
    /** Never compact automatically ({@link Store#compact()} still works). */
    public static final Compaction NEVER = new Compaction(0, DEFAULT_MIN_BYTES);

    /** Checks the values, with messages naming the flags that set them. */
    public Compaction {
        if (ratio != 0 && !(ratio >= 1.1 && ratio <= 1000)) {
            throw new IllegalArgumentException(
                    "--compact-ratio " + ratio
                            + " is out of range: use 1.1..1000 (the store's growth over its last compacted size), or 0 for never");
        }
        if (minBytes < 0) {
            throw new IllegalArgumentException("--compact-min-size " + minBytes + " must be 0 or more bytes");
        }
    }

    /**
     * Whether a store of {@code size} bytes is due after {@code last}: past {@code ratio} times its estimated live
     * data, or past {@code ratio}² times the last compacted size (the bound when the estimate is wrong: a store that
     * grew by new data and then only replaces it).
     */
    public boolean due(long size, LastCompaction last) {
        if (ratio == 0 || size < minBytes) {
            return false;
        }
        return size > ratio * ratio * last.size() || size > ratio * last.estimatedLive(size);
    }
}
