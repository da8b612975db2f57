package org.pravasi.portal.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.registry.catalog.CubeShape;
import org.pravasi.registry.catalog.Labels;

/**
 * What the explorer knows of a version before reading observations: its labelled dimensions and measure, and each
 * dimension's values in the order of the first observation that has them. Small; kept per version and language.
 *
 * @param datasetUri the dataset
 * @param versionUri the version
 * @param dimensions the dimensions, in the structure's order
 * @param measure the measure
 * @param values per dimension, its values in dataset order
 * @param overlapping the URIs of the dimensions whose categories overlap ({@code pv:categoriesOverlap})
 */
record Shape(
        String datasetUri,
        String versionUri,
        List<Cube.Component> dimensions,
        Cube.Component measure,
        List<List<Cube.Term>> values,
        Set<String> overlapping) {
    /** Copies the collections. */
    Shape {
        dimensions = List.copyOf(dimensions);
        values = values.stream().map(List::copyOf).toList();
        overlapping = Set.copyOf(overlapping);
    }

    /**
     * The shape of a whole cube in memory: each dimension's values as its rows first show them (two values with one
     * notation both kept, so that a filter by that notation bounds both).
     */
    static Shape of(Cube cube) {
        List<List<Cube.Term>> values = new ArrayList<>();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            Set<Cube.Term> seen = new LinkedHashSet<>();
            for (Cube.Row r : cube.rows()) {
                seen.add(r.keys().get(i));
            }
            values.add(List.copyOf(seen));
        }
        return new Shape(
                cube.datasetUri(), cube.versionUri(), cube.dimensions(), cube.measure(), values, cube.overlapping());
    }

    /** The shape the store's indexes give, labelled in {@code lang}. */
    static Shape of(CubeShape shape, Labels labels, String lang) {
        Cube outline = CubeReader.outline(shape, labels, lang);
        List<List<Cube.Term>> values = new ArrayList<>();
        for (List<Node> v : shape.values()) {
            Set<Cube.Term> seen = new LinkedHashSet<>();
            v.forEach(n -> seen.add(CubeReader.term(n, labels)));
            values.add(List.copyOf(seen));
        }
        return new Shape(
                shape.datasetUri(),
                shape.version().uri(),
                outline.dimensions(),
                outline.measure(),
                values,
                outline.overlapping());
    }

    /** The notations of dimension {@code i}'s values, in dataset order (a notation twice if two values share it). */
    List<String> notations(int i) {
        return values.get(i).stream().map(Cube.Term::notation).toList();
    }

    /** Reads the observations of a selection. */
    @FunctionalInterface
    interface Rows {
        /**
         * The observations that have, on each dimension with a bound, a value whose URI is in the bound ({@code null}:
         * any value); they may include others, which the explorer filters out. Empty when there are too many to read.
         */
        Optional<List<Cube.Row>> matching(List<Set<String>> bounds);
    }
}
