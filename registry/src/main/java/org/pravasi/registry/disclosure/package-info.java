/**
 * Disclosure control for the publishing pipeline: cell suppression for tables of counts
 * ({@link org.pravasi.registry.disclosure.DisclosureControl}) and a screen that refuses personal data in headers,
 * cells, free text and IRIs, counts of people below k in free text included, after normalising digits of every script
 * and removing invisible characters, in the order written and in the order pages show
 * ({@link org.pravasi.registry.disclosure.PersonalDataScreen}; docs/disclosure.md lists its rules), with one IRI screen
 * that publishing and a harvesting portal both use, and the one rule by which pages shorten a published text
 * ({@link org.pravasi.registry.disclosure.ShownText}: whole tokens only, so a cut shows nothing the screen did not
 * pass). Pure JDK code apart from the LP solver (ojAlgo) and ICU (Unicode properties and the bidirectional layout), so
 * it is fast and testable alone.
 *
 * <h2>Attacker model for cell suppression</h2>
 *
 * <p>A table is a list of cells, each with a key (one value per dimension, in a fixed column order) and a count of at
 * least 0; the key value {@code _T} marks a publisher-supplied total over that dimension. A <em>line</em> along
 * dimension d is the set of cells that agree on every key position except d and are not {@code _T} in d (its
 * <em>members</em>); the cell that agrees on the other positions and is {@code _T} in d, if present, is the line's
 * <em>total cell</em>. Total cells are ordinary members of the lines of the other dimensions.
 *
 * <p>The attacker knows every published cell and, for every line, one linear equation, the <em>line equation</em> "sum
 * of members − total cell = 0" when the publisher supplied a total cell, or "sum of members = T" with T known from
 * outside when the line has two or more members and no total cell (conservative: organisations publish annual totals
 * elsewhere). A line with one member and no total cell gives no equation. Along every line, the members in one
 * {@link org.pravasi.registry.disclosure.NaturalGroups natural group} (the quarters of a calendar or financial year,
 * the districts of a state), when two or more, give one more such equation, a <em>group line</em>. The attacker also
 * knows which cells are withheld.
 *
 * <p>A withheld cell is <em>derivable</em> if its value is the same in every solution of the line equations in which
 * the published cells keep their values: equivalently, if its unit vector lies in the row space of the line equations
 * restricted to the withheld cells, or again, if no vector x with x<sub>i</sub> ≠ 0 on that cell changes the withheld
 * cells while keeping every line equation true. Suppression guarantees that no withheld cell is derivable, with one
 * reported exception: {@link org.pravasi.registry.disclosure.SuppressionResult#unprotectable()}, cells whose lines hold
 * no published cell left to withhold.
 *
 * <p>Non-derivability is not enough, so a second rule bounds every withheld cell from above (the <em>protection
 * interval</em>, as in tau-ARGUS and sdcTable): over every table that keeps the published cells and zeros, holds every
 * withheld count that is not zero at 1 or more (zeros are published, and a table that lists only the combinations with
 * cases shows every withheld cell to be at least 1) and satisfies the lines with a publisher total cell (members sum to
 * the total, or to at most the total when the table's own members add up to less; lines whose members exceed their
 * total say nothing), the largest value of each withheld cell, in the LP relaxation, must be at least k. So no line's
 * withheld cells add up to 1..k-1. Lines without a total cell are left out of this rule (docs/disclosure.md says why);
 * they stay in the non-derivability rule. The attacker also knows that cells are withheld only because of a count from
 * 1 to k-1, so every <em>group</em> of withheld cells (linked through equation lines, where every complement is chosen)
 * holds one: a table in which nothing is small would have been published whole. So the table that shows a withheld cell
 * can be k or more must also have another cell of its group from 1 to k-1 (docs/disclosure.md, "A withheld group holds
 * a small count"), unless the group holds a cell withheld again from an earlier release. Not covered: a lower
 * protection level (the attacker may learn that a withheld cell is at least some number), the gap between the LP
 * relaxation and whole counts in three or more dimensions, totals known from outside below k (not our disclosure), and
 * knowledge beyond line totals (sums across unrelated dimensions). The version a new one replaces is known:
 * {@link org.pravasi.registry.disclosure.PriorRelease} makes its withheld cells withheld again and keeps its unchanged
 * published cells from serving as complements. Other tables of the same organisation and measure, and the replaced
 * version, are read together by {@link org.pravasi.registry.disclosure.LinkedTables}: their shared sums are equations
 * too. {@link org.pravasi.registry.disclosure.ProtectionAudit} states the same rule for a table whose withheld counts
 * are unknown, such as one harvested from a peer.
 *
 * <h2>Algorithm</h2>
 *
 * <p>Cells with counts 1 to k-1 are withheld (primary). Then, depth first from the most recently withheld cell that is
 * not yet protected, the algorithm withholds the cheapest complete <em>hypercube</em> around it (one other category in
 * each dimension whose line gives an equation; cheapest means fewest newly withheld cells, then fewest totals, then
 * fewest zeros, then the smallest sum), which protects every cell of the cube at once. Where the table has no complete
 * cube (sparse tables), it withholds one complement from the cell's lines instead, preferring lines where the cell is
 * the only withheld one, then a non-zero cell that is not a total, then one that opens the fewest new lines, then one
 * that closes a circuit through the cell, then the smallest count and the smallest key. Every choice is made by key and
 * count, never by row position, so the result does not depend on row order.
 *
 * <p>Whether a withheld cell is protected is decided exactly, not assumed: a cell is protected when it lies on a
 * <em>circuit</em>, a non-zero combination of withheld cells that leaves every line equation true (then adding any
 * multiple of it to the withheld cells gives another solution in which that cell differs). A complete cube is such a
 * circuit with coefficients ±1: each line along a varied dimension through a cube cell holds exactly two cube cells,
 * which get opposite signs when both are members and equal signs when one is the line's total cell; each line along a
 * fixed dimension holds one cube cell and therefore must give no equation, which the search checks. So a withheld cube
 * is <em>certified</em> directly: its signed 2<sup>m</sup> cells are checked against every equation line in exact
 * integer arithmetic, and all of them are protected.
 *
 * <p>Cells a cube cannot protect (sparse tables) fall back on a circuit basis: eliminating each withheld cell's column
 * (one entry per dimension) against a basis of the earlier ones modulo the prime 2<sup>61</sup>−1, entries staying in
 * one machine word. The basis is lazy and holds whole connected components of withheld cells (cells linked by shared
 * equation lines), which is all it needs to know every circuit of those cells, since components share no line; a
 * component enters it only when a target has no complete cube, so dense tables never pay for elimination (a
 * million-cell table with 40,000 small counts takes about 6 s instead of 130 s). A cell is declared protected by the
 * basis only after its circuit has been lifted to rationals and checked in exact integer arithmetic, so the guarantee
 * never rests on the choice of prime: where the modular answer could differ from the rational one the check fails and
 * the cell is protected further. Before reporting
 * {@link org.pravasi.registry.disclosure.SuppressionResult#unprotectable()}, every withheld cell not yet proven
 * protected has its component put into the basis, so the report is exact. Withholding more cells never makes a
 * protected cell derivable again, so the search never has to undo a decision.
 *
 * <p>For a small target the search first asks for a cube whose cells of the sign opposite to the target's each hold at
 * least k minus its count above its floor (1, or 0 for a withheld zero): adding that many times the signed cube to the
 * true counts keeps every line and every count at or above its floor, so the cube alone proves the protection interval.
 * Afterwards every withheld cell is audited in key order: accepted if its count is k or more (the true table is a
 * solution), if a certified cube proves it, or by linear programming (ojAlgo) over its component of withheld cells,
 * first one program that pushes all open small cells up together (any solution proves each cell that reaches k in it)
 * and then one for the cell alone. A cell below k gets a cube as above, else the published cell on its lines that lifts
 * it to k at least cost (kind, count, key), else the one that lifts it most, each then made non-derivable by the search
 * above; cells that nothing lifts are reported unprotectable with their bound
 * ({@link org.pravasi.registry.disclosure.SuppressionResult#narrowBounds()}). Withholding more only widens intervals,
 * so a cell once accepted stays accepted. The audit also asks each cell below k for a table in which another cell of
 * its group is from 1 to k-1: a certified cube that can be shifted so ({@code WithheldCells.cubeWitness}), a cell of
 * the group on no shared constraint that can be small, or one LP per other cell of its component with that cell bounded
 * to 1..k-1; a cell without such a table gets the cheapest published cell on its lines, protected by its own cube.
 */
package org.pravasi.registry.disclosure;
