package org.pravasi.portal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.store.Store;

/** Everything searchable in the store, or one dataset, story or organisation; call inside a read transaction. */
final class StoreEntries {
    private final CatalogTexts rdf;
    private final DatasetEntries datasets;
    private final StoryEntries stories;
    private final OrganisationEntries organisations;
    private final PlaceEntries places;
    private final ConceptEntries concepts;

    private final CatalogView catalogue;

    StoreEntries(Store store, CatalogView catalogue) {
        this.catalogue = catalogue;
        this.rdf = new CatalogTexts(store);
        References refs = new References(rdf);
        this.datasets = new DatasetEntries(rdf, refs);
        this.stories = new StoryEntries(rdf, refs);
        this.organisations = new OrganisationEntries(rdf, refs);
        this.places = new PlaceEntries(rdf, refs);
        this.concepts = new ConceptEntries(rdf);
    }

    /** Every entry: current datasets, stories, organisations, districts, states and concepts; one per URI. */
    List<IndexEntry> all() {
        Map<String, IndexEntry> out = new LinkedHashMap<>();
        for (DatasetRecord r : catalogue.records()) {
            datasets.read(CatalogTexts.uri(r.uri())).ifPresent(e -> out.putIfAbsent(e.uri(), e));
        }
        for (Node story : ownGraphs(RDF.type.asNode(), PV.Story.asNode())) {
            stories.read(story).ifPresent(e -> out.putIfAbsent(e.uri(), e));
        }
        for (Node org : ownGraphs(RDF.type.asNode(), PV.Organisation.asNode())) {
            organisations.read(org).ifPresent(e -> out.putIfAbsent(e.uri(), e));
        }
        places.all().forEach(e -> out.putIfAbsent(e.uri(), e));
        concepts.all().forEach(e -> out.putIfAbsent(e.uri(), e));
        return List.copyOf(out.values());
    }

    /** The dataset, story or organisation {@code uri} as it is now; empty when it is gone or withdrawn. */
    Optional<IndexEntry> one(String uri) {
        Node n = CatalogTexts.uri(uri);
        return datasets.read(n).or(() -> stories.read(n)).or(() -> organisations.read(n));
    }

    /**
     * The version of every current dataset and story: URI → {@code dct:modified} as an ISO-8601 instant (empty when it
     * has none), compared with {@link SearchIndex#versions} to find what the index misses.
     */
    Map<String, String> versions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DatasetRecord r : catalogue.records()) {
            if (!r.withdrawn()) {
                out.put(r.uri(), version(CatalogTexts.uri(r.uri())));
            }
        }
        for (Node story : ownGraphs(RDF.type.asNode(), PV.Story.asNode())) {
            out.put(story.getURI(), version(story));
        }
        return out;
    }

    /** The URIs of every organisation. */
    List<String> organisations() {
        return ownGraphs(RDF.type.asNode(), PV.Organisation.asNode()).stream()
                .map(Node::getURI)
                .toList();
    }

    private String version(Node subject) {
        return rdf.instant(subject, subject, DCTerms.modified.asNode())
                .map(Instant::toString)
                .orElse("");
    }

    /** Subjects described in the graph named after them with predicate {@code p} and object {@code o}. */
    private List<Node> ownGraphs(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        rdf.find(Node.ANY, p, o).forEach(q -> {
            if (q.inOwnGraph()) {
                out.add(q.subject());
            }
        });
        return out;
    }
}
