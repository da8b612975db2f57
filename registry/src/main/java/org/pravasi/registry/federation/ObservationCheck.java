package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.publish.KeyOrder;

/**
 * Checks every observation of a harvested version in one pass, in Java rather than SHACL (which only sees a sample):
 * each carries exactly what this registry's cube writer writes — its type, its data set, one IRI per dimension of the
 * structure, and either one count (an {@code xsd:integer} in canonical form, at least 0, and not from 1 to k-1 for this
 * portal's k) or {@code obsStatus} confidential and no count — and no two share a key. Returns the observations as a
 * table for the derivability re-check.
 */
final class ObservationCheck {
    /** The only observation status a cube writer writes: a withheld cell. */
    static final Node CONFIDENTIAL = NodeFactory.createURI(PravasiUris.concept("obs-status", "confidential"));
    /** A count as the cube writer writes it: canonical, no sign, no leading zero, fits a long. */
    private static final Pattern CANONICAL_COUNT = Pattern.compile("0|[1-9][0-9]{0,17}");

    private static final Pattern SHOWN_LITERAL = Pattern.compile("[0-9.eE+-]{1,9}");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DATA_SET = QB.dataSet.asNode();
    private static final Node OBS_STATUS = SDMX.obsStatus.asNode();

    private final Set<Node> totals;
    private final Set<Node> cubeProperties;
    private final int threshold;
    private final long maxObservations;

    /**
     * {@code totals}: the concepts that stand for a total over their code list ({@code _T}); {@code cubeProperties}:
     * the vocabulary's dimension and measure properties, whose subjects are observations wherever they appear;
     * {@code maxObservations}: the most observations read ({@link HarvestLimits#maxObservations()}).
     */
    ObservationCheck(Set<Node> totals, Set<Node> cubeProperties, int threshold, long maxObservations) {
        if (maxObservations < 1) {
            throw new IllegalArgumentException("at least one observation must be checked: " + maxObservations);
        }
        this.totals = Set.copyOf(totals);
        this.cubeProperties = Set.copyOf(cubeProperties);
        this.threshold = threshold;
        this.maxObservations = maxObservations;
    }

    /** The version's observations as a table, or empty with the problems added when any observation is wrong. */
    Optional<ObservedTable> check(Bundle b, List<String> problems) {
        boolean elsewhere = outsideTheVersion(b, problems);
        Graph g = b.quads().getGraph(b.version());
        Optional<Structure> structure = structure(g, b.version(), problems).filter(st -> known(st, problems));
        if (structure.isEmpty()) {
            return Optional.empty();
        }
        Structure s = structure.get();
        // Whatever uses an observation's properties is an observation, and is checked as one, once: found through its
        // first property in this order (asked of the graph: a set of every observation would cost ~50 bytes each).
        Set<Node> properties = new LinkedHashSet<>(List.of(DATA_SET, s.measure(), OBS_STATUS));
        properties.addAll(s.dimensions());
        properties.addAll(cubeProperties);
        List<Node> order = new ArrayList<>(properties);
        order.add(TYPE);
        Tally tally = new Tally();
        List<Node> nodes = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        BitSet withheld = new BitSet();
        Map<List<String>, Node> keys = new HashMap<>();
        // The statements of each property (rdf:type: of type qb:Observation) on the subjects read so far.
        Map<Node, long[]> read = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Node p = order.get(i);
            if (i > 0 && count(g, p) == read.getOrDefault(p, new long[1])[0]) {
                // Every statement of this property is one of a subject read already: nothing is left to find through
                // it, and the lookups below (one per statement) are spared.
                continue;
            }
            var found =
                    p.equals(TYPE) ? g.find(Node.ANY, TYPE, QB.Observation.asNode()) : g.find(Node.ANY, p, Node.ANY);
            while (found.hasNext()) {
                Triple t = found.next();
                Node o = t.getSubject();
                if (foundBefore(g, o, order, i) || (!p.equals(TYPE) && !firstOf(g, t))) {
                    continue;
                }
                Optional<Reading> r = read(g, o, b.version(), s, tally, read);
                if (r.isEmpty()) {
                    continue;
                }
                if (cells.size() == maxObservations) {
                    // The cells held for the checks grow with each observation: the check stops here, whatever the
                    // download's size, so no peer can make it fill the heap.
                    problems.add("the version has more than " + maxObservations + " observations, the most this"
                            + " portal checks in one harvested dataset (each is held in memory while the disclosure"
                            + " checks run); the peer should split the table into several datasets (for example one"
                            + " per year), or this portal's operator may give it a larger heap (-Xmx), which raises"
                            + " the limit");
                    return Optional.empty();
                }
                Node earlier = keys.putIfAbsent(r.get().key(), o);
                if (earlier != null) {
                    tally.add(
                            "two observations have the same dimension values",
                            "<" + earlier + "> and <" + o + ">",
                            "each combination of dimension values is one cell of the table");
                    continue;
                }
                if (r.get().withheld()) {
                    withheld.set(cells.size());
                }
                nodes.add(o);
                cells.add(new Cell(r.get().key(), r.get().value()));
            }
        }
        tally.addTo(problems);
        return tally.isEmpty() && !elsewhere
                ? Optional.of(new ObservedTable(nodes, s.dimensions(), cells, withheld))
                : Optional.empty();
    }

    /**
     * Adds a problem unless the observations are {@code <version>/obs/1} to {@code /obs/n} numbered in
     * {@link KeyOrder}, as a node numbers them. Numbered in any other order (the upload's, on a node from before key
     * order; or a hostile peer's choosing), the numbers could put each withheld cell between two published counts, or
     * carry a count themselves, and this portal would serve them in its SPARQL, downloads and menus
     * (docs/disclosure.md, "Row order").
     */
    static void checkNumbering(Node version, ObservedTable table, List<String> problems) {
        List<Node> nodes = table.observations();
        List<Cell> cells = table.cells();
        Integer[] order = new Integer[cells.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(
                order,
                (x, y) -> KeyOrder.KEYS.compare(cells.get(x).key(), cells.get(y).key()));
        String base = version.getURI() + "/obs/";
        for (int n = 0; n < order.length; n++) {
            Node o = nodes.get(order[n]);
            if (!o.isURI() || !o.getURI().equals(base + (n + 1))) {
                problems.add("the observations are not numbered in key order: <" + o + "> should be <" + base + (n + 1)
                        + "> (observations are <" + base + "1> to <" + base + order.length + ">, numbered by their"
                        + " dimensions' codes in qb:order, whole-number codes by value); numbered in another order, such"
                        + " as a sheet sorted by count, the numbers would place each withheld cell between two"
                        + " published counts. A node from before this rule numbered rows as uploaded: the peer should"
                        + " update its node and publish the dataset again (docs/disclosure.md, \"Row order\")");
                return;
            }
        }
    }

    /** Refuses observations and counts in the record or publisher graph, where no check would look for them. */
    private boolean outsideTheVersion(Bundle b, List<String> problems) {
        boolean found = false;
        for (Node graph : b.graphs()) {
            if (graph.equals(b.version())) {
                continue;
            }
            Graph g = b.quads().getGraph(graph);
            List<Triple> misplaced = new ArrayList<>();
            for (Node p : cubeProperties) {
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(misplaced::add);
            }
            g.find(Node.ANY, DATA_SET, Node.ANY).forEachRemaining(misplaced::add);
            g.find(Node.ANY, OBS_STATUS, Node.ANY).forEachRemaining(misplaced::add);
            g.find(Node.ANY, TYPE, QB.Observation.asNode()).forEachRemaining(misplaced::add);
            if (!misplaced.isEmpty()) {
                problems.add(misplaced.size() + " statement(s) of observations lie in graph <" + graph + ">, e.g. <"
                        + misplaced.getFirst().getSubject() + "> <"
                        + misplaced.getFirst().getPredicate()
                        + ">; observations and their counts belong in the version's graph only");
                found = true;
            }
        }
        return found;
    }

    /** The statements of {@code p} in {@code g} (of {@code rdf:type}: those giving the type qb:Observation). */
    private static long count(Graph g, Node p) {
        var all = p.equals(TYPE) ? g.find(Node.ANY, TYPE, QB.Observation.asNode()) : g.find(Node.ANY, p, Node.ANY);
        long n = 0;
        try {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        } finally {
            all.close();
        }
        return n;
    }

    /**
     * Reads observation {@code o}; adds each of its statements to {@code counted} by property ({@code rdf:type} only
     * with the object qb:Observation).
     */
    private Optional<Reading> read(Graph g, Node o, Node version, Structure s, Tally tally, Map<Node, long[]> counted) {
        Map<Node, List<Node>> values = new HashMap<>();
        boolean ok = true;
        var it = g.find(o, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Triple t = it.next();
            Node p = t.getPredicate();
            if (!p.equals(TYPE) || t.getObject().equals(QB.Observation.asNode())) {
                counted.computeIfAbsent(p, x -> new long[1])[0]++;
            }
            if (!p.equals(TYPE)
                    && !p.equals(DATA_SET)
                    && !p.equals(OBS_STATUS)
                    && !p.equals(s.measure())
                    && !s.dimensions().contains(p)) {
                tally.add(
                        "an observation carries <" + p + ">",
                        "<" + o + ">",
                        "an observation may carry only rdf:type, qb:dataSet, the structure's dimensions, its measure and sdmx:obsStatus");
                ok = false;
            }
            values.computeIfAbsent(p, k -> new ArrayList<>(1)).add(t.getObject());
        }
        ok &= exactly(values, TYPE, QB.Observation.asNode(), o, "its type must be qb:Observation only", tally);
        ok &= exactly(
                values,
                DATA_SET,
                version,
                o,
                "it must belong to the version <" + version + "> (qb:dataSet) and nothing else",
                tally);
        List<String> named = new ArrayList<>(s.dimensions().size());
        for (Node d : s.dimensions()) {
            List<Node> v = values.getOrDefault(d, List.of());
            if (v.size() != 1 || !v.getFirst().isURI()) {
                tally.add(
                        "an observation does not have exactly one IRI for the dimension <" + d + ">",
                        "<" + o + "> has " + shown(v),
                        "every dimension value is a code, area or period IRI");
                ok = false;
            } else {
                named.add(
                        totals.contains(v.getFirst())
                                ? Cell.TOTAL
                                : v.getFirst().getURI());
            }
        }
        // One immutable list, shared by the cell and the duplicate-key map.
        List<String> key = List.copyOf(named);
        List<Node> status = values.getOrDefault(OBS_STATUS, List.of());
        List<Node> counts = values.getOrDefault(s.measure(), List.of());
        boolean confidential = !status.isEmpty();
        if (confidential && (status.size() != 1 || !status.getFirst().equals(CONFIDENTIAL) || !counts.isEmpty())) {
            tally.add(
                    "a withheld observation must have sdmx:obsStatus <" + CONFIDENTIAL + "> once and no count",
                    "<" + o + "> has status " + shown(status) + " and " + counts.size() + " count(s)",
                    "withhold a cell by leaving out its count");
            return Optional.empty();
        }
        if (confidential) {
            return ok ? Optional.of(new Reading(key, 0, true)) : Optional.empty();
        }
        if (counts.size() != 1) {
            tally.add(
                    "an observation must have exactly one count (or be withheld)",
                    "<" + o + "> has " + counts.size(),
                    "write one value of the measure per observation");
            return Optional.empty();
        }
        Node count = counts.getFirst();
        if (!count.isLiteral()
                || !XSDDatatype.XSDinteger.getURI().equals(count.getLiteralDatatypeURI())
                || !CANONICAL_COUNT.matcher(count.getLiteralLexicalForm()).matches()) {
            tally.add(
                    "a count is not a non-negative xsd:integer in canonical form",
                    "<" + o + "> holds " + form(count),
                    "write counts as \"40\"^^xsd:integer");
            return Optional.empty();
        }
        long value = Long.parseLong(count.getLiteralLexicalForm());
        if (value >= 1 && value < threshold) {
            tally.add(
                    "published count(s) lie between 1 and " + (threshold - 1)
                            + ", below this portal's disclosure threshold " + threshold,
                    "<" + o + ">",
                    "the peer must suppress them (or run with --threshold " + threshold + " or more)");
            return Optional.empty();
        }
        return ok ? Optional.of(new Reading(key, value, false)) : Optional.empty();
    }

    /** Whether {@code o} has one of the properties before {@code order[i]}, through which it was found already. */
    private static boolean foundBefore(Graph g, Node o, List<Node> order, int i) {
        for (int j = 0; j < i; j++) {
            Node p = order.get(j);
            if (p.equals(TYPE) ? g.contains(o, TYPE, QB.Observation.asNode()) : g.contains(o, p, Node.ANY)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is the first statement of its subject and predicate: a subject is read once per property. */
    private static boolean firstOf(Graph g, Triple t) {
        var same = g.find(t.getSubject(), t.getPredicate(), Node.ANY);
        try {
            return !same.hasNext() || same.next().getObject().equals(t.getObject());
        } finally {
            same.close();
        }
    }

    private static boolean exactly(
            Map<Node, List<Node>> values, Node p, Node expected, Node o, String rule, Tally tally) {
        List<Node> v = values.getOrDefault(p, List.of());
        if (v.size() == 1 && v.getFirst().equals(expected)) {
            return true;
        }
        tally.add("an observation has " + shown(v) + " for <" + p + ">", "<" + o + ">", rule);
        return false;
    }

    /**
     * Nodes for a refusal, which is shown and logged: a literal only when it is short and numeric, as it may hold
     * personal data.
     */
    /**
     * What kind of value a count is, without the value: refusals are public (the peers page, {@code /api/peers}), and a
     * count written as {@code "3.0"} is still a count below k that this portal must not repeat.
     */
    private static String form(Node count) {
        return count.isLiteral()
                ? "a literal of " + count.getLiteralLexicalForm().length() + " characters typed <"
                        + count.getLiteralDatatypeURI() + ">"
                : count.isURI() ? "an IRI" : "a blank node";
    }

    private static String shown(List<Node> nodes) {
        return nodes.stream()
                .map(n -> !n.isLiteral()
                        ? "<" + n + ">"
                        : SHOWN_LITERAL.matcher(n.getLiteralLexicalForm()).matches() ? n.toString() : form(n))
                .toList()
                .toString();
    }

    /** The version's structure: its dimensions by {@code qb:order}, and its single measure. */
    private static Optional<Structure> structure(Graph g, Node version, List<String> problems) {
        List<Node> dsds = g.find(version, QB.structure.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        if (dsds.size() != 1) {
            problems.add("the version must name exactly one structure (qb:structure); found " + dsds);
            return Optional.empty();
        }
        Map<Node, Long> dimensions = new LinkedHashMap<>();
        List<Node> measures = new ArrayList<>();
        for (Node c : g.find(dsds.getFirst(), QB.component.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .toList()) {
            long order = g.find(c, QB.order.asNode(), Node.ANY)
                    .nextOptional()
                    .map(Triple::getObject)
                    .filter(n -> n.isLiteral() && n.getLiteralValue() instanceof Number)
                    .map(n -> ((Number) n.getLiteralValue()).longValue())
                    .orElse(Long.MAX_VALUE);
            g.find(c, QB.dimension.asNode(), Node.ANY).forEachRemaining(t -> dimensions.put(t.getObject(), order));
            g.find(c, QB.measure.asNode(), Node.ANY).forEachRemaining(t -> measures.add(t.getObject()));
        }
        if (measures.size() != 1
                || !measures.getFirst().isURI()
                || dimensions.isEmpty()
                || dimensions.keySet().stream().anyMatch(d -> !d.isURI() || d.equals(measures.getFirst()))) {
            problems.add(
                    "the structure must have one measure and at least one dimension, all properties; found measures "
                            + measures + " and dimensions " + dimensions.keySet());
            return Optional.empty();
        }
        List<Node> ordered = dimensions.entrySet().stream()
                .sorted(Map.Entry.<Node, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().getURI()))
                .map(Map.Entry::getKey)
                .toList();
        return Optional.of(new Structure(ordered, measures.getFirst()));
    }

    /**
     * Whether every dimension and the measure of {@code st} is one of this registry's vocabulary (or SDMX's area and
     * period), as publishing writes them; else a problem. A dimension of the peer's own has no code list whose total or
     * levels the checks know: a district table with its state as one more value of a dimension called "place" would
     * show every line as protected while the state minus its published districts gives the withheld ones away.
     */
    private boolean known(Structure st, List<String> problems) {
        List<Node> unknown = new ArrayList<>();
        st.dimensions().stream().filter(d -> !cubeProperties.contains(d)).forEach(unknown::add);
        if (!cubeProperties.contains(st.measure())) {
            unknown.add(st.measure());
        }
        if (unknown.isEmpty()) {
            return true;
        }
        problems.add("the structure uses " + shown(unknown) + ", not dimensions or measures of this registry's"
                + " vocabulary; publish with the vocabulary's own (" + PV.NS + "), whose code lists,"
                + " totals and levels the disclosure checks know");
        return false;
    }

    private record Structure(List<Node> dimensions, Node measure) {}

    private record Reading(List<String> key, long value, boolean withheld) {}

    /**
     * Problems counted by kind, each listed once with its first example, so a million bad observations make one line.
     */
    private static final class Tally {
        private final Map<String, long[]> counts = new LinkedHashMap<>();
        private final Map<String, String> examples = new HashMap<>();
        private final Map<String, String> fixes = new HashMap<>();

        void add(String problem, String example, String fix) {
            counts.computeIfAbsent(problem, k -> new long[1])[0]++;
            examples.putIfAbsent(problem, example);
            fixes.putIfAbsent(problem, fix);
        }

        boolean isEmpty() {
            return counts.isEmpty();
        }

        void addTo(List<String> problems) {
            counts.entrySet().stream()
                    .sorted(Comparator.comparingLong(e -> -e.getValue()[0]))
                    .forEach(e -> problems.add(e.getValue()[0] + " observation problem(s): " + e.getKey() + ", e.g. "
                            + examples.get(e.getKey()) + "; " + fixes.get(e.getKey())));
        }
    }
}
