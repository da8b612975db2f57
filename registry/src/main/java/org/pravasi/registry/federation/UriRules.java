package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SCHEMA;

/**
 * Every subject a peer sends must be its own: under its declared base URI (or a blank node). Two exceptions, both
 * checked: the shared reference periods a version describes, which must say exactly what the vocabulary says about
 * them, and the {@code urn:sha256:} source file that older nodes named in a record's provenance (accepted so those
 * peers still harvest, then dropped by {@link HarvestWriter}: it let guesses of withheld cells be tested). Nor may a
 * statement name an organisation, dataset, story or activity of another node (this portal's or another peer's) as
 * publisher, owner, version or part ({@link #OWNING}): a peer's graph naming this portal's organisation as publisher
 * would have made its table one of that organisation's.
 */
final class UriRules {
    private static final String PERIOD_BASE = PravasiUris.BASE + "id/period/";
    private static final String SOURCE_FILE = "urn:sha256:";
    private static final String ORG = "http://www.w3.org/ns/org#";

    /** The kinds of resource under {@code …/id/} that belong to one node. */
    private static final List<String> OWNED = List.of("org", "dataset", "story", "activity", "catalog");

    /**
     * Properties that say who owns, published or made something, or what belongs to what: the ones readers follow to
     * find an organisation's tables, a dataset's versions or a version's observations. Others may name another node's
     * pages (a source's landing page, the story a public figure was quoted from), as publishers write them.
     */
    private static final Set<String> OWNING = Set.of(
            DCTerms.publisher.getURI(),
            DCTerms.creator.getURI(),
            DCTerms.isVersionOf.getURI(),
            DCTerms.hasVersion.getURI(),
            DCTerms.isPartOf.getURI(),
            DCTerms.hasPart.getURI(),
            DCAT3.hasVersion.getURI(),
            DCAT3.hasCurrentVersion.getURI(),
            DCAT3.isVersionOf.getURI(),
            DCAT3.previousVersion.getURI(),
            DCAT.dataset.getURI(),
            DCAT.record.getURI(),
            DCAT.catalog.getURI(),
            FOAF.primaryTopic.getURI(),
            QB.dataSet.getURI(),
            QB.structure.getURI(),
            PROV.wasAttributedTo.getURI(),
            PROV.wasGeneratedBy.getURI(),
            PROV.wasAssociatedWith.getURI(),
            PROV.wasRevisionOf.getURI(),
            ORG + "memberOf",
            ORG + "subOrganizationOf",
            OWL.sameAs.getURI(),
            SCHEMA.publisher.getURI(),
            SCHEMA.NS + "author",
            "https://schema.org/author",
            "https://schema.org/publisher");

    private final String base;

    UriRules(String base) {
        this.base = base;
    }

    void check(Bundle b, List<String> problems) {
        Set<Node> periods = new HashSet<>();
        int outside = 0;
        String example = "";
        int linked = 0;
        String linkExample = "";
        for (Node g : b.graphs()) {
            var it = b.quads().find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                org.apache.jena.sparql.core.Quad q = it.next();
                if (OWNING.contains(q.getPredicate().getURI()) && anotherNodes(q.getObject()) && linked++ == 0) {
                    linkExample = "<" + q.getObject().getURI() + "> in graph <" + g.getURI() + ">";
                }
                Node s = q.getSubject();
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
        if (linked > 0) {
            problems.add(linked + " statement(s) name an organisation, dataset, story or activity of another node as"
                    + " publisher, owner or part, e.g. " + linkExample + "; a node may only say so of its own (read as"
                    + " another node's, they would change what that node's organisations publish)");
        }
        periods.forEach(p -> checkPeriod(b, p, problems));
    }

    /**
     * Whether {@code o} names an organisation, dataset (or version), story, activity or catalogue not under the peer's
     * base: this portal's or another peer's. Districts, states, periods and the vocabulary are shared by every node.
     */
    private boolean anotherNodes(Node o) {
        if (!o.isURI() || o.getURI().startsWith(base)) {
            return false;
        }
        String uri = o.getURI();
        int at = uri.indexOf("/id/");
        while (at >= 0) {
            String rest = uri.substring(at + "/id/".length());
            for (String kind : OWNED) {
                if (rest.startsWith(kind + "/") || rest.equals(kind)) {
                    return true;
                }
            }
            at = uri.indexOf("/id/", at + 1);
        }
        return false;
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
