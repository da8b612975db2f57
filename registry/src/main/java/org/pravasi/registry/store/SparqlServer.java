package org.pravasi.registry.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.pravasi.registry.sparql.QueryLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded Fuseki serving the store read-only at {@code /pravasi} (query and Graph Store read), always on loopback: an
 * operator's tool, off unless {@code --fuseki-port} is given, never advertised. Its queries run under the same
 * {@link QueryLimits} as the portal's {@code /sparql} (timeout, result cap, no {@code SERVICE}, RE2/J regexes).
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset name under which Fuseki serves the store. */
    public static final String DATASET_NAME = "/pravasi";

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts Fuseki on loopback {@code port} (0 = random) with the query timeout and result cap. */
    public static SparqlServer start(Store store, int port, long queryTimeoutMs, int resultCap) {
        // Fuseki reads an action's context from the dataset: the limits go on a view of the store with a context of its
        // own
        Context context = QueryLimits.apply(
                Context.mergeCopy(store.dataset().getContext(), new Context()), queryTimeoutMs, false, resultCap);
        FusekiServer server = FusekiServer.create(OperationRegistry.createStd(), context)
                .loopback(true)
                .port(port)
                .enablePing(true)
                .add(DATASET_NAME, new DatasetGraphWrapper(store.dataset(), context), false)
                .build()
                .start();
        LOG.info(
                "Fuseki SPARQL endpoint (read-only, loopback) at http://127.0.0.1:{}{}/sparql",
                server.getHttpPort(),
                DATASET_NAME);
        return new SparqlServer(server);
    }

    /** The port Fuseki listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint URL. */
    public String queryUrl() {
        return "http://127.0.0.1:" + port() + DATASET_NAME + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
