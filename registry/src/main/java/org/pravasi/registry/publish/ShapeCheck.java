package org.pravasi.registry.publish;

import java.util.BitSet;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pravasi.ontology.Ontology;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;

/**
 * SHACL validation with the ontology's shapes. The Data Cube shapes run over the structure and a sample of the
 * observations ({@link #SAMPLE_ROWS}); every row is already checked by the reference checks, which cover the same
 * constraints (codes in scheme, unique keys, every dimension present) for all rows at a fraction of the cost.
 */
public final class ShapeCheck {
    /** Observations validated by SHACL per upload. */
    public static final int SAMPLE_ROWS = 2_000;

    private static final String PROBE = "https://validation.invalid/";

    private final Ontology ontology;

    /** Creates the check over the ontology's shapes and code lists. */
    public ShapeCheck(Ontology ontology) {
        this.ontology = ontology;
    }

    /** Checks that every theme is in the theme scheme. */
    void checkThemes(Descriptor d, String file, Findings findings) {
        for (String t : d.themes()) {
            if (ontology.codes().concept("theme", t).isEmpty()) {
                findings.add(Finding.error(
                        file,
                        0,
                        "themes",
                        t,
                        "'" + t + "' is not a theme of the code list 'theme'.",
                        "Use themes from " + ontology.codes().notations("theme") + "."));
            }
        }
    }

    /** Validates the structure and a sample of observations against the Data Cube shapes. */
    void checkSample(Table table, ResolvedKeys keys, BitSet suppressed, Findings findings) {
        List<Row> sample =
                table.rows().subList(0, Math.min(SAMPLE_ROWS, table.rows().size()));
        DatasetGraph mem = DatasetGraphFactory.createGeneral(); // scratch, one thread: no transactional store needed
        Node version = NodeFactory.createURI(PROBE + "dataset/v1");
        Table sampled = new Table(table.file(), table.descriptor(), sample);
        mem.executeWrite(() -> new CubeWriter(mem).write(version, sampled, keys, suppressed));
        Graph data = GraphFactory.createGraphMem();
        mem.executeRead(
                () -> mem.find(version, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> data.add(q.asTriple())));
        ontology.codeLists().getGraph().find().forEachRemaining(data::add);
        ValidationReport report = ShaclValidator.get().validate(ontology.shapes(), data);
        report.getEntries()
                .forEach(
                        e -> findings.add(
                                Finding.error(
                                        table.file(),
                                        0,
                                        "",
                                        "",
                                        "The generated Data Cube does not conform to the shapes: " + e.message()
                                                + " (focus " + local(e.focusNode()) + ").",
                                        "Check the descriptor's columns and the code-list notations; if the data looks right, report this as a bug.")));
    }

    private static String local(Node n) {
        return n.isURI() ? n.getURI().replace(PROBE, "") : n.toString();
    }
}
