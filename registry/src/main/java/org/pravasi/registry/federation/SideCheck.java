package org.pravasi.registry.federation;

import java.util.function.Supplier;
import org.pravasi.registry.store.ThreadCpu;

/**
 * A check run on a thread of its own, at the caller's priority, while the caller does other work (writes what the check
 * will accept or refuse); {@link #join} waits for it and gives its result or failure, and {@link #cpuNanos} the CPU
 * time it took, which the caller counts as its own.
 */
final class SideCheck<T> {
    private final Thread thread;
    private volatile T result;
    private volatile RuntimeException failure;
    private volatile long cpu;

    private SideCheck(Supplier<T> check) {
        this.thread = Thread.ofPlatform()
                .name("pravasi-harvest-check")
                .daemon()
                .priority(Thread.currentThread().getPriority())
                .unstarted(() -> {
                    try {
                        result = check.get();
                    } catch (RuntimeException x) {
                        failure = x;
                    } catch (Error x) {
                        failure = new IllegalStateException("the check failed: " + x, x);
                    } finally {
                        cpu = ThreadCpu.now();
                    }
                });
    }

    /** Starts {@code check} on its own thread. */
    static <T> SideCheck<T> start(Supplier<T> check) {
        SideCheck<T> c = new SideCheck<>(check);
        c.thread.start();
        return c;
    }

    /**
     * Waits until the check has ended, even when interrupted (the interrupt is kept), and gives its result.
     *
     * @throws RuntimeException what the check threw
     */
    T join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** The CPU time the check took, in nanoseconds, once {@link #join} returned or threw. */
    long cpuNanos() {
        return cpu;
    }
}
