package org.pravasi.registry.publish;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;

/**
 * Refuses a table that, read together with the organisation's other published tables of the same measure, gives a
 * withheld count away ({@link TablesReadTogether}): a district table beside a state table, a month table beside a
 * quarter table, two breakdowns of the same cases. Each finding names the line, the key and the other dataset.
 */
final class PublishedTogether {
    /** At most this many problems are named; a count of the rest follows. */
    static final int MAX_NAMED = 20;

    private static final String DOC = "docs/disclosure.md, \"Tables read together\"";
    /**
     * What a new version is read together with first: the current version it replaces, or the one a withdrawal removed;
     * then each version replaced before.
     */
    private static final String LAST = "the last published version of this dataset";

    private static final String VERSIONS_DOC = "docs/disclosure.md, \"Versions read together\"";

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
     * together, found within {@code work} units; call inside a read transaction.
     *
     * @throws org.pravasi.registry.disclosure.TooCostly if it would take more
     */
    static void check(
            DatasetGraph dsg,
            StoredTables tables,
            Node org,
            KeyedTable fresh,
            Context context,
            long work,
            Findings findings) {
        addNamed(
                TablesReadTogether.check(dsg, tables, org, fresh, context.threshold(), work),
                e -> finding(e, context),
                context,
                findings);
    }

    /**
     * Adds an error per withheld count that the new table and the last published version of its dataset give away
     * together ({@link VersionsReadTogether}).
     */
    static void checkVersions(List<TablesReadTogether.Exposure> found, Context context, Findings findings) {
        addNamed(found, e -> overVersion(e, context), context, findings);
    }

    /** Adds the first {@link #MAX_NAMED} exposures as findings, then one finding counting the rest. */
    private static void addNamed(
            List<TablesReadTogether.Exposure> found,
            java.util.function.Function<TablesReadTogether.Exposure, Finding> asFinding,
            Context context,
            Findings findings) {
        for (int i = 0; i < found.size(); i++) {
            if (i == MAX_NAMED) {
                findings.add(Finding.error(
                        context.file(),
                        "",
                        (found.size() - MAX_NAMED) + " more withheld counts are given away the same way.",
                        "Apply the fix above to them too."));
                return;
            }
            findings.add(asFinding.apply(found.get(i)));
        }
    }

    private static Finding overVersion(TablesReadTogether.Exposure e, Context context) {
        if (e.cells().length == 0) {
            // The versions could not be linked at all (a district without a known state, or a state formed since).
            return unplaceable(e, context, "A published version of this dataset")
                    .orElseThrow();
        }
        KeyedTable owner = e.owner();
        String cells = Arrays.stream(e.cells())
                .mapToObj(c -> e.fresh()
                        ? "line " + owner.lines()[c] + " (" + owner.label(c) + ")"
                        : "(" + owner.label(c) + ")")
                .collect(Collectors.joining(", "));
        long line = e.fresh() ? owner.lines()[e.cells()[0]] : 0;
        String key = owner.label(e.cells()[0]);
        // The last release, or an earlier version it replaced (still public to whoever kept it).
        String which = e.with().isEmpty() ? LAST : e.with().getFirst() + " of this dataset (replaced since)";
        String fix = "Withhold again what " + which + " withheld, and publish changed counts only at a level where they"
                + " stay at " + context.threshold() + " or more; see " + VERSIONS_DOC + ".";
        String message;
        if (e.kind() == TablesReadTogether.Kind.SMALL_SUM) {
            String below = addUp(e.sum(), e.cells().length, context.threshold());
            message = e.fresh()
                    ? "The withheld counts at " + cells + below + ", as anyone who kept " + which
                            + " can work out from it and this table."
                    : "The withheld counts of " + which + " at " + cells + below
                            + ", as anyone who kept it can work out from it and this table.";
        } else if (e.fresh()) {
            message = "The withheld count at " + cells + " can be worked out from this table read together with "
                    + which + ", which anyone may have kept: the counts that did not change give it away.";
        } else {
            message = "Published after " + which + ", this table would give away that version's withheld count for "
                    + cells + " to anyone who kept it: the counts that did not change give it away.";
        }
        return Finding.error(context.file(), line, "", key, message, fix);
    }

    /**
     * The finding for two tables that cannot be linked (a district without a known state, or one of a state formed
     * since), {@code other} naming the table of states; empty for any other exposure.
     */
    private static java.util.Optional<Finding> unplaceable(
            TablesReadTogether.Exposure e, Context context, String other) {
        if (e.kind() != TablesReadTogether.Kind.NO_GEOGRAPHY && e.kind() != TablesReadTogether.Kind.BOUNDARY_CHANGED) {
            return java.util.Optional.empty();
        }
        String district = e.with().getFirst();
        String code = district.substring(district.lastIndexOf('/') + 1);
        if (e.kind() == TablesReadTogether.Kind.NO_GEOGRAPHY) {
            return java.util.Optional.of(Finding.error(
                    context.file(),
                    "area",
                    other + " counts the same thing by state, and this node cannot tell which state district " + code
                            + " lies in (it is not in the reference geography), so it cannot check that the two tables"
                            + " together keep every withheld count secret.",
                    "Install the current reference geography (docs/geography.md) and publish again."));
        }
        return java.util.Optional.of(Finding.error(
                context.file(),
                "area",
                other + " counts the same thing by state, and district " + code + " lay in another state in periods"
                        + " these tables count: its present state was formed later (Telangana on 2 June 2014, Ladakh"
                        + " on 31 October 2019, Dadra and Nagar Haveli and Daman and Diu on 26 January 2020), and this"
                        + " node's map is today's, so it cannot check that the two tables together keep every withheld"
                        + " count secret.",
                "Publish this district's counts only for periods from the day its state was formed, or the earlier"
                        + " periods in a table with nothing withheld; see " + DOC + "."));
    }

    private static Finding finding(TablesReadTogether.Exposure e, Context context) {
        KeyedTable owner = e.owner();
        java.util.Optional<Finding> unplaceable = unplaceable(e, context, "Your dataset '" + owner.slug() + "'");
        if (unplaceable.isPresent()) {
            return unplaceable.get();
        }
        String others = e.with().stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        String cells = Arrays.stream(e.cells())
                .mapToObj(c -> e.fresh()
                        ? "line " + owner.lines()[c] + " (" + owner.label(c) + ")"
                        : "(" + owner.label(c) + ")")
                .collect(Collectors.joining(", "));
        long line = e.fresh() ? owner.lines()[e.cells()[0]] : 0;
        String key = owner.label(e.cells()[0]);
        String fix = "Publish this table at the same level as " + others + " (the same areas and periods), or withhold"
                + " more cells so that the sums the tables share leave every withheld count open; see " + DOC + ".";
        if (e.kind() == TablesReadTogether.Kind.SMALL_SUM) {
            String whose = e.fresh()
                    ? "The withheld counts at "
                    : "The withheld counts of your dataset '" + owner.slug() + "' at ";
            return Finding.error(
                    context.file(),
                    line,
                    "",
                    key,
                    whose + cells + addUp(e.sum(), e.cells().length, context.threshold())
                            + ", as anyone can work out from this table and " + others + ".",
                    fix);
        }
        if (e.fresh()) {
            return Finding.error(
                    context.file(),
                    line,
                    "",
                    key,
                    "The withheld count at " + cells + " can be worked out from this table read together with your"
                            + " published dataset " + others + ": the counts both give for the same areas and"
                            + " periods add up to it.",
                    fix);
        }
        return Finding.error(
                context.file(),
                0,
                "",
                key,
                "Published beside this table, your dataset '" + owner.slug() + "' would give away its withheld count"
                        + " for " + cells + ": the counts both give for the same areas and periods add up to it.",
                fix.replace(others, "'" + owner.slug() + "'"));
    }

    /**
     * What withheld counts adding up to {@code sum} give away: a sum below the threshold, or one too small for any of
     * the {@code cells} counts to reach it once each other holds at least 1.
     */
    private static String addUp(long sum, int cells, int threshold) {
        return sum < threshold
                ? " add up to " + sum + ", below the threshold of " + threshold
                : " add up to " + sum + ", and as each is at least 1 none can reach the threshold of " + threshold;
    }
}
