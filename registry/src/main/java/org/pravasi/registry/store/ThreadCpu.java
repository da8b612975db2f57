package org.pravasi.registry.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The calling thread's CPU time, for work done on a helper thread that its caller counts as its own. */
public final class ThreadCpu {
    private ThreadCpu() {}

    /** The calling thread's CPU time so far, in nanoseconds; 0 where the JVM cannot measure it. */
    public static long now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads.getCurrentThreadCpuTime()
                : 0;
    }
}
