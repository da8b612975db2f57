package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link ProtectionAudit} over lines with a total cell, one linear program per bound and withheld cell. */
final class AttackerViewAudit implements ProtectionAudit {

    /** A line: its members and its total cell, by index into the table. */
    private record Line(List<Integer> members, int total) {
        List<Integer> cells() {
            List<Integer> all = new ArrayList<>(members);
            all.add(total);
            return all;
        }

        int coefficient(int cell) {
            return cell == total ? -1 : 1;
        }
    }

    @Override
    public List<ProtectionFinding> audit(List<PublishedCell> table, int k) {
        Objects.requireNonNull(table, "table");
        List<Line> lines = lines(table);
        Map<Integer, List<Line>> byCell = new HashMap<>();
        lines.forEach(line -> line.cells()
                .forEach(c -> byCell.computeIfAbsent(c, x -> new ArrayList<>()).add(line)));
        List<ProtectionFinding> findings = new ArrayList<>();
        for (int cell = 0; cell < table.size(); cell++) {
            if (!table.get(cell).isWithheld()) {
                continue;
            }
            List<Integer> component = component(table, byCell, cell);
            Set<Line> linked = new LinkedHashSet<>();
            component.forEach(c -> linked.addAll(byCell.getOrDefault(c, List.of())));
            List<Line> touched = new ArrayList<>(linked);
            double upper = bound(table, component, touched, true, true);
            double lower = bound(table, component, touched, false, true);
            if (Double.isNaN(upper) || Double.isNaN(lower)) {
                // The published members exceed or fall short of a total (categories left out): only
                // "members add up to at most the total" is then sure.
                upper = bound(table, component, touched, true, false);
                lower = bound(table, component, touched, false, false);
            }
            long high = IntervalSolver.floor(upper);
            long low = (long) Math.ceil(lower - 1e-6);
            boolean determined = high == low;
            String key = String.join(" / ", table.get(cell).key());
            if (determined) {
                findings.add(new ProtectionFinding(
                        table.get(cell).key(),
                        low,
                        high,
                        true,
                        "withheld cell " + key + " is determined by the published cells and totals: it is exactly "
                                + high));
            } else if (high < k) {
                findings.add(new ProtectionFinding(
                        table.get(cell).key(),
                        low,
                        high,
                        false,
                        "withheld cell " + key + " can be at most " + high
                                + " given the published cells and totals, below the threshold " + k));
            }
        }
        findings.sort(Comparator.comparing(f -> String.join("\u0000", f.key())));
        return List.copyOf(findings);
    }

    private static double bound(
            List<PublishedCell> table,
            List<Integer> component,
            List<Line> touched,
            boolean maximise,
            boolean equality) {
        Map<Integer, Integer> column = new HashMap<>();
        component.forEach(c -> column.put(c, column.size()));
        List<IntervalSolver.Row> rows = new ArrayList<>();
        for (Line line : touched) {
            List<Integer> columns = new ArrayList<>();
            List<Integer> coefficients = new ArrayList<>();
            double constant = 0;
            for (int cell : line.cells()) {
                Integer at = column.get(cell);
                if (at != null) {
                    columns.add(at);
                    coefficients.add(line.coefficient(cell));
                } else {
                    constant -= (double) line.coefficient(cell)
                            * table.get(cell).count().getAsLong();
                }
            }
            rows.add(new IntervalSolver.Row(
                    columns.stream().mapToInt(Integer::intValue).toArray(),
                    coefficients.stream().mapToInt(Integer::intValue).toArray(),
                    constant,
                    equality));
        }
        return maximise
                ? IntervalSolver.maximum(component.size(), rows, 0)
                : IntervalSolver.minimum(component.size(), rows, 0);
    }

    /** The cell first, then the withheld cells linked to it through lines. */
    private static List<Integer> component(List<PublishedCell> table, Map<Integer, List<Line>> byCell, int cell) {
        List<Integer> cells = new ArrayList<>();
        Set<Integer> seen = new HashSet<>(List.of(cell));
        Deque<Integer> queue = new ArrayDeque<>(List.of(cell));
        while (!queue.isEmpty()) {
            int next = queue.poll();
            cells.add(next);
            for (Line line : byCell.getOrDefault(next, List.of())) {
                for (int other : line.cells()) {
                    if (table.get(other).isWithheld() && seen.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return cells;
    }

    /** Lines with a total cell and at least one member, built from the keys. */
    private static List<Line> lines(List<PublishedCell> table) {
        if (table.isEmpty()) {
            return List.of();
        }
        int dimensions = table.getFirst().key().size();
        Map<List<String>, List<Integer>> members = new LinkedHashMap<>();
        Map<List<String>, Integer> totals = new HashMap<>();
        Set<List<String>> keys = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.get(i).key();
            if (key.size() != dimensions) {
                throw new IllegalArgumentException(
                        "cell " + i + " has " + key.size() + " key values but cell 0 has " + dimensions);
            }
            if (!keys.add(key)) {
                throw new IllegalArgumentException("two cells have the key " + key);
            }
            for (int d = 0; d < dimensions; d++) {
                List<String> line = new ArrayList<>(key);
                line.set(d, "\u0000" + d);
                if (Cell.TOTAL.equals(key.get(d))) {
                    totals.put(line, i);
                } else {
                    members.computeIfAbsent(line, x -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        members.forEach((line, cells) -> {
            Integer total = totals.get(line);
            if (total != null) {
                lines.add(new Line(List.copyOf(cells), total));
            }
        });
        return lines;
    }
}
