package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;

/**
 * Refuses a literal that is nothing but a count from 1 to k-1 ({@code "3"}, {@code "3"^^xsd:integer}, {@code "3.0"},
 * {@code "३"}) under a property that never holds a count of people: in the record, version or publisher graph, where
 * the observation checks do not look and the text screen skips short numbers. The properties that do hold small whole
 * numbers are the components' order, the version number, the counts of observations and withheld cells, k itself, and
 * the cube's own dimensions and measures (whose values {@link ObservationCheck} reads as the table).
 */
final class BareCounts {
    /** Problems listed per bundle; the rest are counted. */
    private static final int LISTED = 3;

    /** A whole number in any script's digits, optionally with a zero fraction. */
    private static final Pattern WHOLE = Pattern.compile("\\s*\\+?(\\p{Nd}{1,9})(?:\\.0*)?\\s*");

    private static final Set<Node> SMALL_NUMBERS = Set.of(
            QB.order.asNode(),
            DCAT3.version.asNode(),
            PV.observations.asNode(),
            PV.suppressedCells.asNode(),
            PV.suppressionThreshold.asNode());

    private final Set<Node> cubeProperties;
    private final int threshold;

    /** {@code cubeProperties}: the vocabulary's dimensions and measures, whose values are the table's. */
    BareCounts(Set<Node> cubeProperties, int threshold) {
        this.cubeProperties = Set.copyOf(cubeProperties);
        this.threshold = threshold;
    }

    /**
     * Adds one problem (naming the property and graph, never the count) if any graph of {@code b} holds such a count.
     */
    void check(Bundle b, List<String> problems) {
        List<Quad> found = new ArrayList<>();
        int[] more = {0};
        for (Node g : b.graphs()) {
            b.quads().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (isSmallCount(q.getObject())
                        && !SMALL_NUMBERS.contains(q.getPredicate())
                        && !cubeProperties.contains(q.getPredicate())) {
                    if (found.size() < LISTED) {
                        found.add(q);
                    } else {
                        more[0]++;
                    }
                }
            });
        }
        if (found.isEmpty()) {
            return;
        }
        List<String> where = found.stream()
                .map(q -> "<" + q.getPredicate() + "> of <" + q.getSubject() + "> in graph <" + q.getGraph() + ">")
                .toList();
        problems.add("a bare number below " + threshold + " under " + String.join("; ", where)
                + (more[0] > 0 ? " (and " + more[0] + " more)" : "") + ": only the observations may hold counts, and"
                + " a count from 1 to " + (threshold - 1) + " is withheld there; the peer must remove the statement"
                + " (docs/security.md, \"Harvesting\")");
    }

    private boolean isSmallCount(Node o) {
        if (!o.isLiteral()) {
            return false;
        }
        Matcher m = WHOLE.matcher(o.getLiteralLexicalForm());
        if (!m.matches()) {
            return false;
        }
        long value = 0;
        for (char c : m.group(1).toCharArray()) {
            value = value * 10 + Character.digit(c, 10);
        }
        return value >= 1 && value < threshold;
    }
}
