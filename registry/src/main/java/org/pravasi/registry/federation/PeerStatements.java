package org.pravasi.registry.federation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;

/**
 * Only the statements a node of this registry writes: each graph of a peer's dataset may use only the properties that
 * publishing writes into that graph (the catalogue record: {@code CatalogRecord}, with the withdrawals it keeps; the
 * organisation: {@code Organisations}; the version, outside its observations: {@code CubeWriter}). Why: every check of
 * the harvest reads the texts and numbers a node writes under the properties it writes them, and a property of the
 * peer's own carries what no check reads in its name: {@code <ds> ex:katihar-men-2024-q1 "45"} states a figure whose
 * scope is the property (review 40b). Observations are held to their own list ({@link ObservationCheck}).
 */
final class PeerStatements {
    /** Problems listed per graph; the rest are counted. */
    private static final int LISTED = 3;

    /** What a catalogue record holds: the dataset, its versions, their publish and withdrawal activities. */
    static final Set<Node> RECORD = Set.of(
            RDF.type.asNode(),
            DCTerms.identifier.asNode(),
            DCTerms.title.asNode(),
            DCTerms.description.asNode(),
            DCTerms.license.asNode(),
            DCTerms.publisher.asNode(),
            DCTerms.language.asNode(),
            DCTerms.source.asNode(),
            DCTerms.issued.asNode(),
            DCTerms.modified.asNode(),
            DCTerms.temporal.asNode(),
            DCTerms.spatial.asNode(),
            DCTerms.isReplacedBy.asNode(),
            DCAT.theme.asNode(),
            DCAT.keyword.asNode(),
            DCAT.landingPage.asNode(),
            DCAT.contactPoint.asNode(),
            DCAT.startDate.asNode(),
            DCAT.endDate.asNode(),
            DCAT3.version.asNode(),
            DCAT3.hasCurrentVersion.asNode(),
            DCAT3.hasVersion.asNode(),
            DCAT3.previousVersion.asNode(),
            DCAT3.isVersionOf.asNode(),
            PV.illustrative.asNode(),
            PV.withdrawn.asNode(),
            PV.addedCode.asNode(),
            PV.removedCode.asNode(),
            PV.observations.asNode(),
            PV.suppressedCells.asNode(),
            PV.tableSha256.asNode(),
            PV.suppressionThreshold.asNode(),
            PV.rule.asNode(),
            PROV.wasGeneratedBy.asNode(),
            PROV.wasAssociatedWith.asNode(),
            PROV.wasInvalidatedBy.asNode(),
            PROV.startedAtTime.asNode(),
            PROV.endedAtTime.asNode(),
            PROV.used.asNode(),
            PROV.value.asNode(),
            PROV.wasQuotedFrom.asNode());

    /** What an organisation's profile holds: names, a description, a type, links, states and centres. */
    static final Set<Node> ORGANISATION = Set.of(
            RDF.type.asNode(),
            FOAF.name.asNode(),
            SKOS.prefLabel.asNode(),
            DCTerms.identifier.asNode(),
            DCTerms.description.asNode(),
            DCTerms.type.asNode(),
            DCAT.contactPoint.asNode(),
            FOAF.homepage.asNode(),
            PV.illustrative.asNode(),
            PV.state.asNode(),
            PV.centre.asNode(),
            PV.district.asNode(),
            RDFS.label.asNode());

    /** What a version holds beside its observations: its title, its structure and its periods. */
    static final Set<Node> STRUCTURE = Set.of(
            RDF.type.asNode(),
            DCTerms.title.asNode(),
            QB.structure.asNode(),
            QB.component.asNode(),
            QB.dimension.asNode(),
            QB.measure.asNode(),
            QB.attribute.asNode(),
            QB.order.asNode(),
            PV.categoriesOverlap.asNode(),
            RDFS.label.asNode(),
            PV.periodStart.asNode(),
            PV.periodEnd.asNode(),
            PV.granularity.asNode(),
            // A portal stamps the versions it harvests with its own time, which replaces any a peer sends.
            PROV.generatedAtTime.asNode());

    private PeerStatements() {}

    /**
     * Adds a problem per graph of {@code b} that uses a property its node would not write there; {@code structure} is
     * the version graph without its observations (or with a sample of them, which it skips).
     */
    static void check(Bundle b, Graph structure, List<String> problems) {
        check(b.quads().getGraph(b.dataset()), "the catalogue record", RECORD, false, problems);
        b.org().ifPresent(o -> check(b.quads().getGraph(o), "the organisation graph", ORGANISATION, false, problems));
        check(structure, "the version, outside its observations,", STRUCTURE, true, problems);
        subjects(b, structure, problems);
    }

    /** A version IRI's tail after its dataset's: "/v3". */
    private static final Pattern VERSION = Pattern.compile("/v[0-9]{1,6}");

    /** An activity's name: a node names each by a UUID, and the replay of its archive "replay". */
    private static final Pattern ACTIVITY = Pattern.compile(
            "id/activity/(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|replay)"
                    + "(?:#public-figure-[0-9]{1,4})?");

    private static final Pattern SOURCE_FILE = Pattern.compile("urn:sha256:[0-9a-f]{64}");

    /** The parts of a version's structure under its IRI. */
    private static final Pattern STRUCTURE_PART =
            Pattern.compile("/structure(?:/dimension/[0-9]{1,3}|/measure|/attribute)?");

    /**
     * Adds a problem per graph of {@code b} that describes a subject its node would not name: the record only the
     * dataset, its versions ({@code <ds>/vN}), its temporal coverage, its activities (named by UUIDs) and their public
     * figures; the organisation graph only the organisation and its centres ({@code #centre-N}); the version, outside
     * its observations, only itself, its structure and the shared periods. Review 41b: a subject's name carries a
     * figure's scope as a property's does ({@code <ds#katihar-women-2024-q1> pv:suppressedCells 45}).
     */
    private static void subjects(Bundle b, Graph structure, List<String> problems) {
        String ds = b.dataset().getURI();
        int at = ds.indexOf("/id/dataset/");
        String base = at < 0 ? ds : ds.substring(0, at + 1);
        // Review 41c: a version numbered past the current one, or an activity nothing in the record points to, is one
        // the peer made up to carry what it likes.
        String v0 = b.version().getURI();
        long current = v0.startsWith(ds + "/v") ? number(v0.substring(ds.length() + 2)) : 0;
        Set<String> named = new java.util.HashSet<>();
        b.quads().getGraph(b.dataset()).find().forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                named.add(t.getObject().getURI());
            }
        });
        subjects(
                b.quads().getGraph(b.dataset()),
                "the catalogue record",
                problems,
                u -> u.equals(ds)
                        || u.equals(ds + "#temporal")
                        || u.startsWith(ds)
                                && VERSION.matcher(u.substring(ds.length())).matches()
                                && number(u.substring(ds.length() + 2)) <= current
                        || u.startsWith(base)
                                && ACTIVITY.matcher(u.substring(base.length())).matches()
                                && named.contains(u)
                        || SOURCE_FILE.matcher(u).matches());
        b.org()
                .ifPresent(o -> subjects(
                        b.quads().getGraph(o),
                        "the organisation graph",
                        problems,
                        u -> u.equals(o.getURI())
                                || u.startsWith(o.getURI() + "#centre-")
                                        && u.substring(o.getURI().length() + 8).matches("[0-9]{1,4}")));
        kinds(b, base, problems);
        String v = b.version().getURI();
        subjects(
                structure,
                "the version, outside its observations,",
                problems,
                u -> u.equals(v)
                        || u.startsWith(v)
                                && STRUCTURE_PART
                                        .matcher(u.substring(v.length()))
                                        .matches()
                        || u.startsWith(org.pravasi.ontology.PravasiUris.BASE + "id/period/"));
    }

    /** What a node writes on a version in its record: its number, dates, title, activity, counts and changes. */
    private static final Set<Node> ON_A_VERSION = Set.of(
            RDF.type.asNode(),
            DCAT3.isVersionOf.asNode(),
            DCAT3.version.asNode(),
            DCAT3.previousVersion.asNode(),
            DCTerms.issued.asNode(),
            DCTerms.title.asNode(),
            DCTerms.isReplacedBy.asNode(),
            PROV.wasGeneratedBy.asNode(),
            PROV.wasInvalidatedBy.asNode(),
            PV.observations.asNode(),
            PV.suppressedCells.asNode(),
            PV.tableSha256.asNode(),
            PV.addedCode.asNode(),
            PV.removedCode.asNode());

    /** What a node writes on an activity: a publish's or a withdrawal's. */
    private static final Set<Node> ON_AN_ACTIVITY = Set.of(
            RDF.type.asNode(),
            PROV.wasAssociatedWith.asNode(),
            PROV.startedAtTime.asNode(),
            PROV.endedAtTime.asNode(),
            PROV.used.asNode(),
            PV.suppressionThreshold.asNode(),
            PV.suppressedCells.asNode(),
            PV.rule.asNode(),
            DCTerms.description.asNode());

    private static final Set<Node> ON_A_PUBLIC_FIGURE =
            Set.of(RDF.type.asNode(), PROV.value.asNode(), PROV.wasQuotedFrom.asNode());

    private static final Set<Node> ON_THE_COVERAGE =
            Set.of(RDF.type.asNode(), DCAT.startDate.asNode(), DCAT.endDate.asNode());

    /**
     * Adds a problem if the record gives a version, an activity, a public figure or the coverage a property a node
     * writes only on another kind of subject (review 41c: an old version's own place, period and keywords beside its
     * counts, as the dataset's).
     */
    private static void kinds(Bundle b, String base, List<String> problems) {
        String ds = b.dataset().getURI();
        Set<String> found = new LinkedHashSet<>();
        b.quads().getGraph(b.dataset()).find().forEachRemaining(t -> {
            if (!t.getSubject().isURI()) {
                return;
            }
            String u = t.getSubject().getURI();
            Set<Node> allowed;
            if (u.equals(ds + "#temporal")) {
                allowed = ON_THE_COVERAGE;
            } else if (u.startsWith(ds)
                    && VERSION.matcher(u.substring(ds.length())).matches()) {
                allowed = ON_A_VERSION;
            } else if (u.startsWith(base)
                    && ACTIVITY.matcher(u.substring(base.length())).matches()) {
                allowed = u.contains("#public-figure-") ? ON_A_PUBLIC_FIGURE : ON_AN_ACTIVITY;
            } else {
                return;
            }
            if (!allowed.contains(t.getPredicate())) {
                found.add("<" + t.getPredicate() + "> on <" + u + ">");
            }
        });
        if (!found.isEmpty()) {
            problems.add(
                    "the catalogue record gives " + listed(found, p -> p)
                            + ", which no node of this registry writes on such a subject (a version, an activity, a public"
                            + " figure or the coverage); the peer must leave them out (docs/security.md, \"Harvested content\")");
        }
    }

    /** The first {@link #LISTED} of {@code found}, each as {@code shown}, and how many more there are. */
    private static <T> String listed(Set<T> found, java.util.function.Function<T, String> shown) {
        return found.stream().limit(LISTED).map(shown).collect(java.util.stream.Collectors.joining(", "))
                + (found.size() > LISTED ? " (and " + (found.size() - LISTED) + " more)" : "");
    }

    /** The number {@code digits} spell, or a number past any version's when they spell none. */
    private static long number(String digits) {
        return digits.matches("[0-9]{1,9}") ? Long.parseLong(digits) : Long.MAX_VALUE;
    }

    private static void subjects(
            Graph g, String what, List<String> problems, java.util.function.Predicate<String> named) {
        Set<Node> found = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            // No node writes a blank node in these graphs; a version's structure sample holds none either.
            boolean unnamed = s.isBlank() || s.isURI() && !named.test(s.getURI());
            if (unnamed && !g.contains(s, QB.dataSet.asNode(), Node.ANY)) {
                found.add(s);
            }
        });
        if (!found.isEmpty()) {
            problems.add(what + " describes " + listed(found, p -> "<" + p + ">")
                    + ", which no node of this registry names there: a node names a dataset's versions by number and"
                    + " its activities by UUID, so the peer must leave out subjects of its own"
                    + " (docs/security.md, \"Harvested content\")");
        }
    }

    private static void check(
            Graph g, String what, Set<Node> allowed, boolean skipObservations, List<String> problems) {
        Set<Node> found = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            if (!allowed.contains(t.getPredicate()) && !(skipObservations && isObservation(g, t))) {
                found.add(t.getPredicate());
            }
        });
        if (found.isEmpty()) {
            return;
        }
        problems.add(what + " uses " + listed(found, p -> "<" + p + ">")
                + ", which no node of this registry writes there; this portal keeps only the statements a node"
                + " writes, whose texts and numbers its checks read, so the peer must leave its own properties out"
                + " (docs/security.md, \"Harvested content\")");
    }

    private static boolean isObservation(Graph g, Triple t) {
        return g.contains(t.getSubject(), QB.dataSet.asNode(), Node.ANY);
    }
}
