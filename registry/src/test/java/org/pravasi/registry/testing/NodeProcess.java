package org.pravasi.registry.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry node in a separate JVM ({@code RegistryMain serve} on this test's classpath, random port, Fuseki off),
 * with the JVM options a test chooses (a capped heap, a logging configuration). Its output is collected.
 */
public final class NodeProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready at (http://127\\.0\\.0\\.1:\\d+)(?: — SPARQL (\\S+))?");

    private final Process process;
    private final String url;
    private final String sparqlUrl;
    private final ConcurrentLinkedQueue<String> output;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private NodeProcess(Process process, String[] urls, ConcurrentLinkedQueue<String> output) {
        this.process = process;
        this.url = urls[0];
        this.sparqlUrl = urls[1];
        this.output = output;
    }

    /**
     * Starts {@code serve --port 0 --fuseki-port -1 (unless flags say otherwise) --data DATA flags...} with
     * {@code jvmOptions}, and waits until it listens.
     */
    public static NodeProcess start(Path data, List<String> jvmOptions, String... flags) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.pravasi.registry.RegistryMain",
                "serve",
                "--port",
                "0",
                "--fuseki-port",
                "-1",
                "--data",
                data.toString()));
        cmd.addAll(List.of(flags));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        CompletableFuture<String[]> url = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            lines.add(line);
                            Matcher m = READY.matcher(line);
                            if (m.find()) {
                                url.complete(new String[] {m.group(1), m.group(2)});
                            }
                        }
                    } catch (IOException e) {
                        url.completeExceptionally(e);
                    }
                    url.completeExceptionally(new IllegalStateException("The node exited before listening"));
                },
                "node-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new NodeProcess(p, url.get(90, TimeUnit.SECONDS), lines);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "Node did not start: " + e.getMessage() + "\n" + String.join("\n", lines), e);
        }
    }

    /** {@code http://127.0.0.1:PORT} */
    public String url() {
        return url;
    }

    /** The embedded Fuseki query URL, when started with {@code --fuseki-port 0}. */
    public String sparqlUrl() {
        return sparqlUrl;
    }

    /** Quads in the named graphs (all published data), counted through Fuseki. */
    public long quads() throws IOException, InterruptedException {
        String q =
                java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparqlUrl + "?query=" + q))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/csv"));
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** Sends a request with this node's client. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request builder for {@code path} on this node. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(120));
    }

    /** Everything the node printed so far. */
    public String output() {
        return String.join("\n", output);
    }

    /** Whether the JVM is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Kills the JVM at once (SIGKILL), as a power cut or the OOM killer would, and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the JVM with SIGTERM (a clean shutdown) and waits. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
