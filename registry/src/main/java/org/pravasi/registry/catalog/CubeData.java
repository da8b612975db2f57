package org.pravasi.registry.catalog;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The observations of one version of a dataset, as stored: its dimensions in their {@code qb:order}, its measure, and
 * one row per observation in observation-number order. Values stay RDF terms so that the caller can label them.
 *
 * @param datasetUri the dataset URI
 * @param version the version read
 * @param dimensions the dimension properties, in order
 * @param measure the measure property, if the structure names one
 * @param rows the observations
 * @param overlapping the dimensions whose categories overlap ({@code pv:categoriesOverlap}): never added up
 */
public record CubeData(
        String datasetUri,
        VersionRef version,
        List<Node> dimensions,
        Optional<Node> measure,
        List<Row> rows,
        Set<Node> overlapping) {

    /**
     * One observation.
     *
     * @param uri the observation URI
     * @param keys its value of each dimension, in {@link CubeData#dimensions()} order (empty when missing)
     * @param count the measure's value; empty when the cell is withheld (confidential) or has no value
     */
    public record Row(String uri, List<Optional<Node>> keys, OptionalLong count) {}
}
