package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.disclosure.LinkedTables;

/**
 * What a new table and the organisation's other current tables of the same measure give away together (docs/
 * disclosure.md, "Tables read together"), for publishing and for harvesting alike: the tables are linked on their
 * common coarsening ({@link TableLinks}) and checked by {@link LinkedTables}.
 */
public final class TablesReadTogether {

    /** What a problem is. */
    public enum Kind {
        /** A withheld count follows from the tables' equations and links. */
        DERIVED,
        /** Withheld counts are shown to add up to 1..k-1. */
        SMALL_SUM,
        /**
         * A table of states exists beside a district whose state is unknown (newer than the LGD table shipped, and no
         * reference geography installed): nothing can be checked.
         */
        NO_GEOGRAPHY,
        /**
         * A table of states exists beside a district whose present state was formed after a period of the tables began
         * (Telangana, Ladakh, Dadra and Nagar Haveli and Daman and Diu): today's map cannot say which state held it.
         */
        BOUNDARY_CHANGED
    }

    /**
     * One way the tables give a count away.
     *
     * @param kind what happens
     * @param owner the table whose withheld cells are given away (for {@link Kind#NO_GEOGRAPHY}, the other table)
     * @param fresh whether {@code owner} is the new table
     * @param cells those cells, by index in {@code owner}
     * @param with the slugs of the other tables needed; for {@link Kind#NO_GEOGRAPHY} and
     *     {@link Kind#BOUNDARY_CHANGED}, the district
     * @param sum for {@link Kind#SMALL_SUM}, what the cells add up to; else -1
     */
    public record Exposure(Kind kind, KeyedTable owner, boolean fresh, int[] cells, List<String> with, long sum) {
        /** Copies the array and the list. */
        public Exposure {
            cells = cells.clone();
            with = List.copyOf(with);
        }
    }

    private TablesReadTogether() {}

    /**
     * The exposures of {@code fresh} beside every public release of the same dataset: the current version that
     * {@code dsg} holds, which it replaces (or the version a withdrawal archived), and each version replaced before,
     * read back from the archive (docs/disclosure.md, "Versions read together"); none if there is none. An exposure
     * beside an earlier version than the last names it in {@link Exposure#with()} ({@code "version 2"}); beside the
     * last, {@code with} is empty. Call in a read transaction.
     *
     * @param tables the node's tables of version graphs
     * @param knowsFresh whether {@code fresh}'s withheld counts are known (publishing) or not (harvesting)
     * @param work the work the check beside each earlier version may do ({@link LinkedTables#WORK}, at publishing and
     *     harvesting alike)
     * @throws org.pravasi.registry.disclosure.TooCostly if it would take more
     */
    public static List<Exposure> checkVersion(
            DatasetGraph dsg, StoredTables tables, KeyedTable fresh, int threshold, boolean knowsFresh, long work) {
        List<Exposure> out = new ArrayList<>();
        java.util.Set<List<Object>> named = new java.util.HashSet<>();
        // Read when the first release comes: a dataset published for the first time has none.
        ValueNesting[] nesting = new ValueNesting[1];
        SameMeasureTables.forEachRelease(dsg, tables, fresh.dataset(), r -> {
            if (nesting[0] == null) {
                nesting[0] = ValueNesting.read(dsg);
            }
            List<String> which = r.number() == 0 ? List.of() : List.of("version " + r.number());
            for (Exposure e :
                    VersionsReadTogether.of(fresh, r.table()).exposures(nesting[0], knowsFresh, threshold, work)) {
                if (e.cells().length == 0) {
                    // The versions cannot be linked: said once, naming the district.
                    if (named.add(List.of(e.kind(), e.with()))) {
                        out.add(e);
                    }
                } else if (!e.fresh() || named.add(List.of(e.kind(), java.util.Arrays.toString(e.cells())))) {
                    // The new table's cells once each, beside the newest version that gives them away.
                    out.add(new Exposure(e.kind(), e.owner(), e.fresh(), e.cells(), which, e.sum()));
                }
            }
        });
        return List.copyOf(out);
    }

    /**
     * The exposures of {@code fresh} beside the other current tables of {@code org} and their replaced versions, read
     * through {@code stored}, within {@code work} units ({@link LinkedTables#WORK}, at publishing and harvesting
     * alike); call in a read transaction.
     *
     * @throws org.pravasi.registry.disclosure.TooCostly if it would take more
     */
    public static List<Exposure> check(
            DatasetGraph dsg, StoredTables stored, Node org, KeyedTable fresh, int threshold, long work) {
        return check(
                SameMeasureTables.readWithReplaced(dsg, stored, org, fresh.dataset(), fresh.measure()),
                () -> new TableLinks(ValueNesting.read(dsg)),
                fresh,
                threshold,
                work);
    }

    /**
     * As {@link #check(DatasetGraph, StoredTables, Node, KeyedTable, int, long)}, reading the other tables through
     * {@code oneWrite}, the tables of the write transaction this check runs in.
     *
     * @throws org.pravasi.registry.disclosure.TooCostly if it would take more than {@code work}
     */
    public static List<Exposure> check(
            DatasetGraph dsg, TablesInOneWrite oneWrite, Node org, KeyedTable fresh, int threshold, long work) {
        return check(
                oneWrite.read(dsg, org, fresh.dataset(), fresh.measure()),
                () -> oneWrite.links(dsg),
                fresh,
                threshold,
                work);
    }

    /**
     * Why {@code fresh} and {@code other} cannot be linked where one counts districts and the other states: a district
     * that cannot be placed in its state, or one whose state was formed after a period of theirs began.
     */
    static Optional<Exposure> unlinkable(TableLinks linker, KeyedTable fresh, KeyedTable other) {
        Optional<String> unplaced = linker.unplacedDistrict(fresh, other);
        if (unplaced.isPresent()) {
            return Optional.of(new Exposure(Kind.NO_GEOGRAPHY, other, false, new int[0], List.of(unplaced.get()), -1));
        }
        if (fresh.withheld().isEmpty() && other.withheld().isEmpty()) {
            // Nothing withheld on either side: a wrong link could give nothing away.
            return Optional.empty();
        }
        return linker.movedDistrict(fresh, other)
                .map(d -> new Exposure(Kind.BOUNDARY_CHANGED, other, false, new int[0], List.of(d), -1));
    }

    private static List<Exposure> check(
            List<KeyedTable> others,
            java.util.function.Supplier<TableLinks> linking,
            KeyedTable fresh,
            int threshold,
            long work) {
        if (others.isEmpty()) {
            return List.of();
        }
        List<KeyedTable> tables = new ArrayList<>();
        tables.add(fresh);
        tables.addAll(others);
        TableLinks linker = linking.get();
        // With no withheld cell in any of the tables there is nothing to derive and no withheld sum: the links (most of
        // the cost, one per table of the measure) are not computed.
        boolean anyWithheld = tables.stream().anyMatch(t -> !t.withheld().isEmpty());
        List<LinkedTables.Link> links = new ArrayList<>();
        for (int i = 1; i < tables.size(); i++) {
            KeyedTable other = tables.get(i);
            Optional<Exposure> unlinkable = unlinkable(linker, fresh, other);
            if (unlinkable.isPresent()) {
                return List.of(unlinkable.get());
            }
            if (anyWithheld) {
                links.addAll(linker.between(0, fresh, i, other));
            }
        }
        if (links.isEmpty()) {
            return List.of();
        }
        List<LinkedTables.Table> forCheck =
                tables.stream().map(KeyedTable::forCheck).toList();
        List<Exposure> out = new ArrayList<>();
        java.util.Set<List<Integer>> derived = new java.util.HashSet<>();
        for (LinkedTables.Derived d : LinkedTables.derivable(forCheck, links, work)) {
            derived.add(List.of(d.table(), d.cell()));
            List<String> with = d.with().stream()
                    .filter(t -> t != d.table())
                    .map(t -> tables.get(t).slug())
                    .toList();
            out.add(new Exposure(Kind.DERIVED, tables.get(d.table()), d.table() == 0, new int[] {d.cell()}, with, -1));
        }
        for (LinkedTables.SmallSum s : LinkedTables.smallSums(forCheck, links, threshold)) {
            // A sum of cells already named as derivable says nothing more.
            if (java.util.Arrays.stream(s.cells()).allMatch(c -> derived.contains(List.of(s.table(), c)))) {
                continue;
            }
            int other =
                    s.table() == s.link().left() ? s.link().right() : s.link().left();
            out.add(new Exposure(
                    Kind.SMALL_SUM,
                    tables.get(s.table()),
                    s.table() == 0,
                    s.cells(),
                    List.of(tables.get(other).slug()),
                    s.sum()));
        }
        return List.copyOf(out);
    }
}
