package org.pravasi.registry.federation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.CountsToDate;
import org.pravasi.registry.disclosure.NaturalGroups;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/**
 * What a harvested dataset must satisfy to be shown here, whatever the peer checked: every observation as this registry
 * writes them, with this portal's disclosure rule ({@link ObservationCheck}); every dimension value of the kind
 * publishing writes, one level of area and one granularity of period per dimension ({@link DimensionValues}); no
 * withheld cell derivable ({@link HarvestedTables}); the ontology's SHACL shapes (the catalogue record, and the Data
 * Cube structure with a sample of observations) but its observation rules ({@link Ontology#observationRules()}), which
 * the Java check applies to every observation; and the personal-data screen on every literal and IRI of every graph
 * ({@link GraphScreen}).
 */
final class ContentCheck {
    /**
     * Observations validated by SHACL per harvested version, for the structure's shapes: {@link ObservationCheck}
     * checks every observation.
     */
    static final int SAMPLE_OBSERVATIONS = 200;

    private static final String PUBLISHER_SHAPE = "https://w3id.org/pravasi/shapes#RecordPublisher";

    private final Ontology ontology;
    private final ObservationCheck observations;
    private final BareCounts bareCounts;
    private final CountsToDate stocks;
    private final DimensionValues dimensionValues;
    private final HarvestedTables tables;
    private final GraphScreen screen;
    private final OrganisationGraphCheck organisation = new OrganisationGraphCheck();
    private final ReadersFirst readers;
    private final int threshold;

    ContentCheck(Ontology ontology, int threshold, long maxObservations, ReadersFirst readers) {
        this.threshold = threshold;
        this.ontology = ontology;
        this.readers = readers;
        this.dimensionValues = new DimensionValues(ontology);
        this.tables = new HarvestedTables(threshold);
        this.screen = new GraphScreen(PersonalDataScreen.withThreshold(threshold));
        this.observations =
                new ObservationCheck(totals(ontology), cubeProperties(ontology), threshold, maxObservations);
        this.bareCounts = new BareCounts(cubeProperties(ontology), threshold);
        this.stocks = CountsToDate.of(ontology.codeLists().getGraph());
    }

    /**
     * Checks the texts of a withdrawal a peer states, the tombstone, as a bundle's are: the personal-data screen, the
     * lengths of texts, and no bare count or digest anywhere in them (its reason is free text, and no statement a
     * tombstone may hold is a number or a digest).
     */
    void checkTombstone(Tombstone t, List<String> problems) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        quads.addGraph(t.dataset(), t.facts());
        List<Node> graphs = List.of(t.dataset());
        screen.check(quads, graphs, problems);
        LiteralLimits.check(quads, graphs, problems);
        bareCounts.checkNowhere(quads, t.dataset(), problems);
        StatedDigests.checkTexts(quads, t.dataset(), problems);
    }

    /**
     * Adds a problem per rule {@code b} breaks; returns its table of counts when its observations could be read, for
     * the checks that need the store ({@link HarvestedTogether}).
     */
    Optional<ObservedTable> check(Bundle b, Problems problems) {
        return check(b, table -> NaturalGroups.NONE, problems);
    }

    /**
     * As {@link #check(Bundle, Problems)}, with the totals of the groups {@code groups} finds among the table's keys (a
     * year of quarters, a state of districts) known to the attacker, as at publishing. What would give a withheld count
     * away, or repeat a small one, is filed under {@link RefusalRule#DISCLOSURE}, the rest under
     * {@link RefusalRule#CONTENT}.
     */
    Optional<ObservedTable> check(Bundle b, Function<ObservedTable, NaturalGroups> groups, Problems problems) {
        List<String> content = problems.under(RefusalRule.CONTENT);
        List<String> disclosure = problems.under(RefusalRule.DISCLOSURE);
        // Each check is a step of its own: between them the harvest lets readers go first.
        Optional<ObservedTable> observed = observations.check(b, content);
        observed.ifPresent(table -> {
            readers.yieldToReaders();
            dimensionValues.check(table, content);
            StatedCoverage.check(b, table, content);
            tables.check(table, groups.apply(table), disclosure);
            changesToDate(table, disclosure);
            ObservationCheck.checkNumbering(b.version(), table, disclosure);
        });
        readers.yieldToReaders();
        StatedDigests.check(b, observed.isPresent(), disclosure);
        bareCounts.check(b, disclosure);
        readers.yieldToReaders();
        record(b, content);
        organisation.check(b, content);
        readers.yieldToReaders();
        Graph structure = structure(b);
        cube(structure, content);
        PeerStatements.check(b, structure, content);
        readers.yieldToReaders();
        screen.check(b, content);
        return observed;
    }

    /**
     * A problem if two published counts to date of one series differ by 1 to k-1 ({@link CountsToDate}); it names the
     * cells, never the difference (even the operator's log should not hold it).
     */
    private void changesToDate(ObservedTable table, List<String> problems) {
        List<CountsToDate.Change> changes = stocks.smallChanges(
                table.cells(), table.withheld(), table.dimensions().indexOf(SDMX.refPeriod.asNode()), threshold);
        if (!changes.isEmpty()) {
            CountsToDate.Change c = changes.getFirst();
            problems.add("the counts to date of " + table.describe(c.earlier()) + " and " + table.describe(c.later())
                    + (changes.size() > 1 ? " (and " + (changes.size() - 1) + " more pairs)" : "")
                    + (c.derived()
                            ? " are published line totals that, each less the counts published beside it in both"
                                    + " periods,"
                            : " are both published and")
                    + " differ by less than " + threshold + ": the difference is a count of the people"
                    + " who joined or left between the two periods, so the peer must withhold one of them or publish"
                    + " the people who joined in each period (docs/disclosure.md, \"Counts to date\")");
        }
    }

    /** The disclosure threshold k this portal applies. */
    int threshold() {
        return threshold;
    }

    /** The vocabulary's dimension and measure properties, and the SDMX area and period dimensions. */
    private static Set<Node> cubeProperties(Ontology ontology) {
        Set<Node> properties = new HashSet<>(List.of(SDMX.refArea.asNode(), SDMX.refPeriod.asNode()));
        for (Node type : List.of(QB.DimensionProperty.asNode(), QB.MeasureProperty.asNode())) {
            ontology.vocabulary()
                    .getGraph()
                    .find(Node.ANY, RDF.type.asNode(), type)
                    .forEachRemaining(t -> properties.add(t.getSubject()));
        }
        return properties;
    }

    /** The concepts of the ontology's code lists whose notation is {@code _T}: totals over their list. */
    private static Set<Node> totals(Ontology ontology) {
        Set<Node> totals = new HashSet<>();
        ontology.codeLists()
                .getGraph()
                .find(Node.ANY, SKOS.notation.asNode(), Node.ANY)
                .forEachRemaining(t -> {
                    if (t.getObject().isLiteral()
                            && Cell.TOTAL.equals(t.getObject().getLiteralLexicalForm())) {
                        totals.add(t.getSubject());
                    }
                });
        return totals;
    }

    private void record(Bundle b, List<String> problems) {
        MultiUnion data = new MultiUnion(new Graph[] {
            b.quads().getGraph(b.dataset()),
            ontology.vocabulary().getGraph(),
            ontology.codeLists().getGraph()
        });
        b.org().ifPresent(o -> data.addGraph(b.quads().getGraph(o)));
        ValidationReport report = ShaclValidator.get().validate(ontology.shapes(), data, b.dataset());
        for (ReportEntry e : report.getEntries()) {
            // Standalone nodes have no organisation registration yet, so their publisher graph may be missing.
            if (b.org().isEmpty()
                    && e.source() != null
                    && PUBLISHER_SHAPE.equals(e.source().toString())) {
                continue;
            }
            problems.add("the catalogue record does not conform to the shapes: " + e.message());
        }
    }

    /**
     * The version graph but its observations outside a sample of {@link #SAMPLE_OBSERVATIONS}: its structure, periods
     * and title, with that sample.
     */
    private static Graph structure(Bundle b) {
        Graph version = b.quads().getGraph(b.version());
        Set<Node> observations = new HashSet<>();
        version.find(Node.ANY, QB.dataSet.asNode(), b.version()).forEachRemaining(t -> {
            if (observations.size() < SAMPLE_OBSERVATIONS) {
                observations.add(t.getSubject());
            }
        });
        // Everything but the observations outside the sample: an observation is a subject with a qb:dataSet, asked of
        // the graph (not kept in a set: a version's observations may be too many to hold).
        Graph sample = GraphFactory.createGraphMem();
        Node[] last = {null};
        boolean[] observation = {false};
        version.find().forEachRemaining(t -> {
            if (!t.getSubject().equals(last[0])) {
                last[0] = t.getSubject();
                observation[0] = version.contains(t.getSubject(), QB.dataSet.asNode(), Node.ANY);
            }
            if (!observation[0] || observations.contains(t.getSubject())) {
                sample.add(t);
            }
        });
        return sample;
    }

    private void cube(Graph sample, List<String> problems) {
        // The observation rules (one value per dimension, a count or the confidential status, counts, keys, code
        // lists) are ObservationCheck's and DimensionValues', on every observation: their SPARQL forms, a query plan
        // each per version, were a third of a small harvest's time.
        ValidationReport report = ontology.validateWithoutObservationRules(sample);
        report.getEntries().stream()
                .limit(BundleCheck.MAX_PROBLEMS)
                .forEach(e -> problems.add("the version does not conform to the Data Cube shapes: " + e.message()
                        + " (focus " + e.focusNode() + ")"));
    }
}
