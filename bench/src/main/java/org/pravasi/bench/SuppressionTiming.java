package org.pravasi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.DisclosureControl;
import org.pravasi.registry.disclosure.NaturalGroups;
import org.pravasi.registry.disclosure.PriorRelease;
import org.pravasi.registry.disclosure.SuppressionResult;
import org.pravasi.registry.publish.OutsideGroups;

/**
 * Times suppression alone on a CSV written by the bench module's {@code DataGenerator} (every column but the last is a
 * key, the last the count), reporting the thread's CPU time as well as wall time, since the machines here are shared.
 * As at publishing, the totals of years, financial years and states are known ({@link OutsideGroups}): a column named
 * {@code district} holds LGD codes, placed in states by the table shipped with the registry, and one named
 * {@code quarter}, {@code month} or {@code year} holds period notations. See bench/README.md for how to run it.
 *
 * <p>Usage: {@code java -cp registry/target/pravasi-registry.jar:bench/target/pravasi-bench.jar
 * org.pravasi.bench.SuppressionTiming FILE.csv [RUNS]}
 */
public final class SuppressionTiming {

    private SuppressionTiming() {}

    /** Times suppression of {@code args[0]} ({@code args[1]} runs, default 1). */
    public static void main(String[] args) throws IOException {
        List<Cell> table = read(Path.of(args[0]));
        DatasetGraph empty = DatasetGraphFactory.createTxnMem();
        NaturalGroups groups = Txn.calculateRead(empty, () -> OutsideGroups.of(table, empty));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            SuppressionResult result =
                    DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, groups);
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            wall = System.nanoTime() - wall;
            System.out.printf(
                    "%s run %d: %d cells, %d group partitions, %d primary, %d secondary, %d unprotectable;"
                            + " thread CPU %.2f s, wall %.2f s%n",
                    args[0],
                    run,
                    table.size(),
                    groups.partitions().size(),
                    result.primaryCount(),
                    result.secondaryCount(),
                    result.unprotectable().cardinality(),
                    cpu / 1e9,
                    wall / 1e9);
        }
    }

    private static List<Cell> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.getFirst().split(","));
        List<Cell> cells = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            List<String> key = new ArrayList<>(fields.length - 1);
            for (int i = 0; i < fields.length - 1; i++) {
                key.add(published(header.get(i), fields[i]));
            }
            cells.add(new Cell(key, Long.parseLong(fields[fields.length - 1])));
        }
        return cells;
    }

    /** The key value as publishing writes it, for the columns whose groups are known; the total as a total. */
    private static String published(String column, String value) {
        if (value.equals(column)) {
            return Cell.TOTAL;
        }
        return switch (column) {
            case "district" -> PravasiUris.district(value);
            case "quarter", "month", "year" -> PravasiUris.period(value);
            default -> value;
        };
    }
}
