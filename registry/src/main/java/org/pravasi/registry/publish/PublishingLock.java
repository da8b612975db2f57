package org.pravasi.registry.publish;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One node's lock over everything an organisation publishes (tables, stories, profiles, withdrawals): each is checked
 * against what is public and written while holding it, so that a story and a table published at the same moment are
 * each checked beside the other (figures stated in text, docs/disclosure.md).
 */
public final class PublishingLock {
    private final ReentrantLock lock = new ReentrantLock();

    /** Runs {@code work} holding the lock. */
    public <T> T holding(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }
}
