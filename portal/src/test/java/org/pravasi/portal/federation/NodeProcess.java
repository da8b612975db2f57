package org.pravasi.portal.federation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code pravasi-registry serve} node in its own JVM (the test classpath), so that it can be killed with
 * SIGKILL.
 */
final class NodeProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready at (http://127\\.0\\.0\\.1:(\\d+))");

    private final Process process;
    private final String url;
    private final int port;
    private final List<String> output;

    private NodeProcess(Process process, String url, int port, List<String> output) {
        this.process = process;
        this.url = url;
        this.port = port;
        this.output = output;
    }

    /** Starts a node on {@code port} (0 = random) with its store in {@code data} and its own base URI. */
    static NodeProcess start(Path data, String baseUri, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-cp",
                cp,
                "org.pravasi.registry.RegistryMain",
                "serve",
                "--port",
                Integer.toString(port),
                "--fuseki-port",
                "-1",
                "--data",
                data.toString(),
                "--base-uri",
                baseUri));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Matcher> ready = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            lines.add(line);
                            Matcher m = READY.matcher(line);
                            if (m.find()) {
                                ready.complete(m);
                            }
                        }
                    } catch (IOException e) {
                        ready.completeExceptionally(e);
                    }
                    ready.completeExceptionally(new IllegalStateException("Node exited:\n" + String.join("\n", lines)));
                },
                "node-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Matcher m = ready.get(90, TimeUnit.SECONDS);
            return new NodeProcess(p, m.group(1) + "/", Integer.parseInt(m.group(2)), lines);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "Node did not start: " + e.getMessage() + "\n" + String.join("\n", lines), e);
        }
    }

    /** {@code http://127.0.0.1:PORT/} */
    String url() {
        return url;
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook runs, as when a machine dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
