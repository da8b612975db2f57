package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.publish.TemporalCoverage;

/**
 * The temporal coverage a peer states must be its observations' span, as publishing writes it: a reader takes a period
 * missing within the coverage as one with no cases, so a wider coverage makes a year's or a financial year's total
 * known that the disclosure check, reading the span from the observations, would not take as known (docs/disclosure.md,
 * "Groups whose totals are published elsewhere").
 */
final class StatedCoverage {
    private StatedCoverage() {}

    /** Adds a problem if {@code b} states a coverage of its dataset other than the span of {@code table}'s periods. */
    static void check(Bundle b, ObservedTable table, List<String> problems) {
        List<Node> stated = new ArrayList<>();
        for (Node g : b.graphs()) {
            b.quads()
                    .find(g, b.dataset(), DCTerms.temporal.asNode(), Node.ANY)
                    .forEachRemaining(q -> stated.add(q.getObject()));
        }
        if (stated.isEmpty()) {
            return;
        }
        Optional<TemporalCoverage> span = span(table);
        String expected = span.map(s -> s.start() + " to " + s.end()).orElse("none (the table has no periods)");
        for (Node t : stated) {
            String start = date(b, t, DCAT.startDate.asNode());
            String end = date(b, t, DCAT.endDate.asNode());
            boolean matches = stated.size() == 1
                    && span.isPresent()
                    && span.get().start().toString().equals(start)
                    && span.get().end().toString().equals(end);
            if (!matches) {
                problems.add("the record states the temporal coverage " + start + " to " + end + " (dct:temporal of <"
                        + b.dataset().getURI() + ">), but its observations span " + expected + "; a reader takes a"
                        + " period missing within the coverage as one with no cases, so state exactly the observations'"
                        + " span, as publishing writes it");
                return;
            }
        }
    }

    /** The coverage of the table's periods, as publishing states it, if it has any. */
    private static Optional<TemporalCoverage> span(ObservedTable table) {
        int d = table.dimensions().indexOf(SDMX.refPeriod.asNode());
        return d < 0
                ? Optional.empty()
                : TemporalCoverage.ofKeys(table.cells().stream()
                        .map(c -> c.key().get(d))
                        .distinct()
                        .toList());
    }

    /** The lexical form of the coverage's one date under {@code property}, or "none". */
    private static String date(Bundle b, Node coverage, Node property) {
        List<String> found = new ArrayList<>();
        for (Node g : b.graphs()) {
            b.quads()
                    .find(g, coverage, property, Node.ANY)
                    .forEachRemaining(q -> found.add(
                            q.getObject().isLiteral()
                                    ? q.getObject().getLiteralLexicalForm()
                                    : q.getObject().toString()));
        }
        return found.size() == 1 ? found.getFirst() : found.isEmpty() ? "none" : found.size() + " dates";
    }
}
