package org.pravasi.registry.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.geo.Geography;
import org.pravasi.ontology.geo.GeographyImport;
import org.pravasi.ontology.geo.GeographySource;
import org.pravasi.registry.store.OwnerOnly;
import org.pravasi.registry.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store's reference graphs current: the vocabulary and code lists on every start, and the reference geography
 * once, from the raw files in {@code --geo DIR} (the GeoJSON for the map goes to {@code data/geo/}).
 */
final class ReferenceLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLoader.class);
    /** File names of the map GeoJSON under the data folder. */
    static final String DISTRICTS_GEOJSON = "geo/districts.geojson";

    static final String STATES_GEOJSON = "geo/states.geojson";

    private final Store store;
    private final Ontology ontology;

    ReferenceLoader(Store store, Ontology ontology) {
        this.store = store;
        this.ontology = ontology;
    }

    /**
     * Starts building the reference geography from {@code geoDir} on a thread of its own when the data folder has none
     * yet, so that its parsing and geometry work (seconds, on the first start only) overlaps opening the store and
     * loading the ontology; {@link #load} waits for it.
     */
    static Optional<CompletableFuture<Geography>> startImport(Optional<Path> geoDir, Path dataDir) {
        if (geoDir.isEmpty() || Files.isRegularFile(dataDir.resolve(DISTRICTS_GEOJSON))) {
            return Optional.empty();
        }
        CompletableFuture<Geography> future = new CompletableFuture<>();
        Thread.ofPlatform().name("pravasi-geo-import").daemon().start(() -> {
            try {
                future.complete(GeographyImport.run(GeographySource.folder(geoDir.get())));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        });
        return Optional.of(future);
    }

    void load(Optional<Path> geoDir, Path dataDir) {
        load(geoDir, dataDir, Optional.empty());
    }

    /** Brings the reference graphs up to date, using a geography import begun by {@link #startImport} if any. */
    void load(Optional<Path> geoDir, Path dataDir, Optional<CompletableFuture<Geography>> started) {
        Graph vocabulary = ontology.vocabulary().getGraph();
        Graph codes = ontology.codeLists().getGraph();
        // Rewriting both graphs on every start cost a write transaction of thousands of deletes and inserts;
        // a read that finds them current is several times cheaper and leaves the store untouched.
        boolean current = store.read(() -> same(store.dataset(), PravasiUris.VOCABULARY_GRAPH, vocabulary)
                && same(store.dataset(), PravasiUris.CODES_GRAPH, codes));
        if (!current) {
            store.write(() -> {
                replace(store.dataset(), PravasiUris.VOCABULARY_GRAPH, vocabulary);
                replace(store.dataset(), PravasiUris.CODES_GRAPH, codes);
                return null;
            });
        }
        if (geoDir.isEmpty()) {
            return;
        }
        Node geo = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
        boolean installed = store.read(() -> store.dataset().containsGraph(geo))
                && Files.isRegularFile(dataDir.resolve(DISTRICTS_GEOJSON));
        if (installed) {
            return;
        }
        long t0 = System.nanoTime();
        Geography g = started.map(ReferenceLoader::await)
                .orElseGet(() -> GeographyImport.run(GeographySource.folder(geoDir.get())));
        writeFile(dataDir.resolve(DISTRICTS_GEOJSON), g.districtsGeoJson());
        writeFile(dataDir.resolve(STATES_GEOJSON), g.statesGeoJson());
        store.write(() -> {
            replace(store.dataset(), PravasiUris.GEO_GRAPH, g.model().getGraph());
            return null;
        });
        LOG.info(
                "Reference geography installed from {}: {} districts, {} states in {} ms",
                geoDir.get(),
                g.districts().size(),
                g.states().size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Whether the store's graph holds exactly {@code content}: the same number of triples, each of them present (a
     * triple with a blank node is compared by count only, since blank node labels differ between a parsed graph and the
     * store; a changed ontology release changes named triples too, so this is enough to spot it).
     */
    static boolean same(DatasetGraph dsg, String graphUri, Graph content) {
        Node g = NodeFactory.createURI(graphUri);
        long stored = 0;
        var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            stored++;
        }
        if (stored != content.size()) {
            return false;
        }
        var triples = content.find();
        try {
            while (triples.hasNext()) {
                var t = triples.next();
                if (!t.getSubject().isBlank()
                        && !t.getObject().isBlank()
                        && !dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                    return false;
                }
            }
        } finally {
            triples.close();
        }
        return true;
    }

    private static void replace(DatasetGraph dsg, String graphUri, Graph content) {
        Node g = NodeFactory.createURI(graphUri);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dsg.add(Quad.create(g, t)));
    }

    private static Geography await(CompletableFuture<Geography> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void writeFile(Path file, String text) {
        try {
            OwnerOnly.replace(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
