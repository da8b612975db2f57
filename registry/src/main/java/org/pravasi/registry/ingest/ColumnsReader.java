package org.pravasi.registry.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads and checks the {@code columns} array of a descriptor. */
final class ColumnsReader {
    private final String file;
    private final List<Finding> findings;

    ColumnsReader(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
    }

    List<Column> read(JsonNode columns, Set<String> levels, Set<String> granularities, Set<String> measures) {
        if (!columns.isArray() || columns.isEmpty()) {
            error(
                    "columns",
                    "'columns' is missing or empty.",
                    "List every CSV column with its role — see docs/data-model.md.");
            return List.of();
        }
        List<Column> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            JsonNode c = columns.get(i);
            String where = "columns[" + i + "]";
            String name = c.path("name").asString("").strip();
            if (name.isEmpty()) {
                error(where, "A column has no name.", "Give each column the exact header text of the CSV as \"name\".");
                continue;
            }
            if (!names.add(name)) {
                error(where, "Column '" + name + "' is declared twice.", "Declare each CSV column once.");
            }
            String roleName = c.path("role").asString("");
            ColumnRole role = ColumnRole.named(roleName).orElse(null);
            if (role == null) {
                error(
                        where,
                        "Column '" + name + "' has role '" + roleName
                                + "', which is not one of area, origin, destination, period, dimension, measure.",
                        "Set \"role\" to one of those.");
                continue;
            }
            String qualifier = switch (role) {
                case AREA, ORIGIN, DESTINATION -> choice(c, where, name, "level", levels);
                case PERIOD -> choice(c, where, name, "granularity", granularities);
                case MEASURE -> choice(c, where, name, "measure", measures);
                case DIMENSION -> required(c, where, name, "codeList");
            };
            out.add(new Column(name, role, qualifier, overlap(c, where, name, role)));
        }
        count(out, ColumnRole.PERIOD, 1, 1, "exactly one period column");
        count(out, ColumnRole.MEASURE, 1, 1, "exactly one measure column");
        count(out, ColumnRole.AREA, 0, 1, "at most one area column");
        count(out, ColumnRole.ORIGIN, 0, 1, "at most one origin column");
        count(out, ColumnRole.DESTINATION, 0, 1, "at most one destination column");
        long origins = out.stream().filter(c -> c.role() == ColumnRole.ORIGIN).count();
        long dests =
                out.stream().filter(c -> c.role() == ColumnRole.DESTINATION).count();
        if (origins != dests) {
            error(
                    "columns",
                    "A flow needs both an origin and a destination column.",
                    "Declare both, or use a single area column.");
        }
        if (out.stream().noneMatch(c -> c.role().isArea())) {
            error(
                    "columns",
                    "No area column is declared.",
                    "Add a column with \"role\": \"area\" (or an origin and a destination).");
        }
        return out;
    }

    /** A dimension's optional {@code "categoriesOverlap": true|false}, which overrides its code list's. */
    private Optional<Boolean> overlap(JsonNode c, String where, String name, ColumnRole role) {
        JsonNode v = c.get("categoriesOverlap");
        if (v == null) {
            return Optional.empty();
        }
        if (role != ColumnRole.DIMENSION) {
            error(
                    where,
                    "Column '" + name + "' has \"categoriesOverlap\", which only a dimension column may have.",
                    "Remove it from this column.");
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            error(
                    where,
                    "Column '" + name + "' has \"categoriesOverlap\": " + v + ", which is not true or false.",
                    "Write true when one person (or family, or case) may be counted in several of its categories,"
                            + " false when each is counted in one; leave it out to follow the code list.");
            return Optional.empty();
        }
        return Optional.of(v.asBoolean());
    }

    private String choice(JsonNode c, String where, String name, String field, Set<String> allowed) {
        String v = c.path(field).asString("");
        if (!allowed.contains(v)) {
            error(
                    where,
                    "Column '" + name + "' has " + field + " '" + v + "'.",
                    "Set \"" + field + "\" to one of " + allowed + ".");
        }
        return v;
    }

    private String required(JsonNode c, String where, String name, String field) {
        String v = c.path(field).asString("");
        if (v.isEmpty()) {
            error(
                    where,
                    "Column '" + name + "' needs a \"" + field + "\".",
                    "Name the code list its cells come from, e.g. \"violation-type\".");
        }
        return v;
    }

    private void count(List<Column> cols, ColumnRole role, int min, int max, String expected) {
        long n = cols.stream().filter(c -> c.role() == role).count();
        if (n < min || n > max) {
            error(
                    "columns",
                    "The descriptor declares " + n + " " + role.name().toLowerCase() + " column(s).",
                    "Declare " + expected + ".");
        }
    }

    private void error(String field, String problem, String fix) {
        findings.add(Finding.error(file, field, problem, fix));
    }
}
