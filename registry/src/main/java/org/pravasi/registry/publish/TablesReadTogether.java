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
        NO_GEOGRAPHY
    }

    /**
     * One way the tables give a count away.
     *
     * @param kind what happens
     * @param owner the table whose withheld cells are given away (for {@link Kind#NO_GEOGRAPHY}, the other table)
     * @param fresh whether {@code owner} is the new table
     * @param cells those cells, by index in {@code owner}
     * @param with the slugs of the other tables needed; for {@link Kind#NO_GEOGRAPHY}, the district
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
     * The exposures of {@code fresh} beside the last public release of the same dataset: the current version that
     * {@code dsg} holds, which it replaces, or the version a withdrawal archived (docs/disclosure.md, "Versions read
     * together"); none if there is none. Call in a read transaction.
     *
     * @param tables the node's tables of version graphs
     * @param knowsFresh whether {@code fresh}'s withheld counts are known (publishing) or not (harvesting)
     */
    public static List<Exposure> checkVersion(
            DatasetGraph dsg, StoredTables tables, KeyedTable fresh, int threshold, boolean knowsFresh) {
        return checkVersion(dsg, tables, fresh, threshold, knowsFresh, Long.MAX_VALUE);
    }

    /**
     * As {@link #checkVersion(DatasetGraph, StoredTables, KeyedTable, int, boolean)}, within {@code work} units of
     * elimination (a peer's tables: {@link LinkedTables#WORK}).
     *
     * @throws org.pravasi.registry.disclosure.TooCostly if it would take more
     */
    public static List<Exposure> checkVersion(
            DatasetGraph dsg, StoredTables tables, KeyedTable fresh, int threshold, boolean knowsFresh, long work) {
        return SameMeasureTables.lastRelease(dsg, tables, fresh.dataset())
                .map(before -> VersionsReadTogether.of(fresh, before)
                        .exposures(ValueNesting.read(dsg), knowsFresh, threshold, work))
                .orElse(List.of());
    }

    /**
     * The exposures of {@code fresh} beside the other current tables of {@code org} and their replaced versions, read
     * through {@code stored}; call in a read transaction.
     */
    public static List<Exposure> check(
            DatasetGraph dsg, StoredTables stored, Node org, KeyedTable fresh, int threshold) {
        return check(dsg, stored, org, fresh, threshold, Long.MAX_VALUE);
    }

    /**
     * As {@link #check(DatasetGraph, StoredTables, Node, KeyedTable, int)}, within {@code work} units of elimination (a
     * peer's tables: {@link LinkedTables#WORK}).
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
            Optional<String> unplaced = linker.unplacedDistrict(fresh, other);
            if (unplaced.isPresent()) {
                return List.of(new Exposure(Kind.NO_GEOGRAPHY, other, false, new int[0], List.of(unplaced.get()), -1));
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
