package org.pravasi.registry.node;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.backup.AdminSocket;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.disclosure.CountsToDate;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.org.Organisations;
import org.pravasi.registry.org.Profiles;
import org.pravasi.registry.publish.Disclosure;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.LegacyHashes;
import org.pravasi.registry.publish.Publisher;
import org.pravasi.registry.publish.PublishingLock;
import org.pravasi.registry.publish.ShapeCheck;
import org.pravasi.registry.publish.StatedFiguresCheck;
import org.pravasi.registry.publish.StoredTables;
import org.pravasi.registry.publish.VersionArchive;
import org.pravasi.registry.store.OwnerOnly;
import org.pravasi.registry.store.ProcessUmask;
import org.pravasi.registry.store.SparqlServer;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.story.StoryPublisher;
import org.pravasi.registry.workspace.Gazetteer;
import org.pravasi.registry.workspace.SavedMappings;
import org.pravasi.registry.workspace.UploadLimits;
import org.pravasi.registry.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One registry node, wired: the TDB2 store with the vocabulary, code lists and (optional) geography loaded, the
 * publishing pipeline, API keys, organisations, the change bus and the embedded Fuseki endpoint.
 */
public final class RegistryNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryNode.class);

    private final NodeConfig config;
    private final Store store;
    private final Ontology ontology;
    private final InstanceUris uris;
    private final ChangeBus bus = new ChangeBus();
    private final KeyStore keys;
    private final Organisations organisations;
    private final Profiles profiles;
    private final VersionArchive archive;
    private final StoredTables tables;
    private final Publisher publisher;
    private Workspace workspace; // guarded by this; built on first use, after the geography is loaded
    private final StoryPublisher stories;
    private final Optional<SparqlServer> fuseki;
    private final Optional<AdminSocket> admin;

    private RegistryNode(NodeConfig config, Store store, Ontology ontology, Optional<SparqlServer> fuseki) {
        this.config = config;
        this.store = store;
        this.ontology = ontology;
        this.uris = new InstanceUris(config.baseUri());
        this.keys = KeyStore.open(config.dataDir());
        Disclosure disclosure = new Disclosure(config.threshold());
        this.archive = new VersionArchive(config.dataDir(), uris);
        this.tables = new StoredTables(archive);
        StatedFiguresCheck figures = new StatedFiguresCheck(tables, config.threshold(), disclosure.togetherWork());
        PublishingLock publishing = new PublishingLock();
        this.organisations = new Organisations(store, uris, disclosure, figures, publishing);
        StoreReferenceData reference = referenceData();
        this.publisher = new Publisher(
                store,
                uris,
                reference,
                disclosure,
                new ShapeCheck(ontology),
                archive,
                bus,
                tables,
                CountsToDate.of(ontology.codeLists().getGraph()),
                publishing);
        this.stories = new StoryPublisher(store, uris, reference, ontology, disclosure, figures, publishing, bus);
        this.profiles = new Profiles(organisations, reference, uris, bus);
        this.fuseki = fuseki;
        this.admin = AdminSocket.open(store, config.dataDir());
        // Folders and files the node writes are owner-only from creation; this covers what libraries created
        // inside them with the umask (TDB2's files) and data folders of earlier releases.
        OwnerOnly.tighten(config.dataDir());
    }

    /** Opens the store in the configured data folder, loads reference data and starts Fuseki (unless disabled). */
    public static RegistryNode start(NodeConfig config) {
        ProcessUmask.restrict();
        try {
            OwnerOnly.folders(config.dataDir());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(
                    "Cannot create the data folder " + config.dataDir() + ": " + e.getMessage(), e);
        }
        var geography = ReferenceLoader.startImport(config.geoDir(), config.dataDir());
        Store store = Store.open(config.dataDir(), config.compaction());
        try {
            Ontology ontology = Ontology.load();
            new ReferenceLoader(store, ontology).load(config.geoDir(), config.dataDir(), geography);
            int leaks = store.write(() -> LegacyHashes.removeAll(store.dataset()));
            if (leaks > 0) {
                LOG.warn(
                        "Removed {} statements about raw upload hashes from catalogue records (they let guesses of withheld cells be tested)",
                        leaks);
            }
            Optional<SparqlServer> fuseki = config.fusekiPort() < 0
                    ? Optional.empty()
                    : Optional.of(SparqlServer.start(
                            store, config.fusekiPort(), config.queryTimeoutMs(), config.resultCap()));
            return new RegistryNode(config, store, ontology, fuseki);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private StoreReferenceData referenceData() {
        Set<String> districts = new HashSet<>();
        Set<String> states = new HashSet<>();
        Node geo = NodeFactory.createURI(PravasiUris.GEO_GRAPH);
        store.read(() -> {
            DatasetGraph dsg = store.dataset();
            collect(dsg, geo, PV.District.asNode(), districts);
            collect(dsg, geo, PV.State.asNode(), states);
            return null;
        });
        if (districts.isEmpty()) {
            LOG.warn(
                    "No reference geography installed: district and state codes are checked for form only. Start with --geo DIR to install it.");
        }
        return new StoreReferenceData(ontology, districts, states);
    }

    private static void collect(DatasetGraph dsg, Node graph, Node type, Set<String> out) {
        dsg.find(graph, Node.ANY, RDF.type.asNode(), type)
                .forEachRemaining(q -> dsg.find(graph, q.getSubject(), SKOS.notation.asNode(), Node.ANY)
                        .forEachRemaining(n -> out.add(n.getObject().getLiteralLexicalForm())));
    }

    /** The configuration. */
    public NodeConfig config() {
        return config;
    }

    /** The store. */
    public Store store() {
        return store;
    }

    /** The ontology. */
    public Ontology ontology() {
        return ontology;
    }

    /** The node's URIs. */
    public InstanceUris uris() {
        return uris;
    }

    /** Committed changes, announced. */
    public ChangeBus bus() {
        return bus;
    }

    /** API keys. */
    public KeyStore keys() {
        return keys;
    }

    /** Organisations. */
    public Organisations organisations() {
        return organisations;
    }

    /** Edits of organisations' profiles from the workspace. */
    public Profiles profiles() {
        return profiles;
    }

    /** The publishing pipeline. */
    public Publisher publisher() {
        return publisher;
    }

    /** The story pipeline. */
    public StoryPublisher stories() {
        return stories;
    }

    /** The tables of the store's version graphs as disclosure control reads them, kept in memory. */
    public StoredTables tables() {
        return tables;
    }

    /** Earlier versions of datasets. */
    public VersionArchive archive() {
        return archive;
    }

    /**
     * The publishing workspace over this node's pipeline, geography, code lists and {@code data/workspace}: one per
     * node, built on first use, shared by the node's API and the portal's screens so that their saves of an
     * organisation's mappings go through one place.
     */
    public synchronized Workspace workspace() {
        if (workspace == null) {
            workspace = Workspace.create(
                    publisher,
                    Gazetteer.read(store),
                    ontology.codeLists(),
                    SavedMappings.in(config.dataDir().resolve("workspace")),
                    UploadLimits.DEFAULTS);
        }
        return workspace;
    }

    /** The embedded Fuseki endpoint, unless disabled. */
    public Optional<SparqlServer> fuseki() {
        return fuseki;
    }

    /** Stops Fuseki and closes the store. */
    @Override
    public void close() {
        admin.ifPresent(AdminSocket::close);
        fuseki.ifPresent(SparqlServer::close);
        store.close();
    }
}
