package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;

/**
 * Every subject a peer sends must be its own: under its declared base URI (or a blank node). Two exceptions, both
 * checked: the shared reference periods a version describes, which must say exactly what the vocabulary says about
 * them, and the {@code urn:sha256:} source file that older nodes named in a record's provenance (accepted so those
 * peers still harvest, then dropped by {@link HarvestWriter}: it let guesses of withheld cells be tested).
 */
final class UriRules {
    private static final String PERIOD_BASE = PravasiUris.BASE + "id/period/";
    private static final String SOURCE_FILE = "urn:sha256:";

    private final String base;

    UriRules(String base) {
        this.base = base;
    }

    void check(Bundle b, List<String> problems) {
        Set<Node> periods = new HashSet<>();
        int outside = 0;
        String example = "";
        for (Node g : b.graphs()) {
            var it = b.quads().find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isBlank() || s.isURI() && s.getURI().startsWith(base)) {
                    continue;
                }
                if (g.equals(b.version()) && s.isURI() && s.getURI().startsWith(PERIOD_BASE)) {
                    periods.add(s);
                } else if (g.equals(b.dataset()) && s.isURI() && s.getURI().startsWith(SOURCE_FILE)) {
                    continue;
                } else if (outside++ == 0) {
                    example = "<" + s + "> in graph <" + g.getURI() + ">";
                }
            }
        }
        if (outside > 0) {
            problems.add(outside + " statement(s) describe subjects outside the peer's declared base <" + base
                    + ">, e.g. " + example + "; a node may only publish under its own base");
        }
        periods.forEach(p -> checkPeriod(b, p, problems));
    }

    private static void checkPeriod(Bundle b, Node p, List<String> problems) {
        List<Triple> sent = new ArrayList<>();
        b.quads().find(b.version(), p, Node.ANY, Node.ANY).forEachRemaining(q -> sent.add(q.asTriple()));
        String granularity = sent.stream()
                .filter(t -> t.getPredicate().equals(PV.granularity.asNode())
                        && t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm())
                .findFirst()
                .orElse("");
        try {
            Period period = Period.parse(p.getURI().substring(PERIOD_BASE.length()), granularity);
            Set<Triple> canonical = Set.of(
                    Triple.create(p, RDF.type.asNode(), PV.Period.asNode()),
                    Triple.create(p, RDFS.label.asNode(), NodeFactory.createLiteralString(period.label())),
                    Triple.create(
                            p,
                            PV.periodStart.asNode(),
                            NodeFactory.createLiteralDT(period.start().toString(), XSDDatatype.XSDdate)),
                    Triple.create(
                            p,
                            PV.periodEnd.asNode(),
                            NodeFactory.createLiteralDT(period.end().toString(), XSDDatatype.XSDdate)),
                    Triple.create(
                            p,
                            PV.granularity.asNode(),
                            NodeFactory.createLiteralString(period.granularity().id())));
            if (!canonical.containsAll(sent)) {
                problems.add(
                        "the shared period <" + p.getURI()
                                + "> is described differently from the vocabulary; send only its type, label, start, end and granularity");
            }
        } catch (RuntimeException e) {
            problems.add("<" + p.getURI() + "> is not a well-formed reference period of granularity '" + granularity
                    + "': " + e.getMessage());
        }
    }
}
