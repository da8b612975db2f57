package org.pravasi.registry.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.registry.store.Store;

/** Reads the catalogue: every dataset record, or those changed since an instant (the change feed). */
public final class CatalogReader {
    private final Store store;

    /** Creates a reader over the store. */
    public CatalogReader(Store store) {
        this.store = store;
    }

    /**
     * This node's own datasets (not those harvested from peers) whose record changed after {@code since} (all when
     * empty), oldest change first.
     */
    public List<DatasetEntry> changedSince(Optional<Instant> since) {
        Instant after = since.orElse(Instant.EPOCH);
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            List<Listed> out = new ArrayList<>();
            for (DatasetRecord r : CatalogView.records(dsg)) {
                Node ds = NodeFactory.createURI(r.uri());
                Optional<Instant> modified = instant(r.modified());
                // This node's own datasets only: a harvested copy lies under its peer's base, which a portal
                // harvesting this node refuses; a hostile peer's 200 refusals would then stop that portal harvesting
                // this node's own datasets too.
                boolean listed = dsg.contains(ds, ds, RDF.type.asNode(), DCAT.Dataset.asNode())
                        && !r.identifier().isEmpty()
                        && publisherIsUri(dsg, ds)
                        && !dsg.contains(ds, ds, org.pravasi.ontology.PV.sourceNode.asNode(), Node.ANY);
                if (!listed || modified.isEmpty() || !modified.get().isAfter(after)) {
                    continue;
                }
                Optional<VersionRef> v = r.current().filter(c -> c.number() > 0);
                out.add(new Listed(
                        modified.get(),
                        new DatasetEntry(
                                r.uri(),
                                r.identifier(),
                                englishTitle(dsg, ds),
                                r.publisher(),
                                r.modified(),
                                v.map(c -> Integer.toString(c.number())).orElse(""),
                                v.map(VersionRef::uri).orElse(""),
                                r.withdrawn())));
            }
            out.sort(Comparator.comparing(Listed::modified)
                    .thenComparing(l -> l.entry().uri()));
            return out.stream().map(Listed::entry).toList();
        });
    }

    private record Listed(Instant modified, DatasetEntry entry) {}

    private static boolean publisherIsUri(DatasetGraph dsg, Node ds) {
        var it = dsg.find(ds, ds, DCTerms.publisher.asNode(), Node.ANY);
        return it.hasNext() && it.next().getObject().isURI();
    }

    private static String englishTitle(DatasetGraph dsg, Node ds) {
        var it = dsg.find(ds, ds, DCTerms.title.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node t = it.next().getObject();
            String lang = t.isLiteral() ? t.getLiteralLanguage().toLowerCase(Locale.ROOT) : "";
            if (lang.equals("en") || lang.startsWith("en-")) {
                return t.getLiteralLexicalForm();
            }
        }
        return "";
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
