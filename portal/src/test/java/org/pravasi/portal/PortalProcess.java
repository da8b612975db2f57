package org.pravasi.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.portal.testing.PortalContract;

/** The real portal jar, started as a separate JVM on random ports, for end-to-end tests. */
public final class PortalProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String baseUrl;
    private final List<String> output;
    private final HttpClient http = PortalContract.checking(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    private PortalProcess(Process process, String baseUrl, List<String> output) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.output = output;
    }

    static Path jar() {
        Path jar = Path.of("target", "pravasi-portal.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "Build the jar first (./mvnw -B verify runs integration tests after packaging): "
                            + jar.toAbsolutePath());
        }
        return jar;
    }

    /**
     * Starts {@code java -jar pravasi-portal.jar --port 0 --fuseki-port 0 --data DATA extra...} and waits for its URL.
     */
    public static PortalProcess start(Path data, String... extra) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-jar",
                jar().toString(),
                "--port",
                "0",
                "--fuseki-port",
                "0",
                "--data",
                data.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            lines.add(line);
                            Matcher m = LISTENING.matcher(line);
                            if (m.find()) {
                                url.complete(m.group(1));
                            }
                        }
                    } catch (IOException e) {
                        url.completeExceptionally(e);
                    }
                    url.completeExceptionally(
                            new IllegalStateException("Portal exited before listening:\n" + String.join("\n", lines)));
                },
                "portal-output");
        reader.setDaemon(true);
        reader.start();
        try {
            // Generous: a start-up takes seconds on a quiet machine, a minute or more on a loaded CI box.
            return new PortalProcess(p, url.get(180, TimeUnit.SECONDS), lines);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "Portal did not start within 180 s: " + e + "\n" + String.join("\n", lines), e);
        }
    }

    public String url() {
        return baseUrl;
    }

    /** Polls {@code /health} until it answers 200, or fails after {@code seconds}. */
    public String awaitHealthy(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Portal died:\n" + String.join("\n", output));
            }
            HttpResponse<String> r = get("/health");
            if (r.statusCode() == 200) {
                return r.body();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Portal not healthy after " + seconds + " s:\n" + String.join("\n", output));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** Sends SIGTERM (as Ctrl-C would) and waits for a clean exit; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Portal did not stop within 30 s after SIGTERM");
        }
        return process.exitValue();
    }

    /** Kills the JVM at once (SIGKILL, as a power cut would) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Portal still running 30 s after SIGKILL");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
