package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.pravasi.registry.disclosure.LinkedTables;
import org.pravasi.registry.disclosure.PriorRelease;

/**
 * A new version read together with the version it replaces (docs/disclosure.md, "Versions read together"). The replaced
 * version was public, so anyone may have kept it, and most counts do not change between versions: an attacker who
 * assumes a cell unchanged reads the two versions' line equations as one system. Cells are matched by their published
 * key when both versions have the same dimensions; otherwise the two are linked on their common coarsening as two
 * tables of one measure ({@link TableLinks}).
 */
final class VersionsReadTogether {
    private final KeyedTable fresh;
    private final KeyedTable before;
    /** For each cell of {@link #fresh}, the cell of {@link #before} with the same key, or -1. */
    private final int[] match;

    private VersionsReadTogether(KeyedTable fresh, KeyedTable before) {
        this.fresh = fresh;
        this.before = before;
        this.match = match(fresh, before);
    }

    /**
     * The new table {@code fresh} beside {@code before}, the last published version of its dataset. A version that
     * names its measure differently is read as counting the same thing: a new name changes nothing in the copies that
     * others kept of the old version.
     */
    static VersionsReadTogether of(KeyedTable fresh, KeyedTable before) {
        return new VersionsReadTogether(fresh, before.counting(fresh.measure()));
    }

    /**
     * What the replaced version fixes for suppressing the new one: the keys it withheld, and the cells it published
     * with the count the new table has. Nothing when the versions have different dimensions.
     */
    PriorRelease prior() {
        BitSet withheld = new BitSet();
        BitSet published = new BitSet();
        for (int i = 0; i < match.length; i++) {
            int j = match[i];
            if (j < 0) {
                continue;
            }
            if (before.withheld().get(j)) {
                withheld.set(i);
            } else if (before.values()[j] == fresh.values()[i]) {
                published.set(i);
            }
        }
        return new PriorRelease(withheld, published);
    }

    /**
     * The withheld counts of either version that the two give away together, as the exposures of
     * {@link TablesReadTogether} (table 0 the new version, 1 the replaced one).
     *
     * @param nesting how areas and periods nest, for versions with different dimensions
     * @param knowsFresh whether the new table's withheld counts are known here (publishing) or not (harvesting): a line
     *     the replaced version showed whole and the new one withholds part of is linked when they are not known, and
     *     when they are, if its sum moved by less than {@code threshold}
     * @param work the elimination work it may do ({@link LinkedTables#derivable(List, List, long)})
     */
    List<TablesReadTogether.Exposure> exposures(ValueNesting nesting, boolean knowsFresh, int threshold, long work) {
        TableLinks linker = new TableLinks(nesting);
        Optional<TablesReadTogether.Exposure> unlinkable = TablesReadTogether.unlinkable(linker, fresh, before);
        if (unlinkable.isPresent()) {
            return List.of(unlinkable.get());
        }
        List<LinkedTables.Link> links = links(linker, knowsFresh, threshold);
        if (links.isEmpty()) {
            return List.of();
        }
        List<KeyedTable> tables = List.of(fresh, before);
        List<LinkedTables.Table> forCheck =
                tables.stream().map(KeyedTable::forCheck).toList();
        List<TablesReadTogether.Exposure> out = new ArrayList<>();
        Set<List<Integer>> derived = new HashSet<>();
        for (LinkedTables.Derived d : LinkedTables.derivable(forCheck, links, work)) {
            derived.add(List.of(d.table(), d.cell()));
            out.add(new TablesReadTogether.Exposure(
                    TablesReadTogether.Kind.DERIVED,
                    tables.get(d.table()),
                    d.table() == 0,
                    new int[] {d.cell()},
                    List.of(tables.get(1 - d.table()).slug()),
                    -1));
        }
        for (LinkedTables.SmallSum s : LinkedTables.smallSums(forCheck, links, threshold)) {
            if (java.util.Arrays.stream(s.cells()).allMatch(c -> derived.contains(List.of(s.table(), c)))) {
                continue;
            }
            out.add(new TablesReadTogether.Exposure(
                    TablesReadTogether.Kind.SMALL_SUM,
                    tables.get(s.table()),
                    s.table() == 0,
                    s.cells(),
                    List.of(tables.get(1 - s.table()).slug()),
                    s.sum()));
        }
        return List.copyOf(out);
    }

    private List<LinkedTables.Link> links(TableLinks linker, boolean knowsFresh, int threshold) {
        List<LinkedTables.Link> links = new ArrayList<>();
        for (LinkedTables.Link link : linker.onCommonLevel(0, fresh, 1, before)) {
            if (holds(link, knowsFresh, threshold)) {
                links.add(link);
            }
        }
        return links;
    }

    /**
     * Whether an attacker's "these counts did not change" is to be assumed for a link: always where the replaced
     * version withheld some of its cells (nobody can tell); where both versions show all of theirs, only if the sums
     * agree (everybody can tell); and where only the new version withholds some, when its sum is known (publishing) and
     * lies within {@code threshold} of the old one. An attacker who reads a revised line as unchanged is off only by
     * the revision, so a revision smaller than k protects nothing (a withheld 4 where the old line leaves 3); and once
     * a change of k or more is needed for the link to be dropped, seeing the version published tells the attacker only
     * that the withheld cells lie k or more away from their guess, which bounds none of them below k. A harvest, which
     * does not know the new version's withheld counts, assumes the link, as the attacker does: the peer's own node may
     * not have checked it, or may not be honest (an honest peer whose line moved by k or more is refused here too).
     */
    private boolean holds(LinkedTables.Link link, boolean knowsFresh, int threshold) {
        if (TableLinks.anyWithheld(before, link.rightCells())) {
            return true;
        }
        long was = sum(before, link.rightCells());
        if (!TableLinks.anyWithheld(fresh, link.leftCells())) {
            return sum(fresh, link.leftCells()) == was;
        }
        return !knowsFresh || Math.abs(sum(fresh, link.leftCells()) - was) < threshold;
    }

    /** The sum of the cells' counts, withheld ones included (known only for a table being published here). */
    private static long sum(KeyedTable t, int[] cells) {
        long sum = 0;
        for (int c : cells) {
            sum += t.values()[c];
        }
        return sum;
    }

    private static boolean sameDimensions(KeyedTable a, KeyedTable b) {
        return a.measure().equals(b.measure())
                && a.dimensions().size() == b.dimensions().size()
                && new HashSet<>(a.dimensions()).equals(new HashSet<>(b.dimensions()));
    }

    private static int[] match(KeyedTable fresh, KeyedTable before) {
        int[] match = new int[fresh.keys().size()];
        java.util.Arrays.fill(match, -1);
        if (!sameDimensions(fresh, before)) {
            return match;
        }
        List<Node> dims = fresh.dimensions();
        int[] position = new int[dims.size()];
        for (int d = 0; d < dims.size(); d++) {
            position[d] = before.dimensions().indexOf(dims.get(d));
        }
        Map<List<String>, Integer> byKey = new HashMap<>();
        for (int j = 0; j < before.keys().size(); j++) {
            List<String> key = before.keys().get(j);
            List<String> aligned = new ArrayList<>(dims.size());
            for (int d = 0; d < dims.size(); d++) {
                aligned.add(key.get(position[d]));
            }
            byKey.put(aligned, j);
        }
        for (int i = 0; i < match.length; i++) {
            match[i] = Optional.ofNullable(byKey.get(fresh.keys().get(i))).orElse(-1);
        }
        return match;
    }
}
