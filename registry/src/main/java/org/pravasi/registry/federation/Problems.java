package org.pravasi.registry.federation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems one check of a peer dataset found, each filed under the {@link RefusalRule} it breaks, in the order
 * found. A check adds to the list {@link #under} gives it, so it need not know the rules.
 */
final class Problems {
    private record Found(RefusalRule rule, String text) {}

    private final List<Found> found = new ArrayList<>();

    /** A list whose additions are filed under {@code rule}; it reads as the problems filed there so far. */
    List<String> under(RefusalRule rule) {
        return new AbstractList<>() {
            @Override
            public void add(int index, String text) {
                found.add(new Found(rule, text));
            }

            @Override
            public String get(int index) {
                return found.stream()
                        .filter(f -> f.rule() == rule)
                        .skip(index)
                        .findFirst()
                        .orElseThrow(IndexOutOfBoundsException::new)
                        .text();
            }

            @Override
            public int size() {
                return (int) found.stream().filter(f -> f.rule() == rule).count();
            }
        };
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The rules broken, in the order first broken. */
    List<RefusalRule> rules() {
        return found.stream().map(Found::rule).distinct().toList();
    }

    /** The problems' texts, in the order found. */
    List<String> texts() {
        return found.stream().map(Found::text).toList();
    }
}
