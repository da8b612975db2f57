package org.pravasi.registry.catalog.figures;

import java.util.OptionalLong;

/**
 * What the store holds for one figure (one district, or one district and period), before any disclosure rule.
 *
 * @param observations observations that go into the figure
 * @param values of those, observations with a whole-number value
 * @param withheld of those, observations marked confidential (withheld to protect privacy)
 * @param sum the sum of the values; 0 when an observation has none (as SPARQL's {@code SUM}, which one unbound value
 *     leaves unbound), since only a complete sum is ever shown
 */
public record Tally(long observations, long values, long withheld, long sum) {
    /** Nothing counted. */
    public static final Tally EMPTY = new Tally(0, 0, 0, 0);

    /** Checks the counts: values and withheld cells are observations; a sum is kept only when it is complete. */
    public Tally {
        if (observations < 0 || values < 0 || withheld < 0 || values > observations || withheld > observations) {
            throw new IllegalArgumentException("Counts out of range: " + observations + " observations, " + values
                    + " values, " + withheld + " withheld");
        }
    }

    /** The tally of counts accumulated by a reader: the sum is dropped unless every observation had a value. */
    public static Tally of(long observations, long values, long withheld, long sum) {
        return new Tally(observations, values, withheld, values == observations ? sum : 0);
    }

    /** This tally with one more observation: its value (empty when it has none) and whether it was withheld. */
    public Tally add(OptionalLong value, boolean withheld) {
        boolean complete = values == observations && value.isPresent();
        return new Tally(
                observations + 1,
                values + (value.isPresent() ? 1 : 0),
                this.withheld + (withheld ? 1 : 0),
                complete ? sum + value.getAsLong() : 0);
    }

    /** Whether every observation has a value and none is withheld: only then is the sum complete. */
    public boolean complete() {
        return observations > 0 && values == observations && withheld == 0;
    }
}
