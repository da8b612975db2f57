package org.pravasi.registry.federation;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.LinkedTables;
import org.pravasi.registry.disclosure.TooCostly;
import org.pravasi.registry.publish.GraphTexts;
import org.pravasi.registry.publish.KeyedTable;
import org.pravasi.registry.publish.StatedFiguresCheck;
import org.pravasi.registry.publish.StatedText;
import org.pravasi.registry.publish.StoredTables;
import org.pravasi.registry.publish.TablesInOneWrite;
import org.pravasi.registry.publish.TablesReadTogether;

/**
 * The check of publishing's "tables read together" on a harvested table: beside the tables of the same measure that
 * this portal already holds from the same publisher, no withheld count may be given away (a peer's district table
 * beside its state table). The peer's own node may not check this, or may not be honest. "Holds" includes every version
 * of the peer's datasets this portal served and kept when it was replaced or withdrawn
 * ({@link org.pravasi.registry.publish.VersionArchive#keepHarvested}): each earlier version of the same dataset, and
 * each replaced or withdrawn table of the publisher, is read beside the new version as the node reads its archive.
 *
 * <p>Its problems are filed under {@link RefusalRule#READ_TOGETHER}: the public refusal names only that rule, and these
 * texts, which name the cells and the bound they break, go to the operator's log ({@link Refusal}). Even there they
 * never state a count: not the sum that the tables together give for withheld cells.
 */
final class HarvestedTogether {
    private final int threshold;
    private final StoredTables tables;
    private final StatedFiguresCheck figures;

    HarvestedTogether(int threshold, StoredTables tables) {
        this.threshold = threshold;
        this.tables = tables;
        this.figures = new StatedFiguresCheck(tables, threshold, LinkedTables.WORK);
    }

    /**
     * Adds a problem per withheld count that the figures stated in the texts of a peer's withdrawal (its reason) give
     * away beside the publisher's tables held here; call inside a transaction on {@code store}.
     */
    void checkFigures(DatasetGraph store, Tombstone t, List<String> problems) {
        List<StatedText> texts = new java.util.ArrayList<>();
        t.facts()
                .find(Node.ANY, org.apache.jena.vocabulary.DCTerms.description.asNode(), Node.ANY)
                .forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        texts.add(StatedText.fresh(
                                "the withdrawal", "reason", q.getObject().getLiteralLexicalForm()));
                    }
                });
        publisherOf(t.dataset())
                .ifPresent(org -> figures(
                        () -> {
                            org.pravasi.registry.ingest.Findings found = new org.pravasi.registry.ingest.Findings();
                            figures.checkTexts(store, org, texts, null, found);
                            return found;
                        },
                        problems));
    }

    /** The organisation {@code <base>id/org/<org>} of a dataset {@code <base>id/dataset/<org>/<slug>}. */
    private static java.util.Optional<Node> publisherOf(Node dataset) {
        String uri = dataset.getURI();
        int at = uri.lastIndexOf("/id/dataset/");
        int slash = at < 0 ? -1 : uri.indexOf('/', at + "/id/dataset/".length());
        if (slash < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(org.apache.jena.graph.NodeFactory.createURI(
                uri.substring(0, at) + "/id/org/" + uri.substring(at + "/id/dataset/".length(), slash)));
    }

    /**
     * The texts of the bundle: every text of its record and organisation graphs ({@link GraphTexts#sent}), and the
     * version's title and period labels; its observations hold only counts, which {@link ObservationCheck} reads.
     */
    private static List<StatedText> texts(Bundle b) {
        List<StatedText> out = new java.util.ArrayList<>(GraphTexts.sent(b.quads(), b.dataset(), "the record"));
        out.addAll(GraphTexts.sentBesideObservations(b.quads(), b.version(), b.dataset(), "the version"));
        b.org().ifPresent(o -> out.addAll(GraphTexts.sent(b.quads(), o, "the organisation")));
        return out;
    }

    /** Adds each finding of {@code check} as a problem naming the text and the cell, never a count it derives. */
    private static void figures(
            java.util.function.Supplier<org.pravasi.registry.ingest.Findings> check, List<String> problems) {
        try {
            for (org.pravasi.registry.ingest.Finding f : check.get().list()) {
                problems.add("a figure stated in text gives a withheld count away: " + f.problem()
                        + " (docs/disclosure.md, \"Figures stated in text\")");
            }
        } catch (TooCostly x) {
            problems.add("checking the figures stated in the texts against the publisher's tables is too costly ("
                    + x.getMessage() + ")");
        }
    }

    /**
     * Adds a problem per withheld count given away, reading the publisher's other tables through {@code oneWrite}; call
     * inside a transaction on {@code store}.
     */
    void check(DatasetGraph store, Bundle b, ObservedTable table, List<String> problems, TablesInOneWrite oneWrite) {
        // The publisher the record names, not its graph: a peer that leaves the graph out (or a standalone node, which
        // has none) must not have its tables read alone.
        Iterator<Quad> measures = b.quads().find(b.version(), Node.ANY, QB.measure.asNode(), Node.ANY);
        if (!measures.hasNext()) {
            return;
        }
        Node measure = measures.next().getObject();
        if (!measure.isURI()) {
            return; // the cube's shapes refuse a measure that is no IRI
        }
        List<Cell> cells = table.cells();
        long[] values = cells.stream().mapToLong(Cell::value).toArray();
        KeyedTable fresh = new KeyedTable(
                b.dataset(),
                measure,
                table.dimensions(),
                cells.stream().map(Cell::key).toList(),
                values,
                table.withheld(),
                new long[cells.size()]);
        try {
            for (TablesReadTogether.Exposure e :
                    TablesReadTogether.check(store, oneWrite, b.publisher(), fresh, threshold, LinkedTables.WORK)) {
                problems.add(describe(e));
            }
            for (TablesReadTogether.Exposure e :
                    TablesReadTogether.checkVersion(store, tables, fresh, threshold, false, LinkedTables.WORK)) {
                problems.add(overVersion(e));
            }
            if (problems.isEmpty()) {
                figures(
                        () -> {
                            org.pravasi.registry.ingest.Findings found = new org.pravasi.registry.ingest.Findings();
                            figures.checkTable(store, b.publisher(), fresh, texts(b), found);
                            return found;
                        },
                        problems);
            }
        } catch (TooCostly x) {
            problems.add("this table and the publisher's tables of the same measure held here are linked through so"
                    + " many withheld cells that checking them together is too costly (" + x.getMessage() + "); this"
                    + " portal does not hold a table it cannot show keeps the withheld counts of the tables read with"
                    + " it secret, so the peer must withhold fewer cells in lines that the tables share"
                    + " (docs/disclosure.md, \"Tables read together\")");
        }
    }

    /**
     * Whether {@code b}'s version URI names the table it carries and no other that this portal served: not the URI of
     * an earlier version it kept ({@link StoredTables#reusesKept}), nor that of the version it holds as current with
     * another table ({@link StoredTables#rewritesCurrent}); a problem is added when it does not. Whoever kept the table
     * first served under the URI reads it beside what the peer publishes next, and this portal reads under that URI
     * only one table (docs/disclosure.md, "What a harvesting portal does"). Call inside a transaction on {@code store}.
     */
    boolean namesOneTable(DatasetGraph store, Bundle b, List<String> problems) {
        String v = b.version().getURI();
        if (tables.reusesKept(store, b.dataset(), b.version())) {
            problems.add("version <" + v + "> has the URI of an earlier version of this dataset that this portal served"
                    + " and keeps, to read later versions against; a version URI names one table, so the peer must"
                    + " number a new version past every earlier one (docs/disclosure.md, \"What a harvesting portal"
                    + " does\")");
            return false;
        }
        if (tables.rewritesCurrent(store, b.dataset(), b.version(), b.quads())) {
            problems.add("version <" + v + "> is the version of this dataset that this portal holds as current and has"
                    + " served, but the peer now sends another table under its URI (another measure, dimension, key,"
                    + " count or withheld cell; labels and provenance alone may change); a version URI names one"
                    + " table, and the one served here would no longer be read beside what the peer publishes next,"
                    + " so the peer must publish changed observations as a new version, numbered past every earlier"
                    + " one (docs/disclosure.md, \"What a harvesting portal does\")");
            return false;
        }
        return true;
    }

    private String overVersion(TablesReadTogether.Exposure e) {
        if (e.cells().length == 0) {
            // The versions could not be linked at all (a district without a known state, or a state formed since).
            return describe(e);
        }
        String cells = Arrays.stream(e.cells())
                .mapToObj(c -> "(" + e.owner().label(c) + ")")
                .collect(Collectors.joining(", "));
        String doc = " (docs/disclosure.md, \"Versions read together\")";
        // Beside the version held here, or an earlier one this portal served and kept (named "version N").
        String earlier = e.with().isEmpty()
                ? "the version it replaces"
                : e.with().getFirst() + " of this dataset, which this portal served before";
        String whose = e.fresh()
                ? "withheld cell(s) "
                : "withheld cell(s) of " + (e.with().isEmpty() ? "the version held here " : earlier + " ");
        if (e.kind() == TablesReadTogether.Kind.SMALL_SUM) {
            return whose + cells + " add up to less than " + threshold + ", as read together with " + earlier
                    + ", which anyone may have kept" + doc;
        }
        return whose + cells + " can be derived from this version read together with " + earlier + ", which"
                + " anyone may have kept: the counts that did not change give it away" + doc;
    }

    private String describe(TablesReadTogether.Exposure e) {
        String doc = " (docs/disclosure.md, \"Tables read together\")";
        if (e.kind() == TablesReadTogether.Kind.NO_GEOGRAPHY) {
            return "the publisher's dataset '" + e.owner().slug() + "' counts the same measure by state, and this"
                    + " portal cannot tell which state district <" + e.with().getFirst() + "> lies in, so it cannot"
                    + " check that the two tables together keep every withheld count secret" + doc;
        }
        if (e.kind() == TablesReadTogether.Kind.BOUNDARY_CHANGED) {
            return "the publisher's dataset '" + e.owner().slug() + "' counts the same measure by state, and district <"
                    + e.with().getFirst() + "> lay in another state in periods these tables count (its present state"
                    + " was formed later), so this portal cannot check that the two tables together keep every"
                    + " withheld count secret" + doc;
        }
        String whose = e.fresh()
                ? "withheld cell(s) "
                : "withheld cell(s) of the publisher's dataset '" + e.owner().slug() + "' ";
        String cells = Arrays.stream(e.cells())
                .mapToObj(c -> "(" + e.owner().label(c) + ")")
                .collect(Collectors.joining(", "));
        String with = String.join("', '", e.with());
        if (e.kind() == TablesReadTogether.Kind.SMALL_SUM) {
            return whose + cells + " add up to less than " + threshold + ", as read together with the publisher's"
                    + " dataset '" + with + "' held here" + doc;
        }
        return whose + cells + " can be derived from this table read together with the publisher's dataset '" + with
                + "' held here: the counts both give for the same areas and periods add up to it" + doc;
    }
}
