/**
 * Figures by district, computed once for every reader: {@link org.pravasi.registry.catalog.figures.DistrictTallies}
 * counts a version's observations per district straight from the store's indexes, a
 * {@link org.pravasi.registry.catalog.figures.Tally} holds what was counted, and
 * {@link org.pravasi.registry.catalog.figures.Figure#of} is the one rule that turns a tally into what may be shown (a
 * sum that includes a withheld cell is never shown). The map and the district page both use it.
 */
package org.pravasi.registry.catalog.figures;
