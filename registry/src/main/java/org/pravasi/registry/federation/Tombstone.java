package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PROV;
import org.pravasi.registry.publish.VersionNumbers;

/**
 * What this portal keeps of a peer's record of a dataset the peer withdrew: the withdrawal alone, as a node records its
 * own (the activity that invalidated the dataset and its last version, its end, its reason, its agent), from an
 * allow-list ({@link #allows}). The rest of the record stays this portal's copy, checked when it was harvested: a
 * tombstone is not checked as a bundle is, so anything else in it (a digest, a count, a label of a withheld cell) would
 * be shown unchecked.
 *
 * @param dataset the withdrawn dataset, also the name of its record graph
 * @param base the peer's base
 * @param facts the statements of the withdrawal, each one {@link #allows} admits
 */
record Tombstone(Node dataset, String base, Graph facts) {
    /** What a withdrawal states of its activity, beside the links from the dataset and its version to it. */
    static final Set<Node> ACTIVITY_PROPERTIES = Set.of(
            RDF.type.asNode(),
            PROV.endedAtTime.asNode(),
            DCTerms.description.asNode(),
            PROV.wasAssociatedWith.asNode());

    private static final Node INVALIDATED_BY = PROV.wasInvalidatedBy.asNode();
    /** The last segment of an activity's IRI: a node names it by a UUID. */
    private static final Pattern ACTIVITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    Tombstone {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * The tombstone {@code sent} gives, of the statements {@link #allows} admits: only those of the one activity the
     * dataset names as its withdrawal, each stated with one value. Two activities, or two reasons, ends or agents of
     * one, leave those facts out: which one a reader would see is not the peer's to decide by the order of the store.
     */
    static Tombstone of(Node dataset, String base, Graph sent) {
        Tombstone all = new Tombstone(dataset, base, sent);
        Graph kept = GraphFactory.createGraphMem();
        List<Node> named = new ArrayList<>();
        sent.find(dataset, INVALIDATED_BY, Node.ANY).forEachRemaining(t -> named.add(t.getObject()));
        if (named.size() == 1) {
            Node activity = named.getFirst();
            sent.find().forEachRemaining(t -> {
                boolean ofIt = t.getSubject().equals(activity) || t.getObject().equals(activity);
                if (all.allows(t) && ofIt && statedOnce(sent, t)) {
                    kept.add(t);
                }
            });
        }
        return new Tombstone(dataset, base, kept);
    }

    /**
     * Whether a tombstone may hold {@code t}, the allow-list: the dataset or a version of it
     * {@code prov:wasInvalidatedBy} an activity of the peer ({@code BASE/id/activity/ID}); and of that activity its
     * type {@code prov:Activity}, its end {@code prov:endedAtTime} (an {@code xsd:dateTime}), its reason
     * {@code dct:description} (a string) and its agent {@code prov:wasAssociatedWith}, the organisation whose path the
     * dataset lies under. Nothing else: not the record's other statements, nor any about its versions, observations or
     * terms.
     */
    boolean allows(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (s.equals(dataset) || isVersion(s)) {
            return p.equals(INVALIDATED_BY) && isActivity(o);
        }
        if (!isActivity(s) || !ACTIVITY_PROPERTIES.contains(p)) {
            return false;
        }
        if (p.equals(RDF.type.asNode())) {
            return o.equals(PROV.Activity.asNode());
        }
        if (p.equals(PROV.endedAtTime.asNode())) {
            return o.isLiteral()
                    && o.getLiteralDatatype().equals(XSDDatatype.XSDdateTime)
                    && o.getLiteralDatatype().isValid(o.getLiteralLexicalForm());
        }
        if (p.equals(DCTerms.description.asNode())) {
            return o.isLiteral()
                    && (o.getLiteralDatatype().equals(XSDDatatype.XSDstring)
                            || !o.getLiteralLanguage().isEmpty());
        }
        return isPublisher(o);
    }

    private static boolean statedOnce(Graph g, Triple t) {
        var it = g.find(t.getSubject(), t.getPredicate(), Node.ANY);
        it.next();
        boolean once = !it.hasNext();
        it.close();
        return once;
    }

    /** The activities the tombstone names as the withdrawal. */
    Set<Node> activities() {
        Set<Node> out = new HashSet<>();
        facts.find(Node.ANY, INVALIDATED_BY, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** Whether {@code n} names a version of the dataset ({@code DATASET/vN}). */
    boolean isVersion(Node n) {
        return n.isURI() && VersionNumbers.isVersionOf(dataset.getURI(), n.getURI());
    }

    private boolean isActivity(Node n) {
        String prefix = base + "id/activity/";
        return n.isURI()
                && n.getURI().startsWith(prefix)
                && ACTIVITY_ID.matcher(n.getURI().substring(prefix.length())).matches();
    }

    /** Whether {@code n} is the organisation whose path the dataset lies under ({@code BASE/id/org/ORG}). */
    private boolean isPublisher(Node n) {
        String prefix = base + "id/dataset/";
        String d = dataset.getURI();
        int slash = d.indexOf('/', prefix.length());
        return n.isURI()
                && d.startsWith(prefix)
                && slash > prefix.length()
                && n.getURI().equals(base + "id/org/" + d.substring(prefix.length(), slash));
    }
}
