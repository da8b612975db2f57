package org.pravasi.portal.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.NodeValue;
import org.pravasi.portal.linkeddata.CsvDownload;

/**
 * The formula guard of the dataset downloads ({@link CsvDownload#protect}) applied to SPARQL CSV and TSV results: a
 * text cell that a spreadsheet would run as a formula gets a leading single quote; numbers stay as they are.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {}

    /** {@code row} with every literal that would start a formula protected. */
    static Binding protect(Binding row) {
        BindingBuilder b = BindingBuilder.create();
        boolean changed = false;
        for (var it = row.vars(); it.hasNext(); ) {
            var v = it.next();
            Node n = row.get(v);
            Node safe = protect(n);
            changed |= safe != n;
            b.add(v, safe);
        }
        return changed ? b.build() : row;
    }

    private static Node protect(Node n) {
        if (!n.isLiteral() || NodeValue.makeNode(n).isNumber()) {
            return n;
        }
        String lex = n.getLiteralLexicalForm();
        String safe = CsvDownload.protect(lex);
        if (safe.equals(lex)) {
            return n;
        }
        return n.getLiteralLanguage().isEmpty()
                ? NodeFactory.createLiteralDT(safe, n.getLiteralDatatype())
                : NodeFactory.createLiteralLang(safe, n.getLiteralLanguage());
    }
}
