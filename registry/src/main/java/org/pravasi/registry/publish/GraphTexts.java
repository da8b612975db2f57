package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.ShownMarkdown;
import org.pravasi.registry.stated.PipeTables;

/**
 * Every text of a graph that a reader sees, for {@link StatedFiguresCheck}: each string literal (plain or with a
 * language) whatever its predicate (a title, a description, a keyword, a source, a centre's name, a withdrawal reason),
 * but identifiers, notations, version numbers, digests, language codes and the names of the rules applied, which the
 * node writes itself; a story's body as its page shows it.
 */
public final class GraphTexts {
    private static final Set<Node> NOT_TEXT = Set.of(
            DCTerms.identifier.asNode(),
            SKOS.notation.asNode(),
            DCAT3.version.asNode(),
            PV.tableSha256.asNode(),
            PV.rule.asNode(),
            DCTerms.language.asNode(),
            SCHEMA.inLanguage.asNode(),
            RDF.type.asNode());

    private GraphTexts() {}

    /**
     * The texts of graph {@code graph} of {@code dsg}, named {@code file} in findings.
     *
     * @param fresh whether they are being published now
     * @param areas the places they speak of where a sentence names none (a story's districts)
     * @param declared the phrases declared public with their sources
     */
    public static List<StatedText> of(
            DatasetGraph dsg, Node graph, String file, boolean fresh, Set<String> areas, List<String> declared) {
        return read(dsg, graph, file, fresh, areas, declared, true);
    }

    /**
     * Every literal of graph {@code graph} that is no number, date, time or boolean, whatever its predicate or
     * datatype: a peer writes every statement of what it sends, the node's own fields included, so at harvest nothing
     * is taken as the node's own; with the phrases the graph declares public ({@code prov:value}).
     */
    public static List<StatedText> sent(DatasetGraph dsg, Node graph, String file) {
        return read(dsg, graph, file, true, Set.of(), declared(dsg, graph), false);
    }

    /**
     * The texts of a peer's version graph {@code version} beside its observations, which hold none: its titles and its
     * periods' labels and granularities (the only text properties a version may use outside its observations), with the
     * phrases its record {@code record} declares public. Read by property, so a version of a million observations costs
     * no more.
     */
    public static List<StatedText> sentBesideObservations(DatasetGraph dsg, Node version, Node record, String file) {
        List<String> declared = declared(dsg, record);
        List<StatedText> out = new ArrayList<>();
        for (Node p : List.of(
                DCTerms.title.asNode(), org.apache.jena.vocabulary.RDFS.label.asNode(), PV.granularity.asNode())) {
            dsg.find(version, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && !isValue(q.getObject())) {
                    out.add(new StatedText(
                            file, p.getLocalName(), q.getObject().getLiteralLexicalForm(), Set.of(), declared, true));
                }
            });
        }
        return out;
    }

    /** The phrases graph {@code graph} declares public ({@code prov:value}). */
    private static List<String> declared(DatasetGraph dsg, Node graph) {
        List<String> declared = new ArrayList<>();
        dsg.find(graph, Node.ANY, org.pravasi.ontology.PROV.value.asNode(), Node.ANY)
                .forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        declared.add(q.getObject().getLiteralLexicalForm());
                    }
                });
        return declared;
    }

    private static List<StatedText> read(
            DatasetGraph dsg,
            Node graph,
            String file,
            boolean fresh,
            Set<String> areas,
            List<String> declared,
            boolean own) {
        List<StatedText> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (!o.isLiteral() || own && (NOT_TEXT.contains(q.getPredicate()) || !isText(o)) || !own && isValue(o)) {
                return;
            }
            if (q.getPredicate().equals(PV.rule.asNode()) && Rules.ALL.contains(o.getLiteralLexicalForm())) {
                return; // the names of the rules every node applies ("counts 1..k-1 withheld"), as this node words them
            }
            String text = o.getLiteralLexicalForm();
            if (q.getPredicate().equals(SCHEMA.articleBody.asNode())) {
                text = ShownMarkdown.of(PipeTables.writtenOut(text)).text();
            }
            out.add(new StatedText(file, q.getPredicate().getLocalName(), text, areas, declared, fresh));
        });
        return out;
    }

    /** A number, date, time or boolean: no text. */
    private static boolean isValue(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (dt == null || !dt.startsWith(XSDDatatype.XSD + "#")) {
            return false;
        }
        String type = dt.substring(dt.indexOf('#') + 1);
        return Set.of(
                        "integer",
                        "int",
                        "long",
                        "short",
                        "byte",
                        "decimal",
                        "double",
                        "float",
                        "nonNegativeInteger",
                        "positiveInteger",
                        "unsignedInt",
                        "unsignedLong",
                        "date",
                        "dateTime",
                        "dateTimeStamp",
                        "gYear",
                        "gYearMonth",
                        "boolean",
                        "duration")
                .contains(type);
    }

    private static boolean isText(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        return dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) || dt.equals(RDF.dtLangString.getURI());
    }
}
