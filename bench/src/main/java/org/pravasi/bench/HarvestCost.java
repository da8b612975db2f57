package org.pravasi.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.pravasi.ontology.QB;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.federation.Federation;
import org.pravasi.registry.federation.PeerStatus;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/**
 * Harvest throughput and memory (issue 23, point 5), in two processes so that the harvesting one has its own heap:
 *
 * <ul>
 *   <li>{@code peer DIR --datasets N --observations M [--geo GEO]}: a registry node that publishes {@code N} datasets
 *       of {@code M} generated observations each ({@link DataGenerator}), prints the publish time as {@code PEER
 *       publish ...}, then serves its HTTP API on 127.0.0.1 and prints {@code PEER url=URL base=BASE}; it runs until
 *       killed;
 *   <li>{@code harvest DIR URL BASE --expect N [--geo GEO]}: a portal node with that peer, harvesting it with the
 *       defaults a portal runs with (limits, one round after another at a 1 s interval), until it holds {@code N}
 *       datasets; prints {@code HARVEST datasets=.. seconds=.. cpu=.. datasets/s=.. heapPeakMB=..} (the peak of the
 *       heap's pools after the run, garbage included: an upper bound; run it with {@code -Xmx512m}, and smaller, to see
 *       the heap it needs).
 * </ul>
 */
public final class HarvestCost {
    static final String BASE = "https://peer.example.org/pravasi/";
    static final String ORG = "bench-org";
    /** How often the harvesting process looks whether it has announced every dataset. */
    static final long POLL_MS = 50;
    /** Looks between two reads of the peer's status (each read scans the store's datasets): every 2 s. */
    static final int STATUS_POLLS = 40;

    private HarvestCost() {}

    /** Runs one of the two processes. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HarvestCost peer DIR --datasets N --observations M [--geo GEO] | harvest DIR URL"
                    + " BASE --expect N [--geo GEO]");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Optional<Path> geo = Optional.of(DataGenerator.arg(args, "--geo", ""))
                .filter(s -> !s.isEmpty())
                .map(Path::of);
        if (args[0].equals("peer")) {
            peer(
                    dir,
                    Integer.parseInt(DataGenerator.arg(args, "--datasets", "1")),
                    Long.parseLong(DataGenerator.arg(args, "--observations", "100000")),
                    geo);
        } else {
            harvest(dir, args[2], args[3], Integer.parseInt(DataGenerator.arg(args, "--expect", "1")), geo);
        }
    }

    private static void peer(Path dir, int datasets, long observations, Optional<Path> geo) throws IOException {
        RegistryNode node = RegistryNode.start(
                NodeConfig.builder(dir).baseUri(BASE).port(0).geoDir(geo).build());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        List<String> districts = DataGenerator.districts(
                geo.map(g -> g.resolve("districts.csv").toString()).orElse(""));
        Path csv = dir.resolve("generated.csv");
        long n = DataGenerator.write(csv, observations, 42, districts);
        byte[] bytes = Files.readAllBytes(csv);
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        for (int i = 1; i <= datasets; i++) {
            String slug = "generated-" + i;
            PublishOutcome o = node.publisher()
                    .publish(new PublishRequest(
                            ORG,
                            slug + ".json",
                            DataGenerator.descriptor(ORG, slug, n).getBytes(StandardCharsets.UTF_8),
                            slug + ".csv",
                            bytes,
                            false));
            if (o.status() != PublishOutcome.Status.PUBLISHED) {
                throw new IllegalStateException("publish of " + slug + " was " + o.status() + ": " + o.findings());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpu() - cpu0) / 1e9;
        System.out.printf(
                "PEER publish datasets=%d observations=%d seconds=%.2f cpu=%.2f datasets/s=%.1f observations/s=%.0f%n",
                datasets, n * datasets, seconds, cpu, datasets / seconds, n * datasets / seconds);
        // The online compaction the publish set off would run beside the harvest measured next, on the same two
        // cores (a peer is another machine in a federation): it is waited for, and the store compacted, first.
        node.store().compact();
        Vertx vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(NodeRoutes.standalone(vertx, node, NodeRoutes.workers(vertx)))
                .listen(0, "127.0.0.1")
                .await();
        System.out.println("PEER url=http://127.0.0.1:" + server.actualPort() + "/ base=" + BASE);
        System.out.flush();
    }

    private static void harvest(Path dir, String url, String base, int expect, Optional<Path> geo)
            throws InterruptedException {
        try (RegistryNode node = RegistryNode.start(NodeConfig.builder(dir)
                        .baseUri("https://portal.example.org/pravasi/")
                        .port(0)
                        .geoDir(geo)
                        .peers(List.of(url + " " + base))
                        .harvestIntervalSeconds(1)
                        .build());
                Federation federation = Federation.create(node)) {
            // Datasets harvested, as the node announces them: counting them costs nothing, where the peer's status
            // scans the store (it took 9 % of the CPU when polled every 50 ms, and a tenth of the samples at 250 ms).
            Set<String> harvested = ConcurrentHashMap.newKeySet();
            // When the first half was harvested: the second half's rate is the harvest's with the JIT mostly warm.
            AtomicLong halfway = new AtomicLong();
            node.bus().subscribe(e -> {
                if (e.kind() == ChangeEvent.Kind.HARVESTED
                        && harvested.add(e.uri())
                        && harvested.size() == (expect + 1) / 2) {
                    halfway.set(System.nanoTime());
                }
            });
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            federation.start();
            // The harvest's time ends when the portal holds them all (seen within POLL_MS); the status is read every
            // STATUS_POLLS polls to stop at a failure or a refusal.
            for (int polls = 1; harvested.size() < expect; polls++) {
                Thread.sleep(POLL_MS);
                if (polls % STATUS_POLLS == 0) {
                    failed(federation.status().getFirst());
                }
            }
            long end = System.nanoTime();
            double seconds = (end - t0) / 1e9;
            double secondHalf = (end - halfway.get()) / 1e9;
            double cpu = (cpu() - cpu0) / 1e9;
            PeerStatus status = federation.status().getFirst();
            failed(status);
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage)
                    .mapToLong(u -> u == null ? 0 : u.getUsed())
                    .sum();
            long observations = node.store()
                    .read(() ->
                            Iter.count(node.store().dataset().find(Node.ANY, Node.ANY, QB.dataSet.asNode(), Node.ANY)));
            System.out.printf(
                    "HARVEST datasets=%d observations=%d seconds=%.2f cpu=%.2f datasets/s=%.1f observations/s=%.0f"
                            + " heapPeakMB=%d maxHeapMB=%d%n",
                    status.datasets(),
                    observations,
                    seconds,
                    cpu,
                    status.datasets() / seconds,
                    observations / seconds,
                    peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            // Its end is seen within POLL_MS, as the whole run's.
            System.out.printf(
                    "HARVEST_SECOND_HALF datasets=%d seconds=%.2f datasets/s=%.1f%n",
                    expect - (expect + 1) / 2, secondHalf, (expect - (expect + 1) / 2) / secondHalf);
        }
    }

    private static void failed(PeerStatus status) {
        if (status.status().equals("failing") || !status.refused().isEmpty()) {
            throw new IllegalStateException(
                    "the harvest failed or refused: " + status.lastError() + " " + status.refused());
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
