package org.pravasi.portal.federation;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile peers in their own JVM ({@link AttackerMain} on the test classpath), at nice 19 where {@code nice} exists, as
 * if on another machine: what they generate and send is not garbage the portal's JVM collects, and their CPU is not the
 * portal's. Killed by {@link #close()}, by a shutdown hook if the test JVM exits first, and, if the test JVM dies, by
 * the end of its stdin.
 */
final class AttackerProcess implements AutoCloseable {
    private static final Pattern PEER = Pattern.compile("^peer (\\d+) (http://127\\.0\\.0\\.1:\\d+/)$");
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration ARMING = Duration.ofSeconds(60);
    /**
     * Whether the attacker runs at nice 19 (default) or, with {@code -Dpravasi.attack.low-peers=false} (bench/attack's
     * {@code ATTACK_PEERS=normal}), at the test JVM's priority.
     */
    static final boolean NICE = !"false".equals(System.getProperty("pravasi.attack.low-peers"));

    private final Process process;
    private final Map<Integer, String> urls;
    private final List<String> output;
    private final BlockingQueue<String> replies;
    private final Writer commands;
    private final Thread hook;

    private AttackerProcess(
            Process process,
            Map<Integer, String> urls,
            List<String> output,
            BlockingQueue<String> replies,
            Thread hook) {
        this.process = process;
        this.urls = urls;
        this.output = output;
        this.replies = replies;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.hook = hook;
    }

    /** Starts a JVM serving {@code peers}, and returns once each peer listens. */
    static AttackerProcess start(List<PeerSpec> peers) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        nice().ifPresent(nice -> cmd.addAll(List.of(nice.toString(), "-n", "19")));
        cmd.addAll(List.of(
                java,
                "-Xmx256m",
                "-Dpravasi.attack.sustained=" + HostilePeer.SUSTAINED,
                "-cp",
                cp,
                AttackerMain.class.getName()));
        peers.forEach(p -> cmd.add(p.encode()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread hook = new Thread(p::destroyForcibly, "attacker-kill");
        Runtime.getRuntime().addShutdownHook(hook);
        Map<Integer, String> urls = new ConcurrentHashMap<>();
        List<String> lines = new CopyOnWriteArrayList<>();
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            lines.add(line);
                            Matcher m = PEER.matcher(line);
                            if (m.matches()) {
                                urls.put(Integer.parseInt(m.group(1)), m.group(2));
                            } else if (line.equals("ready")
                                    || line.startsWith("armed ")
                                    || line.startsWith("unknown ")) {
                                replies.add(line);
                            }
                        }
                    } catch (IOException e) {
                        // the process is gone: the waits below time out or see it dead
                    }
                    replies.add("exited");
                },
                "attacker-output");
        reader.setDaemon(true);
        reader.start();
        AttackerProcess attacker = new AttackerProcess(p, urls, lines, replies, hook);
        attacker.await("ready", STARTUP);
        return attacker;
    }

    /** The URL of peer {@code i} (in the order given to {@link #start}), {@code http://127.0.0.1:PORT/}. */
    String url(int i) {
        return Objects.requireNonNull(urls.get(i), () -> "no peer " + i + " in " + urls);
    }

    /** Arms flood {@code i}: from now on its change feed is huge. Returns once it is. */
    void arm(int i) {
        try {
            commands.write("arm " + i + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new IllegalStateException("Attacker gone:\n" + String.join("\n", output), e);
        }
        await("armed " + i, ARMING);
    }

    private void await(String reply, Duration within) {
        try {
            String got = replies.poll(within.toSeconds(), TimeUnit.SECONDS);
            if (!reply.equals(got)) {
                close();
                throw new IllegalStateException("Attacker answered " + got + " instead of '" + reply + "' within "
                        + within.toSeconds() + " s:\n" + String.join("\n", output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted waiting for the attacker", e);
        }
    }

    /** The attacker's CPU time so far, in milliseconds (-1 where the OS does not say). */
    long cpuMillis() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(Duration::toMillis)
                .orElse(-1L);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the attacker printed. */
    List<String> output() {
        return List.copyOf(output);
    }

    /** {@code nice} on the PATH, if {@link #NICE} and there is one. */
    private static Optional<Path> nice() {
        if (!NICE) {
            return Optional.empty();
        }
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "/usr/bin:/bin");
        return Arrays.stream(path.split(File.pathSeparator))
                .map(d -> Path.of(d, "nice"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Kills the attacker (stdin closed, then SIGTERM, then SIGKILL) and waits until it is gone. */
    @Override
    public void close() {
        try {
            commands.close();
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }
}
