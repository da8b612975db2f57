package org.pravasi.registry.federation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.SDMX;

/**
 * The temporal coverage a peer states must be its observations' span, as publishing writes it: a reader takes a period
 * missing within the coverage as one with no cases, so a wider coverage makes a year's or a financial year's total
 * known that the disclosure check, reading the span from the observations, would not take as known (docs/disclosure.md,
 * "Groups whose totals are published elsewhere").
 */
final class StatedCoverage {
    private static final String PERIODS = PravasiUris.BASE + "id/period/";

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
        Optional<LocalDate[]> span = span(table);
        String expected = span.map(s -> s[0] + " to " + s[1]).orElse("none (the table has no periods)");
        for (Node t : stated) {
            String start = date(b, t, DCAT.startDate.asNode());
            String end = date(b, t, DCAT.endDate.asNode());
            boolean matches = stated.size() == 1
                    && span.isPresent()
                    && span.get()[0].toString().equals(start)
                    && span.get()[1].toString().equals(end);
            if (!matches) {
                problems.add("the record states the temporal coverage " + start + " to " + end + " (dct:temporal of <"
                        + b.dataset().getURI() + ">), but its observations span " + expected + "; a reader takes a"
                        + " period missing within the coverage as one with no cases, so state exactly the observations'"
                        + " span, as publishing writes it");
                return;
            }
        }
    }

    /** The earliest start and latest end of the table's periods, if it has any. */
    private static Optional<LocalDate[]> span(ObservedTable table) {
        int d = table.dimensions().indexOf(SDMX.refPeriod.asNode());
        if (d < 0) {
            return Optional.empty();
        }
        LocalDate first = null;
        LocalDate last = null;
        for (String v :
                table.cells().stream().map(c -> c.key().get(d)).distinct().toList()) {
            Optional<Period> p = v.startsWith(PERIODS) ? Period.of(v.substring(PERIODS.length())) : Optional.empty();
            if (p.isPresent()) {
                first = first == null || p.get().start().isBefore(first)
                        ? p.get().start()
                        : first;
                last = last == null || p.get().end().isAfter(last) ? p.get().end() : last;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
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
