package org.pravasi.registry.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.store.Store;

/**
 * Reads of the texts of the catalogue in every language, with their language tags, for the search index's documents:
 * titles, labels, descriptions, keywords, dates, flags and references of datasets, stories, organisations, concepts and
 * places, each from the named graph that holds it. Call inside a read transaction of the store. It lives next to the
 * writer, so search reads the record layout through the read model and never the raw dataset.
 */
public final class CatalogTexts {
    private final DatasetGraph dsg;

    /**
     * A reader of the texts of {@code store}.
     *
     * @param store the store
     */
    public CatalogTexts(Store store) {
        this.dsg = store.dataset();
    }

    /**
     * A text and its language.
     *
     * @param lang the language tag, empty when none
     * @param value the text
     */
    public record LangText(String lang, String value) {}

    /**
     * The texts of the dataset {@code uri} (its record is the graph named by the URI), or empty when it is unknown,
     * withdrawn or has no title (it leaves the index).
     *
     * @param uri the dataset's URI
     * @return its texts
     */
    public Optional<DatasetTexts> dataset(String uri) {
        Node ds = uri(uri);
        List<LangText> titles = texts(ds, ds, DCTerms.title.asNode());
        if (!has(ds, ds, RDF.type.asNode(), DCAT.Dataset.asNode())
                || flag(ds, ds, PV.withdrawn.asNode())
                || titles.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> period = object(ds, ds, DCTerms.temporal.asNode());
        Optional<LocalDate> start = period.flatMap(t -> date(ds, t, DCAT.startDate.asNode()));
        Optional<LocalDate> end = period.flatMap(t -> date(ds, t, DCAT.endDate.asNode()));
        boolean whole = start.isPresent() && end.isPresent() && !end.get().isBefore(start.get());
        return Optional.of(new DatasetTexts(
                uri,
                titles,
                texts(ds, ds, DCTerms.description.asNode()),
                texts(ds, ds, DCAT.keyword.asNode()),
                string(ds, ds, DCTerms.identifier.asNode()),
                firstUri(ds, DCTerms.publisher.asNode()),
                uriStrings(ds, DCAT.theme.asNode()),
                uriStrings(ds, DCTerms.spatial.asNode()),
                whole ? start : Optional.empty(),
                whole ? end : Optional.empty(),
                strings(ds, ds, DCTerms.language.asNode()),
                instant(ds, ds, DCTerms.modified.asNode()),
                flag(ds, ds, PV.illustrative.asNode()),
                firstUri(ds, PV.sourceNode.asNode())));
    }

    /**
     * The texts of the story {@code uri} (its graph is named by the URI), or empty when the store has none by that URI
     * or it has no headline.
     *
     * @param uri the story's URI
     * @return its texts
     */
    public Optional<StoryTexts> story(String uri) {
        Node st = uri(uri);
        List<LangText> headlines = texts(st, st, SCHEMA.headline.asNode());
        if (!has(st, st, RDF.type.asNode(), PV.Story.asNode()) || headlines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoryTexts(
                uri,
                headlines,
                texts(st, st, SCHEMA.abstract_.asNode()),
                texts(st, st, SCHEMA.articleBody.asNode()),
                firstUri(st, DCTerms.publisher.asNode()),
                uriStrings(st, DCAT.theme.asNode()),
                uriStrings(st, PV.district.asNode()),
                date(st, st, SCHEMA.datePublished.asNode()),
                strings(st, st, SCHEMA.inLanguage.asNode()),
                instant(st, st, DCTerms.modified.asNode()),
                flag(st, st, PV.illustrative.asNode())));
    }

    private Optional<String> firstUri(Node s, Node p) {
        return uris(s, s, p).stream().findFirst().map(Node::getURI);
    }

    private List<String> uriStrings(Node s, Node p) {
        return uris(s, s, p).stream().map(Node::getURI).toList();
    }

    /**
     * A quad found.
     *
     * @param graph the graph it is in
     * @param subject its subject
     * @param predicate its predicate
     * @param object its object
     */
    public record Match(Node graph, Node subject, Node predicate, Node object) {
        /** Whether the subject is a URI described in the graph named after it. */
        public boolean inOwnGraph() {
            return subject.isURI() && graph.equals(subject);
        }
    }

    /** Every quad in {@code g} with predicate {@code p} and object {@code o} ({@link Node#ANY}: any). */
    public List<Match> find(Node g, Node p, Node o) {
        List<Match> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o)
                .forEachRemaining(
                        q -> out.add(new Match(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())));
        return out;
    }

    public static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    /** The last path segment of a URI: an organisation slug, a notation, an LGD code. */
    public static String lastSegment(Node n) {
        String u = n.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    public List<Node> objects(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    public List<Node> uris(Node g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isURI).toList();
    }

    public Optional<Node> object(Node g, Node s, Node p) {
        return objects(g, s, p).stream().findFirst();
    }

    public boolean has(Node g, Node s, Node p, Node o) {
        return dsg.contains(g, s, p, o);
    }

    /** Literal values with their language (English first, then Hindi, then the rest). */
    public List<LangText> texts(Node g, Node s, Node p) {
        return objects(g, s, p).stream()
                .filter(Node::isLiteral)
                .map(n -> new LangText(n.getLiteralLanguage(), n.getLiteralLexicalForm()))
                .sorted(Comparator.comparingInt(CatalogTexts::languageOrder))
                .toList();
    }

    public List<String> strings(Node g, Node s, Node p) {
        return objects(g, s, p).stream()
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .toList();
    }

    public Optional<String> string(Node g, Node s, Node p) {
        return strings(g, s, p).stream().findFirst();
    }

    public boolean flag(Node g, Node s, Node p) {
        return string(g, s, p).map(Boolean::parseBoolean).orElse(false);
    }

    public Optional<Instant> instant(Node g, Node s, Node p) {
        return string(g, s, p).flatMap(CatalogTexts::parseInstant);
    }

    public Optional<LocalDate> date(Node g, Node s, Node p) {
        return string(g, s, p).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    public static Optional<Instant> parseInstant(String v) {
        try {
            return Optional.of(java.time.OffsetDateTime.parse(v).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int languageOrder(LangText t) {
        return switch (t.lang()) {
            case "en" -> 0;
            case "hi" -> 1;
            case "" -> 2;
            default -> 3;
        };
    }
}
