package org.pravasi.registry.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups of a dimension's codes whose totals an organisation publishes elsewhere, so that the attacker is assumed to
 * know them along every line of the table (docs/disclosure.md, "Groups whose totals are published elsewhere"): the
 * quarters or months that tile a calendar year, a financial year or a quarter, the districts of a state. Along a line,
 * a group's members present in it (two or more) add up to a known total, as a whole line does.
 *
 * @param partitions each a partition of some codes of one dimension into groups; a code may lie in one group of each
 *     partition (a quarter in its calendar year and in its financial year)
 */
public record NaturalGroups(List<Partition> partitions) {

    /** No group known from outside: only whole lines are. */
    public static final NaturalGroups NONE = new NaturalGroups(List.of());

    /** Copies the partitions. */
    public NaturalGroups {
        partitions = List.copyOf(Objects.requireNonNull(partitions, "partitions"));
    }

    /**
     * One way of grouping a dimension's codes.
     *
     * @param dimension the position of the dimension in the table's keys
     * @param groupOf each grouped code's group, by any name; codes not in it belong to no group of this partition
     */
    public record Partition(int dimension, Map<String, String> groupOf) {

        /** Copies the map and refuses a negative dimension. */
        public Partition {
            if (dimension < 0) {
                throw new IllegalArgumentException("a dimension is a position from 0, not " + dimension);
            }
            groupOf = Map.copyOf(Objects.requireNonNull(groupOf, "groupOf"));
        }
    }
}
