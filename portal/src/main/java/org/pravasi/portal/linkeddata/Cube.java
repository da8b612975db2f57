package org.pravasi.portal.linkeddata;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One version of a dataset as a table: its dimensions in order, its measure, and one row per observation.
 *
 * @param datasetUri the dataset (stable across versions)
 * @param versionUri the version read
 * @param dimensions the dimensions, in the structure's order
 * @param measure the measure
 * @param rows the observations, in publishing order
 * @param overlapping the URIs of the dimensions whose categories overlap ({@code pv:categoriesOverlap}): one person may
 *     be counted in several of them, so they are never added up
 */
public record Cube(
        String datasetUri,
        String versionUri,
        List<Component> dimensions,
        Component measure,
        List<Row> rows,
        Set<String> overlapping) {
    /** Copies the collections. */
    public Cube {
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
        overlapping = Set.copyOf(overlapping);
    }

    /** A cube whose dimensions are all partitions of what is counted. */
    public Cube(String datasetUri, String versionUri, List<Component> dimensions, Component measure, List<Row> rows) {
        this(datasetUri, versionUri, dimensions, measure, rows, Set.of());
    }

    /** Whether the categories of dimension {@code i} overlap, so that figures across them must not be added up. */
    public boolean overlaps(int i) {
        return overlapping.contains(dimensions.get(i).uri());
    }

    /** The same cube with only {@code subset} of its rows. */
    public Cube withRows(List<Row> subset) {
        return new Cube(datasetUri, versionUri, dimensions, measure, subset, overlapping);
    }

    /**
     * A dimension or measure.
     *
     * @param uri the property URI
     * @param name a column name ({@code area}, {@code period}, {@code violation_type}, {@code cases})
     * @param label a human label in the reader's language
     */
    public record Component(String uri, String name, String label) {}

    /**
     * A value of a dimension.
     *
     * @param uri the concept, district, state, country or period URI
     * @param notation its code ({@code 201}, {@code 2024-Q1}, {@code wage-theft})
     * @param label its label in the reader's language
     */
    public record Term(String uri, String notation, String label) {}

    /**
     * One observation.
     *
     * @param uri the observation URI
     * @param keys the dimension values, in the order of {@link Cube#dimensions()}
     * @param value the count, or empty when the cell is suppressed ("confidential")
     */
    public record Row(String uri, List<Term> keys, OptionalLong value) {
        /** Copies the keys. */
        public Row {
            keys = List.copyOf(keys);
        }

        /** Whether the cell was suppressed to protect privacy. */
        public boolean suppressed() {
            return value.isEmpty();
        }
    }
}
