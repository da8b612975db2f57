package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PeriodFormatException;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.ingest.Column;
import org.pravasi.registry.ingest.ColumnRole;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;

/**
 * Reference checks: resolves every distinct key cell (area codes, periods, code-list notations) once, and reports each
 * unknown value with the first line where it occurs.
 */
public final class KeyResolver {
    /** The notation that marks a publisher-supplied total. */
    public static final String TOTAL = "_T";

    private final ReferenceData reference;

    /** Creates a resolver over the node's reference data. */
    public KeyResolver(ReferenceData reference) {
        this.reference = reference;
    }

    /** Resolves the table's keys, adding findings for anything unknown; empty when there are errors. */
    public Optional<ResolvedKeys> resolve(Table table, Findings findings) {
        List<Column> cols = table.descriptor().keyColumns();
        List<Node> props = new ArrayList<>();
        List<Map<String, Node>> values = new ArrayList<>();
        Map<String, Period> periods = new HashMap<>();
        Set<Node> totals = new HashSet<>();
        Map<Node, Column> byProperty = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            Optional<Node> prop = property(c);
            if (prop.isEmpty()) {
                findings.add(
                        Finding.error(
                                table.file(),
                                0,
                                c.name(),
                                c.qualifier(),
                                "Code list '" + c.qualifier() + "' is not a dimension of the Pravasi vocabulary.",
                                "Use one of the code lists listed in docs/data-model.md, e.g. violation-type or service-type."));
                ok = false;
                props.add(null);
                values.add(Map.of());
                continue;
            }
            Column other = byProperty.putIfAbsent(prop.get(), c);
            if (other != null) {
                // Published, both columns would be values of one property: rows that differ only by swapping them
                // would be one observation, which disclosure control would have counted as two.
                findings.add(Finding.error(
                        table.file(),
                        0,
                        c.name(),
                        c.qualifier(),
                        "Columns '" + other.name() + "' and '" + c.name() + "' are both published as <"
                                + prop.get().getURI() + ">, so their values could not be told apart.",
                        "Keep one of the two columns (a table has at most one column per dimension)."));
                ok = false;
            }
            props.add(prop.get());
            if (c.role() == ColumnRole.DIMENSION) {
                reference.concept(c.qualifier(), TOTAL).ifPresent(totals::add);
            }
            Map<String, Long> firstLine = new LinkedHashMap<>();
            for (Row r : table.rows()) {
                firstLine.putIfAbsent(r.key()[i], r.line());
            }
            Map<String, Node> resolved = new HashMap<>();
            for (Map.Entry<String, Long> e : firstLine.entrySet()) {
                Optional<Node> node = resolveCell(table.file(), c, e.getKey(), e.getValue(), periods, findings);
                if (node.isPresent()) {
                    resolved.put(e.getKey(), node.get());
                } else {
                    ok = false;
                }
            }
            values.add(resolved);
        }
        if (!ok) {
            return Optional.empty();
        }
        ResolvedKeys keys = new ResolvedKeys(cols, props, values, periods, totals);
        return unique(table, keys, findings) ? Optional.of(keys) : Optional.empty();
    }

    /**
     * Refuses two rows that differ as written but are one observation once published ({@code 62} and {@code 062},
     * {@code 2024} and {@code 2024} followed by a Unicode space): disclosure control would count them as two cells.
     */
    private static boolean unique(Table table, ResolvedKeys keys, Findings findings) {
        Map<List<Node>, Row> seen = new HashMap<>();
        boolean ok = true;
        for (Row r : table.rows()) {
            Row first = seen.putIfAbsent(keys.nodes(r.key()), r);
            if (first != null) {
                ok = false;
                List<String> same = new ArrayList<>();
                for (int i = 0; i < r.key().length; i++) {
                    if (!r.key()[i].equals(first.key()[i])) {
                        same.add("'" + first.key()[i] + "' and '" + r.key()[i] + "' are both <"
                                + keys.values().get(i).get(r.key()[i]).getURI() + ">");
                    }
                }
                findings.add(
                        Finding.error(
                                table.file(),
                                r.line(),
                                "",
                                String.join(" | ", r.key()),
                                "This row (line " + r.line() + ") and line " + first.line()
                                        + " are the same observation once published: " + String.join("; ", same) + ".",
                                "Keep one row per combination, and write each code one way (e.g. 62, not 062; no spaces inside cells)."));
            }
        }
        return ok;
    }

    private Optional<Node> property(Column c) {
        return switch (c.role()) {
            case AREA -> Optional.of(SDMX.refArea.asNode());
            case ORIGIN -> Optional.of(PV.originArea.asNode());
            case DESTINATION -> Optional.of(PV.destinationArea.asNode());
            case PERIOD -> Optional.of(SDMX.refPeriod.asNode());
            case DIMENSION -> reference.dimensionProperty(c.qualifier());
            case MEASURE -> Optional.empty();
        };
    }

    private Optional<Node> resolveCell(
            String file, Column c, String cell, long line, Map<String, Period> periods, Findings findings) {
        switch (c.role()) {
            case PERIOD -> {
                try {
                    Period p = Period.parse(cell, c.qualifier());
                    periods.put(cell, p);
                    return Optional.of(NodeFactory.createURI(p.uri()));
                } catch (PeriodFormatException e) {
                    findings.add(Finding.error(
                            file,
                            line,
                            c.name(),
                            cell,
                            e.getMessage(),
                            "Write periods as 2024 (year), 2024-Q1 (quarter), 2024-03 (month) or FY2024-25 (financial year, April to March), matching the declared granularity '"
                                    + c.qualifier() + "'."));
                    return Optional.empty();
                }
            }
            case AREA, ORIGIN, DESTINATION -> {
                Optional<Node> area = reference.area(c.qualifier(), cell);
                if (area.isEmpty()) {
                    findings.add(Finding.error(
                            file,
                            line,
                            c.name(),
                            cell,
                            "'" + cell + "' is not a known " + c.qualifier() + " code.",
                            areaFix(c.qualifier())));
                }
                return area;
            }
            default -> {
                Optional<Node> concept = reference.concept(c.qualifier(), cell);
                if (concept.isEmpty()) {
                    findings.add(Finding.error(
                            file,
                            line,
                            c.name(),
                            cell,
                            "'" + cell + "' is not a notation of the code list '" + c.qualifier() + "'.",
                            "Use a notation of that code list (see /code/" + c.qualifier()
                                    + " on the portal), or _T for a total."));
                }
                return concept;
            }
        }
    }

    private static String areaFix(String level) {
        return switch (level) {
            case "district" -> "Use the district's LGD code (Local Government Directory), e.g. 201 for Katihar.";
            case "state" -> "Use the state's LGD code, e.g. 10 for Bihar.";
            default -> "Use an ISO 3166-1 alpha-3 country code, e.g. ARE for the United Arab Emirates.";
        };
    }
}
