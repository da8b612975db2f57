/**
 * Disclosure control for the publishing pipeline: cell suppression for tables of counts
 * ({@link org.pravasi.registry.disclosure.DisclosureControl}) and a screen that refuses personal
 * data in headers, cells and stories ({@link org.pravasi.registry.disclosure.PersonalDataScreen}).
 * Pure JDK code, so it is fast and testable alone.
 *
 * <h2>Attacker model for cell suppression</h2>
 *
 * <p>A table is a list of cells, each with a key (one value per dimension, in a fixed column
 * order) and a count of at least 0; the key value {@code _T} marks a publisher-supplied total over
 * that dimension. A <em>line</em> along dimension d is the set of cells that agree on every key
 * position except d and are not {@code _T} in d (its <em>members</em>); the cell that agrees on the
 * other positions and is {@code _T} in d, if present, is the line's <em>total cell</em>. Total cells
 * are ordinary members of the lines of the other dimensions.
 *
 * <p>The attacker knows every published cell and, for every line, one linear equation, the
 * <em>line equation</em> "sum of members − total cell = 0" when the publisher supplied a total cell,
 * or "sum of members = T" with T known from outside when the line has two or more members and no
 * total cell (conservative: organisations publish annual totals elsewhere). A line with one member
 * and no total cell gives no equation. The attacker also knows which cells are withheld.
 *
 * <p>A withheld cell is <em>derivable</em> if its value is the same in every solution of the line
 * equations in which the published cells keep their values: equivalently, if its unit vector lies
 * in the row space of the line equations restricted to the withheld cells, or again, if no vector
 * x with x<sub>i</sub> ≠ 0 on that cell changes the withheld cells while keeping every line equation
 * true. Suppression guarantees that no withheld cell is derivable, with one reported exception:
 * {@link org.pravasi.registry.disclosure.SuppressionResult#unprotectable()}, cells whose lines hold
 * no published cell left to withhold.
 *
 * <p>Not covered: bounds. Counts are non-negative, so the attacker can still narrow a withheld cell
 * to an interval (with the smallest non-zero complement, at least 0 to k); zeros are never
 * sensitive and so are published; totals known from outside below k are not our disclosure;
 * knowledge beyond line totals (other tables, previous versions, sums across unrelated
 * dimensions) is not modelled, so publish one table per dataset version and the same suppression
 * across versions.
 *
 * <h2>Algorithm</h2>
 *
 * <p>Cells with counts 1 to k-1 are withheld (primary). Then, depth first from the most recently
 * withheld cell that is not yet protected, the algorithm withholds the cheapest complete
 * <em>hypercube</em> around it (one other category in each dimension whose line gives an equation;
 * cheapest means fewest newly withheld cells, then fewest totals, then fewest zeros, then the
 * smallest sum), which protects every cell of the cube at once. Where the table has no complete
 * cube (sparse tables), it withholds one complement from the cell's lines instead, preferring lines
 * where the cell is the only withheld one, then a non-zero cell that is not a total, then one that
 * opens the fewest new lines, then one that closes a circuit through the cell, then the smallest
 * count and the smallest key. Every choice is made by key and count, never by row position, so
 * the result does not depend on row order.
 *
 * <p>Whether a withheld cell is protected is decided exactly, not assumed from the cube: a cell is
 * protected when it lies on a <em>circuit</em>, a non-zero combination of withheld cells that
 * leaves every line equation true. Circuits are found incrementally, eliminating each withheld
 * cell's column (one entry per dimension) against a basis of the earlier ones modulo the prime
 * 2<sup>61</sup>−1: entries stay in one machine word, and an elimination only touches the cell's
 * connected component, so a table of a million cells with a few hundred small ones takes about
 * two seconds. A cell is declared protected only after its circuit has been lifted to rationals
 * and checked in exact integer arithmetic, so the guarantee never rests on the choice of prime:
 * where the modular answer could differ from the rational one the check fails and the cell is
 * protected further. Withholding more cells never makes a protected cell derivable again, so the
 * search never has to undo a decision.
 */
package org.pravasi.registry.disclosure;
