package org.pravasi.portal.federation;

import com.sun.management.OperatingSystemMXBean;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.impl.VertxThread;
import io.vertx.core.internal.VertxBootstrap;
import io.vertx.core.spi.VertxThreadFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where this JVM's CPU time goes during a phase of {@link HarvestUnderAttackIT}, by role, measured per thread with
 * {@link ThreadMXBean} (not the wall clock, which other processes' load distorts): the portal's harvest threads, the
 * portal's request threads, the test's own side (the good nodes and the nodes the hostile peers relay, served by
 * {@link #testVertx()}, their HTTP clients, and the read load), and the JVM's own threads (garbage collection, JIT: the
 * process's CPU time that no Java thread accounts for). The hostile peers run in their own JVM
 * ({@link AttackerProcess}); a real attacker's CPU is on another machine, here it shares the two cores with the portal.
 */
final class ThreadCpu {
    /** Prefix of the threads of {@link #testVertx()}: the portal's own Vert.x threads keep the default names. */
    static final String TEST_PREFIX = "test-";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> cpu;
    private final Map<Long, String> names;
    private final long process;
    private final long load;
    private final long wall;

    private ThreadCpu(Map<Long, Long> cpu, Map<Long, String> names, long process, long load, long wall) {
        this.cpu = cpu;
        this.names = names;
        this.process = process;
        this.load = load;
        this.wall = wall;
    }

    /**
     * Whether the test's side runs at the lowest priority ({@code -Dpravasi.attack.low-peers=true}, set by
     * bench/attack): with the JVM flags of {@code LowPriority} (the failsafe argLine) its threads run at nice 19, as if
     * the fake peers and good nodes were on other machines. Off in the default suite, where a loaded CI machine could
     * starve them past the IT's deadlines.
     */
    static final boolean LOW_PEERS = Boolean.getBoolean("pravasi.attack.low-peers");

    /** A Vert.x instance for the test's side, whose threads are named {@code test-...} (at nice 19 if LOW_PEERS). */
    static Vertx testVertx() {
        VertxThreadFactory named = new VertxThreadFactory() {
            @Override
            public VertxThread newVertxThread(
                    Runnable target, String name, boolean worker, long maxExecTime, TimeUnit unit) {
                VertxThread t = new VertxThread(target, TEST_PREFIX + name, worker, maxExecTime, unit);
                if (LOW_PEERS) {
                    t.setPriority(Thread.MIN_PRIORITY);
                }
                return t;
            }
        };
        return VertxBootstrap.create()
                .options(new VertxOptions())
                .threadFactory(named)
                .init()
                .vertx();
    }

    /** The CPU time of every live thread now. */
    static ThreadCpu now() {
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long t = THREADS.getThreadCpuTime(ids[i]);
            // The read load's threads report their own time when they finish (ReadLoad.cpuNanos).
            if (t >= 0 && infos[i] != null && !infos[i].getThreadName().startsWith("read-load-")) {
                cpu.put(ids[i], t);
                names.put(ids[i], infos[i].getThreadName());
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
        return new ThreadCpu(cpu, names, process, ReadLoad.cpuNanos(), System.nanoTime());
    }

    /**
     * Milliseconds of CPU per role from {@code before} to this snapshot, and the phase's wall time ({@code wall}); a
     * thread that ended in between is not counted (its time falls to {@code jvm}), except the read load's, which report
     * their own.
     */
    Map<String, Long> since(ThreadCpu before) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String role : new String[] {"harvest", "portal", "test", "load", "jvm", "wall"}) {
            out.put(role, 0L);
        }
        long threads = 0;
        for (Map.Entry<Long, Long> e : cpu.entrySet()) {
            long used = e.getValue() - before.cpu.getOrDefault(e.getKey(), 0L);
            threads += used;
            out.merge(role(names.get(e.getKey())), used, Long::sum);
        }
        long loadUsed = load - before.load;
        out.put("load", loadUsed);
        out.put("jvm", process < 0 ? 0 : process - before.process - threads - loadUsed);
        out.put("wall", wall - before.wall);
        out.replaceAll((k, v) -> v / 1_000_000);
        return out;
    }

    /** The role of a thread by its name. */
    static String role(String name) {
        if (name.startsWith("pravasi-harvest")) {
            return "harvest";
        }
        // The JDK HTTP clients' selector threads ("HttpClient-N-SelectorManager") cannot be told apart: the test's
        // (fake peers' relays, read load) and the portal's peer client. Their share is small: they only move bytes.
        if (name.startsWith(TEST_PREFIX)
                || name.startsWith("HttpClient-")
                || name.equals("main")
                || name.startsWith("harvest-trigger")) {
            return "test";
        }
        // The portal's Vert.x event loops and worker pools, its search and SPARQL pools, Jena and Lucene threads.
        return "portal";
    }
}
