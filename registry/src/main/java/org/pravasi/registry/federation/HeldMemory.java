package org.pravasi.registry.federation;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap the harvest threads may fill with large versions parsed into memory, shared by all of them: a version is
 * checked in memory only while its parsed graphs fit what is left ({@link Share#grow}); the rest are parsed straight
 * into the store's write transaction, slower but in bounded memory. So the heap taken by held versions stays under the
 * budget however many threads harvest and however large the peers' datasets are.
 */
final class HeldMemory {
    private final AtomicLong free;

    /**
     * A budget of {@code bytes} of estimated heap ({@link ParsedSize}); 0 parses every large version into the store.
     */
    HeldMemory(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("held memory must not be negative: " + bytes);
        }
        this.free = new AtomicLong(bytes);
    }

    /** Bytes of the budget not held by any open share. */
    long free() {
        return free.get();
    }

    /** A share of the budget for one version, empty at first; closing it gives back what it took. */
    Share open() {
        return new Share();
    }

    /** What one version being parsed holds of the budget. */
    final class Share implements AutoCloseable {
        private long held;
        private boolean closed;

        private Share() {}

        /**
         * Takes {@code bytes} more of the budget for this version; false, taking nothing, when the budget has not that
         * much left.
         */
        boolean grow(long bytes) {
            if (closed) {
                throw new IllegalStateException("this share of the held memory is closed");
            }
            long left = free.get();
            while (left >= bytes) {
                if (free.compareAndSet(left, left - bytes)) {
                    held += bytes;
                    return true;
                }
                left = free.get();
            }
            return false;
        }

        /** Bytes this share holds. */
        long held() {
            return held;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                free.addAndGet(held);
                held = 0;
            }
        }
    }
}
