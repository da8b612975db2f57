package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.disclosure.LinkedTables;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;

/**
 * Refuses a table that, read together with the organisation's other published tables of the same measure, gives a
 * withheld count away (docs/disclosure.md, "Tables read together"): a district table beside a state table, a month
 * table beside a quarter table, two breakdowns of the same cases. Suppression protects each table alone; this check
 * sees the sums they share: a withheld count they determine, or withheld counts whose sum they show to be below the
 * threshold.
 */
final class PublishedTogether {
    /** At most this many problems are named; a count of the rest follows. */
    static final int MAX_NAMED = 20;

    private static final String DOC = "docs/disclosure.md, \"Tables read together\"";

    /**
     * Where the findings point and what counts as small.
     *
     * @param file the uploaded file, for findings
     * @param threshold the threshold k
     */
    record Context(String file, int threshold) {}

    private PublishedTogether() {}

    /**
     * Adds an error per withheld count that {@code fresh} and the other current tables of {@code org} give away
     * together; call inside a read transaction.
     */
    static void check(DatasetGraph dsg, Node org, KeyedTable fresh, Context context, Findings findings) {
        List<KeyedTable> others = SameMeasureTables.read(dsg, org, fresh.dataset(), fresh.measure());
        if (others.isEmpty()) {
            return;
        }
        ValueNesting nesting = ValueNesting.read(dsg);
        List<KeyedTable> tables = new ArrayList<>();
        tables.add(fresh);
        tables.addAll(others);
        TableLinks linker = new TableLinks(nesting);
        List<LinkedTables.Link> links = new ArrayList<>();
        for (int i = 1; i < tables.size(); i++) {
            KeyedTable other = tables.get(i);
            if (!nesting.knowsStates() && TableLinks.mixesDistrictsWithOthers(fresh, other)) {
                findings.add(Finding.error(
                        context.file(),
                        "area",
                        "Your dataset '" + other.slug() + "' counts the same thing at another area level, and"
                                + " without the reference geography this node cannot tell which districts lie in which"
                                + " state, so it cannot check that the two tables together keep every withheld count"
                                + " secret.",
                        "Install the reference geography (docs/geography.md) and publish again."));
                return;
            }
            links.addAll(linker.between(0, fresh, i, other));
        }
        if (links.isEmpty()) {
            return;
        }
        List<LinkedTables.Table> forCheck =
                tables.stream().map(KeyedTable::forCheck).toList();
        List<Finding> problems = new ArrayList<>();
        for (LinkedTables.Derived d : LinkedTables.derivable(forCheck, links)) {
            problems.add(derived(tables, d, context.file()));
        }
        for (LinkedTables.SmallSum s : LinkedTables.smallSums(forCheck, links, context.threshold())) {
            problems.add(smallSum(tables, s, context));
        }
        for (int i = 0; i < problems.size(); i++) {
            if (i == MAX_NAMED) {
                findings.add(Finding.error(
                        context.file(),
                        "",
                        (problems.size() - MAX_NAMED) + " more withheld counts are given away the same way.",
                        "Apply the fix above to them too."));
                break;
            }
            findings.add(problems.get(i));
        }
    }

    private static Finding derived(List<KeyedTable> tables, LinkedTables.Derived d, String file) {
        KeyedTable owner = tables.get(d.table());
        String others = names(tables, d.with().stream().filter(t -> t != 0).toList());
        if (d.table() == 0) {
            long line = owner.lines()[d.cell()];
            String key = owner.label(d.cell());
            return Finding.error(
                    file,
                    line,
                    "",
                    key,
                    "The withheld count at line " + line + " (" + key + ") can be worked out from this table read"
                            + " together with your published dataset " + others + ": the counts both give for the"
                            + " same areas and periods add up to it.",
                    fix(others));
        }
        return Finding.error(
                file,
                0,
                "",
                owner.label(d.cell()),
                "Published beside this table, your dataset '" + owner.slug() + "' would give away its withheld count"
                        + " for (" + owner.label(d.cell()) + "): the counts both give for the same areas and periods"
                        + " add up to it.",
                fix("'" + owner.slug() + "'"));
    }

    private static Finding smallSum(List<KeyedTable> tables, LinkedTables.SmallSum s, Context context) {
        KeyedTable owner = tables.get(s.table());
        int other = s.table() == s.link().left() ? s.link().right() : s.link().left();
        String otherName = names(tables, List.of(other == 0 ? s.table() : other));
        String cells = Arrays.stream(s.cells())
                .mapToObj(c -> s.table() == 0
                        ? "line " + owner.lines()[c] + " (" + owner.label(c) + ")"
                        : "(" + owner.label(c) + ")")
                .collect(Collectors.joining(", "));
        String whose = s.table() == 0 ? "The withheld counts at " : "The withheld counts of '" + owner.slug() + "' at ";
        return Finding.error(
                context.file(),
                s.table() == 0 ? owner.lines()[s.cells()[0]] : 0,
                "",
                owner.label(s.cells()[0]),
                whose + cells + " add up to " + s.sum() + ", below the threshold of " + context.threshold()
                        + ", as anyone can work out from this table and " + otherName + ".",
                fix(otherName));
    }

    private static String names(List<KeyedTable> tables, List<Integer> which) {
        return which.stream().map(t -> "'" + tables.get(t).slug() + "'").collect(Collectors.joining(", "));
    }

    private static String fix(String others) {
        return "Publish this table at the same level as " + others + " (the same areas and periods), or withhold more"
                + " cells so that the sums the tables share leave every withheld count open; see " + DOC + ".";
    }
}
