package org.pravasi.registry.federation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;
import org.pravasi.registry.publish.VersionNumbers;

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

    /** Longest lexical form read as a number: a count is never longer, and parsing stays cheap. */
    private static final int LONGEST = 64;

    /**
     * What {@link BigDecimal} might read (its digits, sign, point and exponent, in any order): a superset of its
     * grammar, so that only what cannot be a number skips the parse.
     */
    private static final Pattern NUMERAL = Pattern.compile("[0-9+\\-.eE]+");

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
        Found found = new Found();
        for (Node g : b.graphs()) {
            b.quads().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (isSmallCount(q.getObject())
                        && !cubeProperties.contains(q.getPredicate())
                        && !whereItBelongs(b, q)) {
                    found.add(q);
                }
            });
        }
        found.report(problems);
    }

    /**
     * As {@link #check(Bundle, List)}, for graph {@code g} of {@code quads}, where no property may hold such a count: a
     * tombstone, whose statements are links, times and texts.
     */
    void checkNowhere(DatasetGraph quads, Node g, List<String> problems) {
        Found found = new Found();
        quads.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (isSmallCount(q.getObject())) {
                found.add(q);
            }
        });
        found.report(problems);
    }

    /** The counts found, the first {@link #LISTED} of them kept to name their place. */
    private final class Found {
        private final List<Quad> listed = new ArrayList<>();
        private int more;

        void add(Quad q) {
            if (listed.size() < LISTED) {
                listed.add(q);
            } else {
                more++;
            }
        }

        void report(List<String> problems) {
            if (listed.isEmpty()) {
                return;
            }
            List<String> where = listed.stream()
                    .map(q -> "<" + q.getPredicate() + "> of <" + q.getSubject() + "> in graph <" + q.getGraph() + ">")
                    .toList();
            problems.add("a bare number below " + threshold + " under " + String.join("; ", where)
                    + (more > 0 ? " (and " + more + " more)" : "") + ": only the observations may hold counts, and"
                    + " a count from 1 to " + (threshold - 1) + " is withheld there; the peer must remove the"
                    + " statement (docs/security.md, \"Harvesting\")");
        }
    }

    /**
     * Whether {@code q} is one of the small whole numbers publishing writes, on the subject it writes it on: a
     * component's {@code qb:order}; a version's (this one or an earlier one) or the record's {@code dcat:version},
     * {@code pv:observations} and {@code pv:suppressedCells}; an activity's {@code pv:suppressedCells} and
     * {@code pv:suppressionThreshold}.
     */
    private static boolean whereItBelongs(Bundle b, Quad q) {
        Node p = q.getPredicate();
        Node s = q.getSubject();
        Node g = q.getGraph();
        if (p.equals(QB.order.asNode())) {
            return b.quads().contains(g, s, QB.dimension.asNode(), Node.ANY)
                    || b.quads().contains(g, s, QB.measure.asNode(), Node.ANY)
                    || b.quads().contains(g, s, QB.attribute.asNode(), Node.ANY);
        }
        // The record describes every version the dataset had, not only the current one.
        boolean versionOrRecord = s.equals(b.dataset())
                || s.isURI() && VersionNumbers.isVersionOf(b.dataset().getURI(), s.getURI());
        if (p.equals(DCAT3.version.asNode()) || p.equals(PV.observations.asNode())) {
            return versionOrRecord;
        }
        boolean activity = b.quads().contains(g, s, RDF.type.asNode(), PROV.Activity.asNode());
        if (p.equals(PV.suppressedCells.asNode())) {
            return versionOrRecord || activity;
        }
        return p.equals(PV.suppressionThreshold.asNode()) && activity;
    }

    /** Whether {@code o} is a literal whose value is a whole number from 1 to k-1, however it is written. */
    private boolean isSmallCount(Node o) {
        if (!o.isLiteral() || o.getLiteralLexicalForm().length() > LONGEST) {
            return false;
        }
        StringBuilder ascii = new StringBuilder();
        for (char c : o.getLiteralLexicalForm().strip().toCharArray()) {
            int digit = Character.digit(c, 10);
            ascii.append(Character.isDigit(c) && digit >= 0 ? (char) ('0' + digit) : c);
        }
        if (!NUMERAL.matcher(ascii).matches()) {
            return false; // not a number at all (most literals): no parse, no exception
        }
        try {
            BigDecimal value = new BigDecimal(ascii.toString());
            return value.signum() > 0
                    && value.compareTo(BigDecimal.valueOf(threshold)) < 0
                    && value.remainder(BigDecimal.ONE).signum() == 0;
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return false;
        }
    }
}
