package org.pravasi.registry.federation;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One peer dataset as fetched and checked: its graphs, and which graph is which.
 *
 * @param entry the change-feed entry that announced it
 * @param quads the record, version and organisation graphs, in memory or (for {@code stored}) read from the store
 * @param dataset the dataset URI, also the name of its record graph
 * @param version the current version URI, also the name of its observations graph
 * @param publisher the publisher's organisation, the one the record names and the dataset's path lies under, whether or
 *     not the peer sent its graph
 * @param org the publisher's organisation graph, when the peer sent one
 * @param stored the graph already written into the store's open write transaction as it was parsed (the version of a
 *     large download), which the store did not hold before
 */
record Bundle(
        FeedEntry entry,
        DatasetGraph quads,
        Node dataset,
        Node version,
        Node publisher,
        Optional<Node> org,
        Optional<Node> stored) {

    /** The names of the graphs this bundle writes. */
    List<Node> graphs() {
        return org.map(o -> List.of(dataset, version, o)).orElse(List.of(dataset, version));
    }
}
