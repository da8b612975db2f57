package org.pravasi.portal.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.registry.org.OrganisationReader;
import org.pravasi.registry.org.Organisations;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.publish.Publisher;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.story.StoryPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the demo datasets through the real pipeline on the first start of a node, and records that it did, so a
 * restart on the same data folder reuses the store and does not publish again.
 */
public final class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String MARKER = "https://w3id.org/pravasi/def#demoSeeded";
    /** Organisations seeded at once: the cores, at most 4. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * The publishing services the seeder feeds.
     *
     * @param organisations where organisations are recorded
     * @param datasets the dataset publisher
     * @param stories the story publisher
     */
    public record Publishing(Organisations organisations, Publisher datasets, StoryPublisher stories) {}

    private final Publishing publishing;
    private final Store store;
    private final InstanceUris uris;

    /**
     * Creates a seeder that publishes through {@code publishing} and records the seeding in {@code store}'s catalogue
     * graph.
     */
    public DemoSeeder(Publishing publishing, Store store, InstanceUris uris) {
        this.publishing = publishing;
        this.store = store;
        this.uris = uris;
    }

    /** Whether the demo data was already published into this store. */
    public boolean seeded() {
        Node g = uris.catalogGraph();
        Node c = uris.catalog();
        return store.read(() -> store.dataset().contains(g, c, NodeFactory.createURI(MARKER), Node.ANY));
    }

    /**
     * Publishes every organisation, dataset and story in {@code folder}; returns the datasets published. Organisations
     * are seeded side by side ({@link #THREADS} at a time): the checks of one overlap the store writes of another,
     * which the publisher serialises anyway.
     */
    public int seed(Path folder) {
        List<Path> orgs =
                list(folder, d -> Files.isDirectory(d) && Files.isRegularFile(d.resolve("organisation.json")));
        int published;
        try (ExecutorService pool = Executors.newFixedThreadPool(
                THREADS, Thread.ofPlatform().name("pravasi-seed-", 0).factory())) {
            List<Future<Integer>> done = orgs.stream()
                    .map(o -> pool.submit(() -> seedOrganisation(o)))
                    .toList();
            published = 0;
            for (Future<Integer> f : done) {
                published += join(f);
            }
        }
        store.write(() -> {
            store.dataset()
                    .add(
                            uris.catalogGraph(),
                            uris.catalog(),
                            NodeFactory.createURI(MARKER),
                            NodeFactory.createLiteralString(
                                    java.time.Instant.now().toString()));
            return null;
        });
        LOG.info("Demo data published: {} datasets from {}", published, folder);
        return published;
    }

    private int seedOrganisation(Path orgDir) {
        int published = 0;
        var org = OrganisationReader.read(
                orgDir.resolve("organisation.json").toString(), bytes(orgDir.resolve("organisation.json")));
        publishing.organisations().upsert(org);
        for (Path descriptor : list(
                orgDir,
                p -> p.getFileName().toString().endsWith(".json")
                        && !p.getFileName().toString().equals("organisation.json"))) {
            String name = descriptor.getFileName().toString();
            Path csv = descriptor.resolveSibling(name.substring(0, name.length() - 5) + ".csv");
            PublishOutcome o = publishing
                    .datasets()
                    .publish(new PublishRequest(
                            org.slug(),
                            org.slug() + "/" + name,
                            bytes(descriptor),
                            org.slug() + "/" + csv.getFileName(),
                            bytes(csv),
                            false));
            if (o.status() != PublishOutcome.Status.PUBLISHED && o.status() != PublishOutcome.Status.UNCHANGED) {
                LOG.error(
                        "Demo dataset {} was refused: {}",
                        descriptor,
                        o.findings().stream().map(f -> f.describe()).toList());
            } else if (o.status() == PublishOutcome.Status.PUBLISHED) {
                published++;
            }
        }
        Path stories = orgDir.resolve("stories");
        if (Files.isDirectory(stories)) {
            for (Path story : list(stories, p -> p.getFileName().toString().endsWith(".md"))) {
                var o = publishing
                        .stories()
                        .publish(org.slug(), story.getFileName().toString(), bytes(story));
                if (!o.published()) {
                    LOG.error(
                            "Demo story {} was refused: {}",
                            story,
                            o.findings().stream().map(f -> f.describe()).toList());
                }
            }
        }
        return published;
    }

    private static int join(Future<Integer> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Publishing the demo data failed: " + e.getCause(), e.getCause());
        }
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
