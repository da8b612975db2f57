package org.pravasi.registry.publish;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.disclosure.Cell;

/**
 * The tables of one node's version graphs as disclosure control reads them (withheld cells marked, total concepts
 * ({@code …/_T}) read as {@link Cell#TOTAL}), kept in memory by version URI so that each check of tables read together
 * does not read every other table of the organisation from the store again (docs/disclosure.md, "Tables read together";
 * docs/performance.md).
 *
 * <p>A version graph never changes under its URI once published here: a replacement writes a new version, a withdrawal
 * removes the graph and a restore starts a new process. A harvest, though, rewrites a peer's version graph under the
 * same URI, and stamps it with the harvest time ({@code prov:generatedAtTime} of the graph, in the graph itself); so
 * each entry keeps that stamp, read again (one index lookup) on every use, and a changed stamp reads the table afresh.
 * (Reading all the graph's statements about itself, as before, cost a quarter of the check's time for a publisher of
 * 300 tables and told nothing more: a peer's changed copy may repeat every one of them; only the harvest time is sure
 * to change.) The stamp is read in the caller's own transaction, so a reader of an older snapshot never serves its
 * table to a newer one.
 *
 * <p>A withdrawn dataset's last version leaves the store for the archive ({@link VersionArchive}), but it was public:
 * {@link #withdrawn} reads it back from there, so that what it withheld stays withheld in whatever the organisation
 * publishes next (docs/disclosure.md, "Versions read together"). An archived version never changes either (a version
 * URI is never reused), so it is kept without a stamp.
 *
 * <p>A harvesting portal reads a peer's datasets the same way, from the tables it kept of the versions it served when a
 * harvest replaced or withdrew them ({@link VersionArchive#keepHarvested}): their versions are listed from those files,
 * not from the peer's record, which a peer may rewrite. A kept table is read even while a graph of its URI is current
 * again, unless that graph shows the same table: a harvest refuses another table under a URI it holds
 * ({@link #rewritesCurrent}, {@link #reusesKept}), but a store may hold one from before it did.
 *
 * <p>The memory is bounded by weight, not entries: a table weighs its observations times (dimensions + 1), the key
 * values and counts it holds. Tables heavier than {@code maxTableWeight} are read every time and never kept.
 */
public final class StoredTables {
    /** Weight kept at most by a node: 2 million key values and counts (about 40 MB by estimate). */
    public static final long MAX_WEIGHT = 2_000_000;
    /** The heaviest table kept: an eighth of the cache, so one big table cannot push out the many small ones. */
    public static final long MAX_TABLE_WEIGHT = MAX_WEIGHT / 8;

    private static final String TOTAL_SUFFIX = "/" + Cell.TOTAL;
    private static final Node GENERATED_AT_TIME = PROV.generatedAtTime.asNode();

    /** The key's measure for an archived version's table: the version's own measure. */
    private static final Node OWN_MEASURE = Node.ANY;

    private final Optional<VersionArchive> archive;
    private final long maxTableWeight;
    private final Cache<Key, Entry> tables;
    /**
     * The measure of each archived version read so far, kept whatever its table's weight: an archived version never
     * changes, and its measure (one node) is all {@link #replacedMeasures} needs, where its table may not fit the
     * cache.
     */
    private final Map<Node, Node> archivedMeasures = new java.util.concurrent.ConcurrentHashMap<>();

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** A cache with the default bounds that knows no archive. */
    public StoredTables() {
        this(MAX_WEIGHT, MAX_TABLE_WEIGHT);
    }

    /** A node's cache with the default bounds, reading withdrawn versions back from {@code archive}. */
    public StoredTables(VersionArchive archive) {
        this(Optional.of(archive), MAX_WEIGHT, MAX_TABLE_WEIGHT);
    }

    /**
     * A cache that keeps at most {@code maxWeight} in all and no table heavier than {@code maxTableWeight}; 0 keeps
     * nothing.
     */
    public StoredTables(long maxWeight, long maxTableWeight) {
        this(Optional.empty(), maxWeight, maxTableWeight);
    }

    /** As {@link #StoredTables(long, long)}, reading replaced and withdrawn versions back from {@code archive}. */
    StoredTables(VersionArchive archive, long maxWeight, long maxTableWeight) {
        this(Optional.of(archive), maxWeight, maxTableWeight);
    }

    private StoredTables(Optional<VersionArchive> archive, long maxWeight, long maxTableWeight) {
        this.archive = archive;
        if (maxWeight < 0 || maxTableWeight < 0) {
            throw new IllegalArgumentException("The bounds of the stored tables' cache must be 0 or more, not "
                    + maxWeight + " and " + maxTableWeight + ".");
        }
        this.maxTableWeight = Math.min(maxTableWeight, maxWeight);
        // Eviction runs on the caller's thread: the bound holds when a put returns, and tests see it without waiting.
        this.tables = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Key k, Entry e) -> (int) Math.min(Integer.MAX_VALUE, weight(e.table())))
                .executor(Runnable::run)
                .build();
    }

    /**
     * The table of {@code version} (a version graph of {@code dataset}) counting {@code measure}; call in a
     * transaction. The caller gets its own copy of the arrays.
     */
    KeyedTable table(DatasetGraph dsg, Node dataset, Node version, Node measure) {
        Key key = new Key(dataset, version, measure);
        Set<Node> stamp = stamp(dsg, version);
        Entry kept = tables.getIfPresent(key);
        if (kept != null && kept.stamp().equals(stamp)) {
            hits.increment();
            return copy(kept.table());
        }
        misses.increment();
        KeyedTable read = read(dsg, dataset, version, measure);
        if (weight(read) <= maxTableWeight) {
            tables.put(key, new Entry(stamp, read));
        } else if (kept != null) {
            tables.invalidate(key);
        }
        return copy(read);
    }

    /**
     * The table of the version that a withdrawal took out of the store, in its own measure, read back from the archive;
     * empty when the dataset has a current version, was never published, or its last version is not archived here. Call
     * in a transaction.
     */
    Optional<KeyedTable> withdrawn(DatasetGraph dsg, Node dataset) {
        if (archive.isEmpty() || VersionHistory.current(dsg, dataset).isPresent()) {
            return Optional.empty();
        }
        TreeMap<Integer, Node> versions = versions(dsg, dataset);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return archived(dataset, versions.lastEntry().getValue());
    }

    /**
     * Whether {@code version}, the version of a peer's {@code dataset} being harvested, has the URI of a version this
     * portal served and kept ({@link VersionArchive#keepHarvested}) and no longer holds as current: a peer reusing a
     * version URI, whose kept table would otherwise be taken for the new one's. Call in a transaction.
     */
    public boolean reusesKept(DatasetGraph dsg, Node dataset, Node version) {
        if (archive.isEmpty() || archive.get().isOwn(dataset)) {
            return false;
        }
        if (VersionHistory.current(dsg, dataset).filter(version::equals).isPresent()) {
            return false;
        }
        java.util.OptionalInt n = VersionNumbers.of(version);
        return n.isPresent()
                && version.getURI().equals(dataset.getURI() + "/v" + n.getAsInt())
                && archive.get().harvestedNumbers(dataset).contains(n.getAsInt());
    }

    /**
     * The versions of {@code dataset} by number: of this node's own, every version its record names; of a harvested
     * one, every version this portal kept when it replaced or withdrew it ({@link VersionArchive#keepHarvested}),
     * whatever the peer's record now lists (a peer may leave earlier versions out), and the current one. A version URI
     * that {@link VersionNumbers} does not read is none of them; a harvest refuses it.
     */
    private TreeMap<Integer, Node> versions(DatasetGraph dsg, Node dataset) {
        TreeMap<Integer, Node> versions = new TreeMap<>();
        if (archive.get().isOwn(dataset)) {
            dsg.find(dataset, dataset, DCAT3.hasVersion.asNode(), Node.ANY)
                    .forEachRemaining(
                            q -> VersionNumbers.of(q.getObject()).ifPresent(n -> versions.put(n, q.getObject())));
            return versions;
        }
        for (int n : archive.get().harvestedNumbers(dataset)) {
            versions.put(n, org.apache.jena.graph.NodeFactory.createURI(dataset.getURI() + "/v" + n));
        }
        VersionHistory.current(dsg, dataset).ifPresent(v -> VersionNumbers.of(v).ifPresent(n -> versions.put(n, v)));
        return versions;
    }

    /**
     * The tables of {@code dataset}'s replaced versions, each in its own measure, read back from the archive, oldest
     * first: every version it names but neither its current one nor the one a withdrawal took out (which
     * {@link #withdrawn} gives). Each was public while current, and anyone may have kept it (docs/disclosure.md,
     * "Tables read together"). Empty without an archive. Call in a transaction.
     */
    List<KeyedTable> replaced(DatasetGraph dsg, Node dataset) {
        List<KeyedTable> out = new ArrayList<>();
        replacedVersions(dsg, dataset)
                .forEach((n, version) -> archived(dataset, version).ifPresent(out::add));
        return List.copyOf(out);
    }

    /**
     * The measures of {@code dataset}'s replaced versions, as {@link #replaced} would give them, each version's table
     * read from the archive only the first time this cache is asked for it (or for its table). Call in a transaction.
     */
    Set<Node> replacedMeasures(DatasetGraph dsg, Node dataset) {
        Set<Node> out = new HashSet<>();
        replacedVersions(dsg, dataset).forEach((n, version) -> {
            Node known = archivedMeasures.get(version);
            if (known != null) {
                out.add(known);
            } else {
                archived(dataset, version).ifPresent(t -> out.add(t.measure()));
            }
        });
        return out;
    }

    /**
     * The replaced versions of {@code dataset} that the archive may hold, by number: every version it names but neither
     * its current one (in the store) nor the one a withdrawal took out. Empty without an archive.
     */
    TreeMap<Integer, Node> replacedVersions(DatasetGraph dsg, Node dataset) {
        TreeMap<Integer, Node> versions = new TreeMap<>();
        if (archive.isEmpty()) {
            return versions;
        }
        Optional<Node> current = VersionHistory.current(dsg, dataset);
        versions.putAll(versions(dsg, dataset));
        if (current.isEmpty() && !versions.isEmpty()) {
            versions.pollLastEntry();
        }
        // The current version is read from the store. A harvested one that this portal also kept (what it served first
        // under that URI) stays, unless the two tables are the same: a peer may have rewritten the graph since, and the
        // first table was public all the same (review 38c, finding 1).
        versions.values().removeIf(v -> dsg.containsGraph(v) && !rewritten(dsg, dataset, v));
        return versions;
    }

    /**
     * Whether the store's graph {@code version} of a harvested {@code dataset} shows another table than the one this
     * portal kept under that URI ({@link VersionArchive#keepHarvested}); false when it kept none. Call in a
     * transaction.
     */
    private boolean rewritten(DatasetGraph dsg, Node dataset, Node version) {
        if (archive.get().isOwn(dataset) || archive.get().findHarvested(version).isEmpty()) {
            return false;
        }
        Optional<String> kept = archived(dataset, version).map(PublishedTable::digest);
        return !kept.equals(digest(dsg, dataset, version));
    }

    /** The digest of what graph {@code version} shows ({@link PublishedTable}); empty when it names no measure. */
    private Optional<String> digest(DatasetGraph dsg, Node dataset, Node version) {
        Iterator<Quad> measures = dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY);
        return measures.hasNext()
                ? Optional.of(PublishedTable.digest(
                        table(dsg, dataset, version, measures.next().getObject())))
                : Optional.empty();
    }

    /**
     * Whether {@code sent}, what a peer sends as {@code version} of its {@code dataset}, rewrites the version this
     * portal holds as current under that URI with another table: another measure, dimension, observation key, count or
     * withheld cell ({@link PublishedTable}). A rewrite of labels, titles or provenance alone is not one. An honest
     * node never changes a version's table; a peer that does so would have the table served here first read beside
     * nothing it publishes next. Call in a transaction on {@code dsg}.
     */
    public boolean rewritesCurrent(DatasetGraph dsg, Node dataset, Node version, DatasetGraph sent) {
        if (VersionHistory.current(dsg, dataset).filter(version::equals).isEmpty() || !dsg.containsGraph(version)) {
            return false;
        }
        Iterator<Quad> measures = sent.find(version, Node.ANY, QB.measure.asNode(), Node.ANY);
        Optional<String> fresh = measures.hasNext()
                ? Optional.of(PublishedTable.digest(
                        read(sent, dataset, version, measures.next().getObject())))
                : Optional.empty();
        return !fresh.equals(digest(dsg, dataset, version));
    }

    /** The table of an archived version of {@code dataset}, in its own measure; empty if it is not archived here. */
    Optional<KeyedTable> archived(Node dataset, Node version) {
        Optional<Path> file = archive.get().isOwn(dataset)
                ? archive.get().find(version.getURI())
                : archive.get().findHarvested(version);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Key key = new Key(dataset, version, OWN_MEASURE);
        Entry kept = tables.getIfPresent(key);
        if (kept != null) {
            hits.increment();
            return Optional.of(copy(kept.table()));
        }
        misses.increment();
        Optional<KeyedTable> read = readArchived(file.get(), dataset, version);
        read.ifPresent(t -> archivedMeasures.put(version, t.measure()));
        read.filter(t -> weight(t) <= maxTableWeight).ifPresent(t -> tables.put(key, new Entry(Set.of(), t)));
        return read.map(StoredTables::copy);
    }

    private static Optional<KeyedTable> readArchived(Path file, Node dataset, Node version) {
        DatasetGraph copy = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(copy.getGraph(version));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the archived version " + version.getURI() + " from the archive " + file + ": "
                            + e.getMessage(),
                    e);
        }
        Iterator<Quad> measures = copy.find(version, Node.ANY, QB.measure.asNode(), Node.ANY);
        return measures.hasNext()
                ? Optional.of(read(copy, dataset, version, measures.next().getObject()))
                : Optional.empty();
    }

    /** How the cache has done so far: hits, misses and the weight it holds now. */
    public Figures figures() {
        tables.cleanUp();
        long weight = tables.policy().eviction().orElseThrow().weightedSize().orElse(0);
        return new Figures(hits.sum(), misses.sum(), tables.estimatedSize(), weight);
    }

    /**
     * What the cache has done.
     *
     * @param hits tables served from memory
     * @param misses tables read from the store (not kept, or changed since)
     * @param tables tables held now
     * @param weight their weight
     */
    public record Figures(long hits, long misses, long tables, long weight) {}

    /** A table's weight: its observations times (dimensions + 1). */
    static long weight(KeyedTable t) {
        return (long) t.keys().size() * (t.dimensions().size() + 1);
    }

    /**
     * The version graph's generation times ({@code prov:generatedAtTime}, in the graph): a harvest's rewrite adds its
     * own, the time it was written (HarvestWriter); a graph published here has none and never changes.
     */
    private static Set<Node> stamp(DatasetGraph dsg, Node version) {
        Set<Node> out = new HashSet<>();
        dsg.find(version, version, GENERATED_AT_TIME, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return Set.copyOf(out);
    }

    private static KeyedTable copy(KeyedTable t) {
        return new KeyedTable(t.dataset(), t.measure(), t.dimensions(), t.keys(), t.values(), t.withheld(), t.lines());
    }

    /**
     * Reads the table from the store: the dimensions in their order, then the graph once in subject order (one range of
     * the GSPO index), an observation's statements together.
     */
    static KeyedTable read(DatasetGraph dsg, Node ds, Node version, Node measure) {
        TreeMap<Integer, Node> ordered = new TreeMap<>();
        dsg.find(version, Node.ANY, QB.dimension.asNode(), Node.ANY).forEachRemaining(q -> {
            Iterator<Quad> order = dsg.find(version, q.getSubject(), QB.order.asNode(), Node.ANY);
            int at = order.hasNext() ? Integer.parseInt(order.next().getObject().getLiteralLexicalForm()) : 0;
            ordered.put(ordered.containsKey(at) ? ordered.lastKey() + 1 : at, q.getObject());
        });
        List<Node> dims = List.copyOf(ordered.values());
        Map<Node, List<Integer>> column = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            column.computeIfAbsent(dims.get(i), d -> new ArrayList<>()).add(i);
        }
        Observations obs = new Observations(version, measure, dims.size(), column);
        dsg.find(version, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(obs::add);
        obs.flush();
        return new KeyedTable(
                ds,
                measure,
                dims,
                obs.keys,
                obs.values.stream().mapToLong(Long::longValue).toArray(),
                obs.withheld,
                new long[obs.keys.size()]);
    }

    /** Gathers observations from a graph's quads in subject order. */
    private static final class Observations {
        private final Node version;
        private final Node measure;
        private final Map<Node, List<Integer>> column;
        private final Node[] key;
        // A table has few distinct values and many cells: one string per value.
        private final Map<Node, String> names = new HashMap<>();
        private final List<List<String>> keys = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private final BitSet withheld = new BitSet();
        private Node subject;
        private boolean observation;
        private Node count;
        private boolean status;

        Observations(Node version, Node measure, int dimensions, Map<Node, List<Integer>> column) {
            this.version = version;
            this.measure = measure;
            this.column = column;
            this.key = new Node[dimensions];
        }

        void add(Quad q) {
            if (!q.getSubject().equals(subject)) {
                flush();
                subject = q.getSubject();
            }
            Node p = q.getPredicate();
            // The first value of a property in index order, as a lookup of (subject, property) would give.
            for (int at : column.getOrDefault(p, List.of())) {
                if (key[at] == null) {
                    key[at] = q.getObject();
                }
            }
            if (p.equals(measure) && count == null) {
                count = q.getObject();
            }
            if (p.equals(QB.dataSet.asNode()) && q.getObject().equals(version)) {
                observation = true;
            }
            if (p.equals(SDMX.obsStatus.asNode())) {
                status = true;
            }
        }

        /** Ends the current subject: records it if it is an observation of the version. */
        void flush() {
            if (observation) {
                String[] names = new String[key.length];
                for (int i = 0; i < key.length; i++) {
                    names[i] = key[i] == null ? Cell.TOTAL : this.names.computeIfAbsent(key[i], StoredTables::name);
                }
                long value = count == null ? -1 : count(count);
                if (value < 0 || status) {
                    withheld.set(keys.size());
                }
                values.add(Math.max(value, 0));
                keys.add(List.of(names));
            }
            java.util.Arrays.fill(key, null);
            observation = false;
            count = null;
            status = false;
        }
    }

    private static String name(Node value) {
        String s = value.toString();
        return s.endsWith(TOTAL_SUFFIX) ? Cell.TOTAL : s;
    }

    /** A stored count, or -1 if it is no whole number of at least 0 (then it is treated as withheld). */
    private static long count(Node literal) {
        try {
            long v = Long.parseLong(literal.getLiteralLexicalForm().strip());
            return v >= 0 ? v : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private record Key(Node dataset, Node version, Node measure) {}

    private record Entry(Set<Node> stamp, KeyedTable table) {}
}
