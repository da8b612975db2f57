package org.pravasi.portal.search;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import java.nio.file.Path;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * The search feature of the portal, wired: the index in {@code <data>/index}, its sync with the node's store and change
 * bus, the HTTP routes and their worker pool. {@link #mount} when the router is built, {@link #prepare} before the
 * portal reports ready, {@link #close} on shutdown.
 */
public final class PortalSearch implements AutoCloseable {
    /** Name of the worker pool that runs searches. */
    public static final String POOL = "pravasi-search";
    /** Threads in that pool. */
    public static final int POOL_SIZE = 4;

    private final ChangeBus bus;
    private final SearchIndex index;
    private final IndexSync sync;
    private final WorkerExecutor workers;

    private PortalSearch(Store store, CatalogView catalogue, ChangeBus bus, SearchIndex index, WorkerExecutor workers) {
        this.bus = bus;
        this.index = index;
        this.sync = new IndexSync(store, catalogue, index);
        this.workers = workers;
    }

    /**
     * Opens the index in {@code dataDir} (creating or repairing it) over the store and the catalogue's read model,
     * following the changes {@code bus} announces, with a worker pool on {@code vertx}. The synonyms come from the code
     * lists the store holds now (they are installed when the node starts and change only with a new release).
     */
    public static PortalSearch open(Store store, CatalogView catalogue, ChangeBus bus, Path dataDir, Vertx vertx) {
        Synonyms synonyms = store.read(() -> Synonyms.of(new CatalogTexts(store).concepts()));
        SearchIndex index = SearchIndex.open(dataDir.resolve(SearchIndex.FOLDER), synonyms);
        return new PortalSearch(store, catalogue, bus, index, vertx.createSharedWorkerExecutor(POOL, POOL_SIZE));
    }

    /** Adds {@code /api/search} and {@code /api/suggest} to {@code router}. */
    public PortalSearch mount(Router router) {
        new SearchRoutes(index, workers).mount(router);
        return this;
    }

    /** Follows the node's changes from now on, and rebuilds the index if it does not match the store; blocks. */
    public void prepare() {
        bus.subscribe(sync::onChange);
        sync.reconcile();
    }

    /** The index, for pages that render search results themselves (same engine as {@code /api/search}). */
    public SearchIndex index() {
        return index;
    }

    /** Stops following changes, waits for queued index work and closes the index. */
    @Override
    public void close() {
        sync.close();
        index.close();
    }
}
