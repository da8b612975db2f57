package org.pravasi.portal.map;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A checked request: the indicator, the period and, for every dimension, which values are summed.
 *
 * @param indicator what is mapped
 * @param period the period
 * @param choices one per dimension of the indicator, in the indicator's order
 */
public record Selection(Indicator indicator, PeriodInfo period, List<Choice> choices) {

    /** How a dimension's values were chosen. */
    public enum Mode {
        /** The caller named the values. */
        CHOSEN,
        /** Not filtered: the {@code _T} total. */
        TOTAL,
        /** Not filtered and no total in the data: every value, summed. */
        ALL
    }

    /**
     * The values of one dimension that go into each district's figure.
     *
     * @param dimension the dimension
     * @param codes the values summed; every value of the dimension for {@link Mode#ALL}
     * @param mode how they were chosen
     */
    public record Choice(Dimension dimension, List<Code> codes, Mode mode) {
        /** Copies the list. */
        public Choice {
            codes = List.copyOf(codes);
        }
    }

    /** Copies the list. */
    public Selection {
        choices = List.copyOf(choices);
    }

    /** A key naming exactly this selection of this version, for caches. */
    public String key() {
        return indicator.version() + "|" + period.notation() + "|"
                + choices.stream()
                        .map(c -> c.dimension().param() + "=" + c.mode() + ":"
                                + c.codes().stream()
                                        .map(Code::notation)
                                        .sorted()
                                        .collect(Collectors.joining(",")))
                        .collect(Collectors.joining("&"));
    }
}
