package org.pravasi.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.NodeProcess;
import org.pravasi.registry.testing.TestNode;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;

/**
 * Hostile uploads against a real node in its own JVM with a capped heap: every refusal is a clear 4xx problem, never a
 * 5xx or a dropped connection, nothing refused leaves a single triple behind, the node never runs out of memory, and no
 * remote JSON-LD context is ever fetched.
 */
class HostileUploadsTest {
    static final long SEED = Long.getLong("pravasi.fuzz.seed", 20261123L);
    static final int ROUNDS = Integer.getInteger("pravasi.fuzz.rounds", 15);
    static final int MAX_UPLOAD = 4 * 1024 * 1024;

    @TempDir
    Path data;

    @Test
    void everyHostileUploadIsRefusedClearlyAndChangesNothing() throws Exception {
        TestNode.start(data, Optional.empty()).close();
        String key = org.pravasi.registry.keys.KeyStore.open(data)
                .create("mrc-alliance")
                .secret();
        AtomicInteger outbound = new AtomicInteger();
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                NodeProcess node = NodeProcess.start(
                        data,
                        List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                        "--fuseki-port",
                        "0",
                        "--max-upload",
                        Integer.toString(MAX_UPLOAD),
                        "--rate-publish",
                        "0,0")) {
            Thread t = new Thread(
                    () -> {
                        while (!trap.isClosed()) {
                            try (Socket s = trap.accept()) {
                                outbound.incrementAndGet();
                            } catch (Exception e) {
                                return;
                            }
                        }
                    },
                    "context-trap");
            t.setDaemon(true);
            t.start();
            List<HostileInputs.Input> inputs = new HostileInputs(
                            SEED, MAX_UPLOAD, "http://127.0.0.1:" + trap.getLocalPort() + "/context.jsonld")
                    .generate(ROUNDS);
            long quads = node.quads();
            List<String> problems = new ArrayList<>();
            int accepted = 0;
            int refused = 0;
            for (int i = 0; i < inputs.size(); i++) {
                HostileInputs.Input in = inputs.get(i);
                String where = "input " + i + " (" + in.name() + ", seed " + SEED + ")";
                HttpResponse<String> r;
                long t0 = System.nanoTime();
                try {
                    r = node.send(request(node, in, key).timeout(java.time.Duration.ofSeconds(60)));
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (ms > 2000) {
                        System.out.printf("fuzz: slow input %d (%s): %d in %d ms%n", i, in.name(), r.statusCode(), ms);
                    }
                } catch (java.io.IOException e) {
                    problems.add(where + ": connection failed: " + e);
                    if (!node.alive()) {
                        break;
                    }
                    continue;
                }
                if (r.statusCode() >= 200 && r.statusCode() < 300) {
                    accepted++;
                    quads = node.quads();
                    continue;
                }
                refused++;
                if (r.statusCode() < 400 || r.statusCode() >= 500) {
                    problems.add(where + ": status " + r.statusCode() + " " + abbreviate(r.body()));
                    continue;
                }
                if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    problems.add(where + ": " + r.statusCode() + " without a problem body");
                    continue;
                }
                JsonNode body = Json.MAPPER.readTree(r.body());
                if (body.path("detail").asString("").isBlank()) {
                    problems.add(where + ": " + r.statusCode() + " without a detail");
                }
                long now = node.quads();
                if (now != quads) {
                    problems.add(where + ": refused with " + r.statusCode() + " but the store changed by "
                            + (now - quads) + " quads");
                    quads = now;
                }
            }
            assertTrue(node.alive(), "the node is still running:\n" + node.output());
            assertTrue(!node.output().contains("OutOfMemoryError"), "no OutOfMemoryError under -Xmx256m");
            assertEquals(
                    List.of(),
                    problems,
                    () -> "node log:\n"
                            + node.output()
                                    .lines()
                                    .filter(l -> l.contains("ERROR")
                                            || l.contains("Exception")
                                            || l.contains("Error")
                                            || l.startsWith("\tat "))
                                    .limit(60)
                                    .reduce("", (a, b) -> a + b + "\n"));
            assertEquals(0, outbound.get(), "no remote @context was fetched");
            try (var leftovers = Files.list(data.resolve("uploads"))) {
                assertEquals(0, leftovers.count(), "temporary upload files are deleted");
            }
            System.out.printf(
                    "Hostile uploads: %d inputs tried (seed %d), %d refused with 4xx, %d accepted, 0 5xx, 0 quads from refusals, "
                            + "0 outbound fetches, heap capped at 256 MB%n",
                    inputs.size(), SEED, refused, accepted);
        }
    }

    private static HttpRequest.Builder request(NodeProcess node, HostileInputs.Input in, String key) {
        HttpRequest.Builder b = node.request(in.path()).header("Authorization", "Bearer " + key);
        if (in.rawBody() != null) {
            return b.header("Content-Type", in.rawType()).POST(HttpRequest.BodyPublishers.ofByteArray(in.rawBody()));
        }
        Multipart m = new Multipart();
        for (HostileInputs.Part p : in.parts()) {
            m.file(p.field(), p.fileName(), p.type(), p.bytes());
        }
        return b.header("Content-Type", m.contentType()).POST(m.publisher());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
