package org.pravasi.portal.federation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy, the load balancer Debian ships, in front of portal instances: health checks on {@code /health}, idempotent
 * requests retried on another instance when one dies mid-request, HTTP/2 cleartext upgrades refused (an upgraded
 * connection becomes a tunnel to one instance), and its runtime API (a Unix socket) to put a replacement instance into
 * a free server slot while it runs. Listens on a free loopback port. The same settings are the example in
 * docs/scaling.md.
 */
final class LoadBalancer implements AutoCloseable {
    /** Server slots in the backend; a slot without an instance stays in maintenance. */
    static final List<String> SLOTS = List.of("p1", "p2", "p3");

    private final Process process;
    private final Path socket;
    private final int port;
    private final Path log;

    private LoadBalancer(Process process, Path socket, int port, Path log) {
        this.process = process;
        this.socket = socket;
        this.port = port;
        this.log = log;
    }

    /** The {@code haproxy} executable on the PATH, if installed. */
    static Optional<Path> executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String d : List.of(dir, "/usr/sbin")) {
                Path p = Path.of(d, "haproxy");
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts HAProxy with {@code backends} (host:port each) in the first slots; the other slots wait in maintenance.
     */
    static LoadBalancer start(Path dir, List<String> backends) throws Exception {
        Files.createDirectories(dir);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path socket = dir.resolve("admin.sock");
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < SLOTS.size(); i++) {
            servers.append("    server ")
                    .append(SLOTS.get(i))
                    .append(' ')
                    .append(i < backends.size() ? backends.get(i) : "127.0.0.1:9")
                    .append(" check inter 1s fall 3 rise 2")
                    .append(i < backends.size() ? "" : " disabled")
                    .append('\n');
        }
        String config = """
                global
                    stats socket %s mode 600 level admin
                    log stdout format raw local0
                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 2s
                    timeout client 60s
                    timeout server 30s
                    # A busy instance answers /health late, not never: only a dead one should leave the pool.
                    timeout check 5s
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response response-timeout 502 503 504
                frontend portal
                    bind 127.0.0.1:%d
                    # An accepted "Upgrade: h2c" (Java's HttpClient asks for it) turns the connection into a tunnel
                    # to one instance: no balancing, and no retry when that instance dies. Clients speak HTTP/1.1.
                    http-request del-header upgrade if { req.hdr(upgrade) -m sub -i h2c }
                    http-request del-header http2-settings
                    default_backend portals
                backend portals
                    balance roundrobin
                    option httpchk GET /health
                    http-check expect status 200
                %s""".formatted(socket, port, servers);
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, config);
        Path log = dir.resolve("haproxy.log");
        Process p = new ProcessBuilder(executable().orElseThrow().toString(), "-db", "-f", cfg.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LoadBalancer lb = new LoadBalancer(p, socket, port, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                lb.close();
                throw new IllegalStateException("HAProxy did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return lb;
    }

    /** {@code http://127.0.0.1:PORT} */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Puts the instance at {@code hostPort} into {@code slot} and takes it into service (health checks decide). */
    void replace(String slot, String hostPort) throws IOException {
        String[] hp = hostPort.split(":");
        command("set server portals/" + slot + " addr " + hp[0] + " port " + hp[1]);
        command("set server portals/" + slot + " state ready");
    }

    /** Takes {@code slot} out of service (maintenance): no new requests go to it. */
    void drain(String slot) throws IOException {
        command("set server portals/" + slot + " state maint");
    }

    /** Requests each server slot has answered so far ({@code stot} of {@code show stat}). */
    java.util.Map<String, Long> served() throws IOException {
        java.util.Map<String, Long> served = new java.util.LinkedHashMap<>();
        List<String> lines = command("show stat").lines().toList();
        List<String> header = List.of(lines.getFirst().replaceFirst("^# ", "").split(","));
        int name = header.indexOf("svname");
        int total = header.indexOf("stot");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length > total && SLOTS.contains(f[name])) {
                served.put(f[name], Long.parseLong(f[total]));
            }
        }
        return served;
    }

    /** Sends one command to HAProxy's runtime API and returns its answer. */
    String command(String command) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ch.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (ch.read(buf) > 0) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** HAProxy's own output, for failure messages. */
    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
