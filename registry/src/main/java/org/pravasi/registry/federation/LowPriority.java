package org.pravasi.registry.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that do a peer's work (reading, parsing and checking what it sends) at the lowest priority, so that the
 * readers of the portal get the cores first while a peer makes the portal work hard. On Linux the JVM passes thread
 * priorities to the scheduler only when started with {@link #JVM_FLAGS}; it then runs these threads at nice 19, which
 * CFS gives about 1.5 % of a core that a normal thread wants. Without the flags they run at normal priority.
 */
final class LowPriority {
    /**
     * The JVM options that make {@link Thread#MIN_PRIORITY} nice 19 on Linux (raising a thread's nice needs no
     * privilege).
     */
    static final String JVM_FLAGS = "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19";

    private LowPriority() {}

    /** Daemon threads named {@code prefix-N} at {@link Thread#MIN_PRIORITY}. */
    static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        };
    }

    /** The calling thread's nice value as the kernel sees it (Linux only; empty elsewhere). */
    static OptionalInt niceOfCurrentThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: nice is field 19 of the line.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalInt.of(Integer.parseInt(f[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
