package org.pravasi.registry.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What is known of one version of a dataset without reading its observations: its structure and the distinct values of
 * each dimension, each dimension's values in the order of the first observation that has them (the publishing order).
 * Small (a dataset's code lists, periods and areas), so a reader may keep it per version.
 *
 * @param datasetUri the dataset URI
 * @param version the version
 * @param structure its dimensions and measure
 * @param values per dimension (in {@link Structure#dimensions()} order), its distinct values
 */
public record CubeShape(String datasetUri, VersionRef version, Structure structure, List<List<Node>> values) {
    /** Copies the lists. */
    public CubeShape {
        values = values.stream().map(List::copyOf).toList();
    }

    /**
     * A version's data structure.
     *
     * @param dimensions the dimension properties, in their {@code qb:order}
     * @param measure the measure property, if the structure names one
     * @param overlapping the dimensions whose categories overlap ({@code pv:categoriesOverlap}): never added up
     */
    public record Structure(List<Node> dimensions, Optional<Node> measure, Set<Node> overlapping) {
        /** Copies the list and the set. */
        public Structure {
            dimensions = List.copyOf(dimensions);
            overlapping = Set.copyOf(overlapping);
        }

        /** A structure whose dimensions are all partitions. */
        public Structure(List<Node> dimensions, Optional<Node> measure) {
            this(dimensions, measure, Set.of());
        }
    }
}
