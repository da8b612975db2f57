package org.pravasi.registry.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.store.Store;

/**
 * What changed between consecutive versions of a dataset, for its publisher's workspace: observations added, removed
 * and changed. Versions are compared in their <em>published</em> form (a withheld cell is "withheld", never its value),
 * so a withheld count that moved between versions shows as no change and cannot be learnt by differencing (the same
 * rule as {@link Replay}). Earlier versions are read from the {@link VersionArchive}, the current one from the store.
 */
public final class VersionChanges {
    private static final String WITHHELD = "withheld";

    private final Store store;
    private final VersionArchive archive;

    /** Compares versions held in {@code store} (current) and {@code archive} (earlier). */
    public VersionChanges(Store store, VersionArchive archive) {
        this.store = Objects.requireNonNull(store);
        this.archive = Objects.requireNonNull(archive);
    }

    /**
     * What each version changed from the one before it.
     *
     * @param added observations whose key (area, period, categories) the earlier version did not have
     * @param removed observations of the earlier version whose key this one no longer has
     * @param changed observations with the same key whose published value differs (a number that changed, a cell that
     *     became withheld or was released)
     * @param withheld cells this version withholds
     */
    public record Change(int added, int removed, int changed, int withheld) {}

    /**
     * The change of each version from its predecessor, by version URI, for the versions given oldest first. A version
     * whose graph or predecessor's graph is not held (a harvested copy, an archive lost) has no entry; the first
     * version's entry counts every observation as added.
     */
    public Map<String, Change> of(List<String> versionUris) {
        Map<String, Change> out = new HashMap<>();
        Optional<Map<String, String>> previous = Optional.of(Map.of());
        for (String v : versionUris) {
            Optional<Map<String, String>> cells = published(v);
            if (cells.isPresent() && previous.isPresent()) {
                out.put(v, compare(previous.get(), cells.get()));
            }
            previous = cells;
        }
        return out;
    }

    static Change compare(Map<String, String> before, Map<String, String> after) {
        int added = 0;
        int changed = 0;
        int withheld = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                added++;
            } else if (!old.equals(e.getValue())) {
                changed++;
            }
            if (WITHHELD.equals(e.getValue())) {
                withheld++;
            }
        }
        int removed = (int)
                before.keySet().stream().filter(k -> !after.containsKey(k)).count();
        return new Change(added, removed, changed, withheld);
    }

    /** The version's published cells: observation key to value or "withheld"; empty when its graph is not held. */
    private Optional<Map<String, String>> published(String versionUri) {
        Node version = NodeFactory.createURI(versionUri);
        Optional<Map<String, String>> live = store.read(() -> {
            Graph g = store.dataset().getGraph(version);
            return g.isEmpty() ? Optional.<Map<String, String>>empty() : Optional.of(cells(g));
        });
        if (live.isPresent()) {
            return live;
        }
        return archive.find(versionUri).map(VersionChanges::readArchived).map(VersionChanges::cells);
    }

    private static Graph readArchived(Path file) {
        Graph g = GraphFactory.createGraphMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the archived version " + file + ": " + e.getMessage(), e);
        }
        return g;
    }

    /** Key: the observation's dimension values (URIs), sorted; value: its number, or "withheld". */
    static Map<String, String> cells(Graph g) {
        Map<String, String> out = new HashMap<>();
        Node type = RDF.type.asNode();
        Node dataSet = QB.dataSet.asNode();
        Node status = SDMX.obsStatus.asNode();
        g.find(Node.ANY, type, QB.Observation.asNode()).forEachRemaining(t -> {
            Map<String, String> key = new TreeMap<>();
            String value = WITHHELD;
            List<Triple> props = new ArrayList<>();
            g.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(props::add);
            for (Triple p : props) {
                Node pred = p.getPredicate();
                if (pred.equals(type) || pred.equals(dataSet) || pred.equals(status)) {
                    continue;
                }
                if (p.getObject().isLiteral()) {
                    value = p.getObject().getLiteralLexicalForm();
                } else {
                    key.put(pred.getURI(), p.getObject().toString());
                }
            }
            out.put(key.toString(), value);
        });
        return out;
    }
}
