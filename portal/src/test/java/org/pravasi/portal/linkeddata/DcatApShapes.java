package org.pravasi.portal.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** The official DCAT-AP 3.0.0 SHACL shapes ({@code src/test/resources/dcat-ap}) and a readable report of a graph. */
final class DcatApShapes {
    private static final Shapes SHAPES = load();

    private DcatApShapes() {}

    /**
     * The violations of {@code data}, grouped by shape (at most 10 shown per shape), headed by their count; the count
     * is {@code 0} when the graph conforms.
     */
    static Report validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
        Map<String, List<String>> byShape = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            byShape.computeIfAbsent(e.source().toString(), k -> new ArrayList<>())
                    .add(e.focusNode() + " " + e.resultPath() + " = " + e.value() + ": " + e.message());
        }
        StringBuilder msg = new StringBuilder(
                report.getEntries().size() + " DCAT-AP 3.0.0 violations in " + byShape.size() + " shapes\n");
        byShape.forEach((shape, entries) -> {
            msg.append("\n").append(shape).append(" (").append(entries.size()).append(")\n");
            entries.stream().limit(10).forEach(e -> msg.append("  ").append(e).append('\n'));
            if (entries.size() > 10) {
                msg.append("  ... and ").append(entries.size() - 10).append(" more\n");
            }
        });
        return new Report(report.getEntries().size(), msg.toString());
    }

    /** A validation's number of violations and its text. */
    record Report(int violations, String text) {}

    private static Shapes load() {
        try (InputStream in = DcatApShapes.class.getResourceAsStream("/dcat-ap/dcat-ap-SHACL.ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
