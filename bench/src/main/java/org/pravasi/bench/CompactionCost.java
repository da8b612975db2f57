package org.pravasi.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.pravasi.registry.backup.Restore;
import org.pravasi.registry.backup.Snapshot;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.store.Compaction;
import org.pravasi.registry.store.Store;

/**
 * Disk growth and online compaction (issue 23, point 3): replaces one demo dataset N times on a node, then measures
 * {@code data/tdb2} against a fresh store holding the same data (backed up and restored), and the latency of readers (a
 * SPARQL count on the union graph, in process) without and during compactions.
 *
 * <p>Usage: {@code java -Xmx512m -cp registry/target/pravasi-registry.jar:bench/target/pravasi-bench.jar
 * org.pravasi.bench.CompactionCost DIR [REPLACEMENTS=1000] [RATIO=2] [GEO_DIR]} (RATIO 0: never compact, as before).
 */
public final class CompactionCost {
    private static final String ORG = "mrc-alliance";
    private static final String SLUG = "case-resolution-by-district-year";
    private static final String QUERY =
            "SELECT (COUNT(*) AS ?n) WHERE { ?o a <http://purl.org/linked-data/cube#Observation> }";

    private CompactionCost() {}

    /** Runs the measurement in the empty folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int replacements = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        double ratio = args.length > 2 ? Double.parseDouble(args[2]) : Compaction.DEFAULT_RATIO;
        Optional<Path> geo = args.length > 3 ? Optional.of(Path.of(args[3])) : Optional.empty();
        Path data = dir.resolve("data");
        byte[] json = Files.readAllBytes(Path.of("datasets", ORG, SLUG + ".json"));
        byte[] csv = Files.readAllBytes(Path.of("datasets", ORG, SLUG + ".csv"));
        NodeConfig config = NodeConfig.builder(data)
                .port(0)
                .geoDir(geo)
                .compaction(new Compaction(ratio, Compaction.DEFAULT_MIN_BYTES))
                .build();
        long atRest;
        long peak;
        try (RegistryNode node = RegistryNode.start(config)) {
            node.organisations().upsert(Organisation.named(ORG, ORG));
            long[] publishMs = new long[replacements];
            long maxSize = 0;
            long start = System.nanoTime();
            for (int i = 0; i < replacements; i++) {
                String d = new String(json, StandardCharsets.UTF_8)
                        .replaceFirst("\"en\": \"", "\"en\": \"Round " + i + ": ");
                long t = System.nanoTime();
                PublishOutcome o = node.publisher()
                        .publish(new PublishRequest(
                                ORG, "d.json", d.getBytes(StandardCharsets.UTF_8), "d.csv", csv, false));
                publishMs[i] = (System.nanoTime() - t) / 1_000_000;
                if (o.status() != PublishOutcome.Status.PUBLISHED) {
                    throw new IllegalStateException("round " + i + ": " + o.status());
                }
                long size = node.store().sizeOnDisk();
                maxSize = Math.max(maxSize, size);
                if ((i + 1) % 50 == 0) {
                    System.out.printf(
                            "%d replacements, %.0f s: store %d KiB, max so far %d KiB, publish ms p50 %d%n",
                            i + 1,
                            (System.nanoTime() - start) / 1e9,
                            size >> 10,
                            maxSize >> 10,
                            pct(Arrays.copyOf(publishMs, i + 1), 50));
                }
            }
            System.out.printf(
                    "replacements %d in %.0f s; publish ms p50 %d p99 %d max %d; store max %d KiB, generations used %s%n",
                    replacements,
                    (System.nanoTime() - start) / 1e9,
                    pct(publishMs, 50),
                    pct(publishMs, 99),
                    pct(publishMs, 100),
                    maxSize >> 10,
                    generations(node.store()));
            atRest = node.store().sizeOnDisk();
            peak = maxSize;
            readers(node.store(), false);
            readers(node.store(), true);
            Snapshot.write(node.store(), data, dir.resolve("backup.zip"));
        }
        Restore.restore(dir.resolve("backup.zip"), dir.resolve("fresh"), false);
        try (Store s = Store.open(dir.resolve("fresh"), Compaction.NEVER)) {
            long fresh = s.sizeOnDisk();
            System.out.printf(
                    "after %d replacements: data/tdb2 %d KiB (largest after a publish %d KiB), fresh store with the"
                            + " same data %d KiB: %.2f x (largest %.2f x)%n",
                    replacements,
                    atRest >> 10,
                    peak >> 10,
                    fresh >> 10,
                    (double) atRest / fresh,
                    (double) peak / fresh);
        }
    }

    /** Two reader threads for 10 s, with the store compacting back to back or not; prints latency percentiles. */
    private static void readers(Store store, boolean compacting) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            futures.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                long failed = 0;
                while (!stop.get()) {
                    long t = System.nanoTime();
                    try (var qe = QueryExecutionFactory.create(QUERY, DatasetFactory.wrap(store.dataset()))) {
                        store.read(() -> qe.execSelect().next());
                    } catch (RuntimeException e) {
                        failed++;
                    }
                    micros.add((System.nanoTime() - t) / 1000);
                }
                long[] out = new long[micros.size() + 1];
                out[0] = failed;
                for (int i = 0; i < micros.size(); i++) {
                    out[i + 1] = micros.get(i);
                }
                return out;
            }));
        }
        int compactions = 0;
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (compacting) {
                store.compact();
                compactions++;
            } else {
                Thread.sleep(100);
            }
        }
        stop.set(true);
        long failed = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            failed += r[0];
            for (int i = 1; i < r.length; i++) {
                all.add(r[i]);
            }
        }
        pool.shutdown();
        long[] a = all.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(
                "readers %s: %d reads, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                compacting ? "during " + compactions + " compactions back to back" : "without compaction",
                a.length,
                failed,
                pct(a, 50) / 1000.0,
                pct(a, 99) / 1000.0,
                pct(a, 100) / 1000.0);
    }

    private static long pct(long[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        long[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static String generations(Store store) throws Exception {
        try (var dirs = Files.list(store.location())) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .toString();
        }
    }
}
