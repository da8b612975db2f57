package org.pravasi.registry.stated;

import java.util.List;
import java.util.Set;

/**
 * A figure a text states: a whole number with a counting word of a measure, and what the sentence says it counts. A
 * dimension the sentence names nothing of is left open (the figure is the sum over it).
 *
 * @param value the number
 * @param phrase the words from the number to its counting word, as written, to name it to the publisher
 * @param measures the measures it counts in (local names: "cases", "individuals")
 * @param areas the district and state IRIs it speaks of; empty when none
 * @param periods the periods it speaks of; empty when none
 * @param categories the code-list concepts it speaks of; empty when none
 * @param change whether it is a change ("went up by 2", "2 more cases"), not a count
 * @param declared whether it lies within a phrase the publisher declared public, with its source
 */
public record StatedFigure(
        long value,
        String phrase,
        Set<String> measures,
        Set<String> areas,
        List<Dates> periods,
        Set<String> categories,
        boolean change,
        boolean declared) {
    /** Copies the collections. */
    public StatedFigure {
        measures = Set.copyOf(measures);
        areas = Set.copyOf(areas);
        periods = List.copyOf(periods);
        categories = Set.copyOf(categories);
    }
}
