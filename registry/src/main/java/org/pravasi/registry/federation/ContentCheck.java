package org.pravasi.registry.federation;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;

/**
 * What a harvested dataset must satisfy to be shown here, whatever the peer checked: the ontology's SHACL shapes
 * (the catalogue record, and the Data Cube structure with a sample of observations, as at publishing), this
 * portal's disclosure rule on every observation (no count in 1..k-1), and the personal-data screen on the
 * record's texts.
 */
final class ContentCheck {
    /** Observations validated by SHACL per harvested version: the source validated 2,000 at publishing, and the SPARQL-based cube shapes grow faster than linearly with the sample. */
    static final int SAMPLE_OBSERVATIONS = 200;
    private static final String PUBLISHER_SHAPE = "https://w3id.org/pravasi/shapes#RecordPublisher";

    private final Ontology ontology;
    private final int threshold;
    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    ContentCheck(Ontology ontology, int threshold) {
        this.ontology = ontology;
        this.threshold = threshold;
    }

    void check(Bundle b, List<String> problems) {
        disclosure(b, problems);
        record(b, problems);
        cube(b, problems);
        personalData(b, problems);
    }

    private void disclosure(Bundle b, List<String> problems) {
        Graph version = b.quads().getGraph(b.version());
        Set<Node> measures = new HashSet<>();
        version.find(Node.ANY, QB.measure.asNode(), Node.ANY).forEachRemaining(t -> measures.add(t.getObject()));
        long small = 0;
        String example = "";
        for (Node m : measures) {
            var it = version.find(Node.ANY, m, Node.ANY);
            while (it.hasNext()) {
                var t = it.next();
                if (t.getObject().isLiteral() && t.getObject().getLiteralValue() instanceof Number n) {
                    BigInteger v = new BigInteger(n.toString().replaceAll("\\..*$", ""));
                    if (v.signum() > 0 && v.compareTo(BigInteger.valueOf(threshold)) < 0 && small++ == 0) {
                        example = "<" + t.getSubject() + "> = " + v;
                    }
                }
            }
        }
        if (small > 0) {
            problems.add(small + " published count(s) lie between 1 and " + (threshold - 1) + ", below this portal's disclosure threshold "
                    + threshold + ", e.g. " + example + "; the peer must suppress them (or run with --threshold " + threshold + " or more)");
        }
    }

    private void record(Bundle b, List<String> problems) {
        MultiUnion data = new MultiUnion(new Graph[] {b.quads().getGraph(b.dataset()), ontology.vocabulary().getGraph(), ontology.codeLists().getGraph()});
        b.org().ifPresent(o -> data.addGraph(b.quads().getGraph(o)));
        ValidationReport report = ShaclValidator.get().validate(ontology.shapes(), data, b.dataset());
        for (ReportEntry e : report.getEntries()) {
            // Standalone nodes have no organisation registration yet, so their publisher graph may be missing.
            if (b.org().isEmpty() && e.source() != null && PUBLISHER_SHAPE.equals(e.source().toString())) {
                continue;
            }
            problems.add("the catalogue record does not conform to the shapes: " + e.message());
        }
    }

    private void cube(Bundle b, List<String> problems) {
        Graph version = b.quads().getGraph(b.version());
        Set<Node> observations = new HashSet<>();
        version.find(Node.ANY, QB.dataSet.asNode(), b.version()).forEachRemaining(t -> {
            if (observations.size() < SAMPLE_OBSERVATIONS) {
                observations.add(t.getSubject());
            }
        });
        Set<Node> allObservations = new HashSet<>();
        version.find(Node.ANY, QB.dataSet.asNode(), Node.ANY).forEachRemaining(t -> allObservations.add(t.getSubject()));
        Graph sample = GraphFactory.createGraphMem();
        version.find().forEachRemaining(t -> {
            if (!allObservations.contains(t.getSubject()) || observations.contains(t.getSubject())) {
                sample.add(t);
            }
        });
        ValidationReport report = ontology.validate(sample);
        report.getEntries().stream().limit(BundleCheck.MAX_PROBLEMS).forEach(e ->
                problems.add("the version does not conform to the Data Cube shapes: " + e.message() + " (focus " + e.focusNode() + ")"));
    }

    private void personalData(Bundle b, List<String> problems) {
        Graph record = b.quads().getGraph(b.dataset());
        for (Node p : List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), DCAT.keyword.asNode())) {
            record.find(b.dataset(), p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    for (PersonalDataFinding f : screen.checkText(t.getObject().getLiteralLexicalForm())) {
                        problems.add("the record's " + p.getLocalName() + " looks like it holds personal data (" + f.kind() + ": "
                                + f.maskedExcerpt() + "); nothing that identifies a person may be shown");
                    }
                }
            });
        }
    }
}
