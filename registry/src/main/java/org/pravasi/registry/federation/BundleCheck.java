package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.pravasi.registry.publish.OutsideGroups;
import org.pravasi.registry.publish.StoredTables;
import org.pravasi.registry.publish.TablesInOneWrite;
import org.pravasi.registry.publish.VersionNumbers;
import org.pravasi.registry.store.Store;

/**
 * Checks one peer dataset before anything is written: the graphs are exactly its record, its current version and its
 * publisher; every subject lies under the peer's declared base; no graph belongs to this portal or another peer; and
 * the content passes {@link ContentCheck}; no organisation of the peer's takes a name held here
 * ({@link PeerOrganisationNames}). Any problem refuses the dataset with every problem listed.
 */
final class BundleCheck {
    /** Problems listed in one refusal; the rest are counted. */
    static final int MAX_PROBLEMS = 10;

    static final String SLUG = "[a-z0-9][a-z0-9-]{1,62}";

    private final Store store;
    private final ContentCheck content;
    private final HarvestedTogether together;
    private final StoredTables tables;
    private final java.time.InstantSource clock;

    BundleCheck(Store store, ContentCheck content, StoredTables tables, java.time.InstantSource clock) {
        this.clock = clock;
        this.store = store;
        this.content = content;
        this.together = new HarvestedTogether(content.threshold(), tables);
        this.tables = tables;
    }

    /** Checks what a portal keeps of a peer's withdrawal ({@link ContentCheck#checkTombstone}). */
    void checkTombstone(Tombstone t, List<String> problems) {
        content.checkTombstone(t, problems);
        if (problems.isEmpty()) {
            store.read(() -> {
                together.checkFigures(store.dataset(), t, problems);
                return null;
            });
        }
    }

    /**
     * The checked bundle, or a {@link HarvestException} listing every problem; {@code stored} names the graph of
     * {@code quads} already written into the store's open write transaction, if any (see {@link Bundle#stored()}).
     */
    Bundle check(Peer peer, String base, FeedEntry e, DatasetGraph quads, Optional<Node> stored) {
        return together(peer, screen(peer, base, e, quads, stored));
    }

    /**
     * A bundle that passed every check but the one of tables read together, with its table of counts (when it has
     * observations) for that check.
     */
    record Screened(Bundle bundle, Optional<ObservedTable> table) {}

    /**
     * Every check but the one of tables read together ({@link #together}): the structure, the URIs, the graphs' owners
     * and the content; a {@link HarvestException} lists every problem found.
     */
    Screened screen(Peer peer, String base, FeedEntry e, DatasetGraph quads, Optional<Node> stored) {
        Problems found = new Problems();
        List<String> problems = found.under(RefusalRule.CONTENT);
        Optional<Bundle> bundle = structure(base, e, quads, stored, problems);
        Optional<ObservedTable> table = Optional.empty();
        if (bundle.isPresent()) {
            Bundle b = bundle.get();
            new UriRules(base).check(b, problems);
            LiteralLimits.check(b, problems);
            PeerDates.checkBundle(b, clock.instant(), problems);
            List<String> clashes = found.under(RefusalRule.STORE);
            List<String> disclosure = found.under(RefusalRule.DISCLOSURE);
            store.read(() -> {
                for (Node g : b.graphs()) {
                    if (b.stored().filter(g::equals).isPresent()) {
                        continue; // the store held no such graph before this transaction wrote what the peer sent
                    }
                    Ownership.holder(store.dataset(), g)
                            .filter(h -> !h.equals(peer.url()))
                            .ifPresent(
                                    h -> clashes.add(
                                            "graph <" + g.getURI() + "> already holds "
                                                    + (h.equals(Ownership.LOCAL) ? h : "data harvested from " + h)
                                                    + "; a peer may not overwrite it (two sources must not share URIs: give each node its own --base-uri)"));
                }
                return null;
            });
            // The groups whose totals the attacker is granted (a year of quarters, a state of districts), read from the
            // table's keys with the store's geography, as publishing reads them (docs/disclosure.md, "Groups whose
            // totals are published elsewhere").
            // A district the portal cannot place in a state would escape its state's total: refused.
            table = content.check(
                    b,
                    observed -> store.read(() -> {
                        OutsideGroups.unplacedDistrict(observed.cells(), store.dataset())
                                .ifPresent(u -> disclosure.add(observed.describe(u.cell()) + " is in district <"
                                        + u.district() + ">, which neither this portal's geography nor its LGD"
                                        + " district table places in a state, so its state's total could give its"
                                        + " withheld counts away; the peer should publish the district's LGD code, or,"
                                        + " for a district newer than this portal's LGD table, this portal should"
                                        + " install the current reference geography"));
                        return OutsideGroups.of(observed.cells(), store.dataset());
                    }),
                    found);
        }
        refuseIfAny(peer, e, found);
        return new Screened(bundle.orElseThrow(), table);
    }

    /**
     * The checks against what the store holds now, on a screened bundle: tables read together, and its organisations'
     * names ({@link PeerOrganisationNames}). Call it inside the write transaction that will write the bundle, so that
     * no table or name committed meanwhile escapes it: the bundle, or a {@link HarvestException} listing the withheld
     * counts it would give away or the names refused.
     */
    Bundle together(Peer peer, Screened s) {
        return together(peer, s, oneWrite());
    }

    /**
     * As {@link #together(Peer, Screened)}, reading the publisher's other tables through {@code oneWrite}, the tables
     * of the write transaction this check runs in (tell it each dataset written there: {@link #written}).
     */
    Bundle together(Peer peer, Screened s, TablesInOneWrite oneWrite) {
        Problems found = new Problems();
        store.read(() -> {
            PeerOrganisationNames.check(store.dataset(), s.bundle(), found.under(RefusalRule.PUBLISHER_NAME));
            List<String> readTogether = found.under(RefusalRule.READ_TOGETHER);
            if (together.namesOneTable(store.dataset(), s.bundle(), readTogether)) {
                s.table().ifPresent(t -> together.check(store.dataset(), s.bundle(), t, readTogether, oneWrite));
            }
            return null;
        });
        refuseIfAny(peer, s.bundle().entry(), found);
        return s.bundle();
    }

    /** The tables of one write transaction, for the checks of every bundle it writes. */
    TablesInOneWrite oneWrite() {
        return new TablesInOneWrite(tables);
    }

    /** Tells {@code oneWrite} that its transaction wrote {@code b}; call in that transaction. */
    void written(TablesInOneWrite oneWrite, Bundle b) {
        store.read(() -> {
            oneWrite.written(store.dataset(), b.dataset());
            return null;
        });
    }

    /**
     * Refuses the dataset if anything was found: the rules broken are shown publicly, the problems themselves (which
     * may name withheld cells) only in the operator's log.
     */
    private static void refuseIfAny(Peer peer, FeedEntry e, Problems found) {
        if (!found.isEmpty()) {
            List<String> problems = found.texts();
            String listed = String.join("; ", problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
            String more = problems.size() > MAX_PROBLEMS ? " (and " + (problems.size() - MAX_PROBLEMS) + " more)" : "";
            throw new HarvestException(new Refusal(
                    found.rules(),
                    "Peer " + peer.url() + ": dataset " + e.identifier() + " refused: " + listed + more
                            + ". Nothing of this dataset was stored; it is tried again when the peer publishes a newer change of it, after a back-off that doubles with each refusal (see /api/peers, retryAfter).",
                    false));
        }
    }

    private static Optional<Bundle> structure(
            String base, FeedEntry e, DatasetGraph quads, Optional<Node> stored, List<String> problems) {
        if (!e.identifier().matches(SLUG + "/" + SLUG)) {
            problems.add("the change feed names dataset '" + e.identifier() + "', which is not of the form org/slug");
            return Optional.empty();
        }
        String expected = base + "id/dataset/" + e.identifier();
        if (!e.uri().equals(expected)) {
            problems.add("the change feed gives dataset URI <" + e.uri() + ">, which is not <" + expected
                    + "> under the peer's declared base");
            return Optional.empty();
        }
        Node ds = NodeFactory.createURI(expected);
        if (!quads.contains(ds, ds, RDF.type.asNode(), DCAT.Dataset.asNode())) {
            problems.add("no catalogue record: the graph <" + expected + "> must describe <" + expected
                    + "> as a dcat:Dataset");
            return Optional.empty();
        }
        if (quads.contains(
                ds,
                ds,
                PV.withdrawn.asNode(),
                NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))) {
            problems.add("the record says the dataset is withdrawn, but the change feed lists it as current");
        }
        List<Node> versions = objects(quads, ds, DCAT3.hasCurrentVersion.asNode());
        if (versions.size() != 1
                || !versions.getFirst().isURI()
                || !VersionNumbers.isVersionOf(expected, versions.getFirst().getURI())) {
            problems.add("the record must name exactly one current version <" + expected + "/vN>, N from 1 to "
                    + VersionNumbers.MAX + " with no leading zero (dcat:hasCurrentVersion), the only version numbers"
                    + " this portal keeps its served tables under; found " + versions);
            return Optional.empty();
        }
        Node version = versions.getFirst();
        if (!quads.containsGraph(version) || quads.getGraph(version).isEmpty()) {
            problems.add("the graph of the current version <" + version.getURI() + "> is missing");
        }
        List<Node> publishers = objects(quads, ds, DCTerms.publisher.asNode());
        // The organisation whose path the dataset lies under: a record naming another would make its table one of that
        // organisation's tables in the checks of tables read together, and not one of its own.
        String owner =
                base + "id/org/" + e.identifier().substring(0, e.identifier().indexOf('/'));
        if (publishers.size() != 1
                || !publishers.getFirst().isURI()
                || !publishers.getFirst().getURI().equals(owner)) {
            problems.add("the record must name exactly one publisher, <" + owner + ">, the organisation whose path the"
                    + " dataset lies under (dct:publisher); found " + publishers);
            return Optional.empty();
        }
        Node org = publishers.getFirst();
        Set<Node> allowed = new HashSet<>(List.of(ds, version, org));
        quads.listGraphNodes().forEachRemaining(g -> {
            if (!allowed.contains(g)) {
                problems.add("unexpected graph <" + g
                        + ">: only the record, the current version and the publisher's graph may be sent");
            }
        });
        Optional<Node> orgGraph =
                quads.containsGraph(org) && !quads.getGraph(org).isEmpty() ? Optional.of(org) : Optional.empty();
        return Optional.of(new Bundle(e, quads, ds, version, org, orgGraph, stored));
    }

    private static List<Node> objects(DatasetGraph quads, Node ds, Node p) {
        List<Node> out = new ArrayList<>();
        quads.find(ds, ds, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }
}
