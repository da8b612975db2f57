package org.pravasi.portal.map;

/**
 * What the store holds for one district under a selection, before disclosure rules are applied to the sum.
 *
 * @param observations observations that match
 * @param values       of those, observations with a value
 * @param confidential of those, observations marked confidential
 * @param sum          the sum of the values
 */
record Cell(long observations, long values, long confidential, long sum) {

    /** Whether every matching observation has a value and none is confidential: only then is the sum complete. */
    boolean complete() {
        return observations > 0 && values == observations && confidential == 0;
    }
}
