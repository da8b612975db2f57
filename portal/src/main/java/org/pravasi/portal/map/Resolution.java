package org.pravasi.portal.map;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a {@link MapRequest}: a selection, and what was wrong with the request in plain words. A
 * strict check yields no selection when anything is wrong; a lenient one (the page) drops what is wrong and says so in
 * {@code problems}.
 *
 * @param selection what to map, if anything
 * @param problems what was wrong, each with how to fix it
 * @param unknownDataset whether the dataset named is not a mappable current dataset
 */
public record Resolution(Optional<Selection> selection, List<String> problems, boolean unknownDataset) {

    /** Copies the list. */
    public Resolution {
        problems = List.copyOf(problems);
    }
}
